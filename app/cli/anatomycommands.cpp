// SPDX-License-Identifier: MIT
#include "anatomycommands.h"

#include "anatomy/json.h"
#include "anatomy/knowledgebase.h"
#include "commandline.h"
#include "common/content.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace calfatlas::cli {

using namespace calfatlas::anatomy;

namespace {

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Articulation: return QStringLiteral("Bones");
    case Section::Origin: return QStringLiteral("Origin");
    case Section::Insertion: return QStringLiteral("Insertion");
    case Section::Innervation: return QStringLiteral("Nerve supply");
    case Section::BloodSupply: return QStringLiteral("Blood supply");
    case Section::Actions: return QStringLiteral("Actions");
    case Section::Joints: return QStringLiteral("Joints crossed");
    case Section::FibreTypes: return QStringLiteral("Fibre types");
    case Section::Notes: return QStringLiteral("Notes");
    }
    return {};
}

void printStructure(const Structure &structure, const KnowledgeBase &base, const References &references,
                    QTextStream &out)
{
    out << structure.name << " (" << structure.latinName << ")\n";
    QString layer = structure.layer;
    for (const Layer &candidate : base.layers()) {
        if (candidate.id == structure.layer)
            layer = candidate.name.toLower();
    }
    out << idOf(structure.kind) << " · layer: " << layer;
    if (!structure.compartment.isEmpty())
        out << " · " << QString(structure.compartment).replace(QLatin1Char('-'), QLatin1Char(' ')) << " compartment";
    out << "\n" << wrapped(structure.summary) << "\n";
    for (const SectionFacts &section : structure.sections()) {
        out << "\n" << sectionTitle(section.section) << "\n";
        for (const Fact &fact : section.facts) {
            const QString text =
                fact.text + QStringLiteral(" [") + references.shortLabels(fact.sources) + QLatin1Char(']');
            if (section.facts.size() == 1) {
                out << wrapped(text, 2) << "\n";
                continue;
            }
            // A list item hangs its continuation lines under its first word.
            QString item = wrapped(text, 4);
            item.replace(0, 4, QStringLiteral("  - "));
            out << item << "\n";
        }
    }
    if (!structure.relations.isEmpty()) {
        out << "\nLinks\n";
        for (const Link &link : structure.relations)
            out << "  " << idOf(link.relation) << ": " << link.targets.join(QStringLiteral(", ")) << "\n";
    }
    if (!structure.identifiers.isEmpty()) {
        out << "\nIdentifiers\n";
        for (const Identifier &identifier : structure.identifiers) {
            const Reference *reference = references.find(identifier.source);
            out << "  " << identifier.value << " [" << (reference ? reference->shortLabel : identifier.source) << "]\n";
        }
    }
    out << "\nSources\n";
    for (const QString &key : structure.allSources()) {
        if (const Reference *reference = references.find(key))
            out << wrapped(reference->shortLabel + QStringLiteral(": ") + reference->citation, 2) << "\n";
    }
}

} // namespace

int runList(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("list"), QStringLiteral("List the ids of every structure CalfAtlas knows."));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print a JSON array of {id, name, kind, layer}."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const KnowledgeBase &base = Content::builtIn().requireAnatomy();
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Structure &structure : base.structures())
            list.append(QJsonObject{{QStringLiteral("id"), structure.id},
                                    {QStringLiteral("name"), structure.name},
                                    {QStringLiteral("kind"), idOf(structure.kind)},
                                    {QStringLiteral("layer"), structure.layer}});
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    for (const Structure &structure : base.structures())
        io.out << structure.id << "\n";
    return kExitOk;
}

int runInfo(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("info"),
                     QStringLiteral("Show one structure: origin, insertion, nerve, actions and more, with sources."));
    line.addPositional(QStringLiteral("ID"), QStringLiteral("The structure's id (see calfatlas-cli list)."));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the entry as one JSON object."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const Content &data = Content::builtIn();
    const References &references = data.requireReferences();
    const KnowledgeBase &base = data.requireAnatomy();
    const QString id = line.positional().value(0);
    if (id.isEmpty())
        line.fail(QStringLiteral("an ID is required; valid ids: see calfatlas-cli list (for example %1)")
                      .arg(listed(base.ids().mid(0, 3))));
    const Structure *structure = base.find(id);
    if (!structure)
        line.fail(QStringLiteral("unknown structure '%1'; did you mean: %2").arg(id, listed(base.nearestIds(id))));
    if (line.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(toJson(*structure, references)).toJson(QJsonDocument::Indented);
    else
        printStructure(*structure, base, references, io.out);
    return kExitOk;
}

} // namespace calfatlas::cli
