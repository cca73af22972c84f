// SPDX-License-Identifier: MIT
#include "anatomy/json.h"

#include <QJsonArray>

namespace calfatlas::anatomy {

namespace {

QJsonObject factJson(const Fact &fact)
{
    return {{QStringLiteral("text"), fact.text}, {QStringLiteral("sources"), QJsonArray::fromStringList(fact.sources)}};
}

QJsonArray factsJson(const QList<Fact> &facts)
{
    QJsonArray list;
    for (const Fact &fact : facts)
        list.append(factJson(fact));
    return list;
}

} // namespace

QJsonObject toJson(const Structure &structure, const References &references)
{
    QJsonObject json{{QStringLiteral("id"), structure.id},
                     {QStringLiteral("name"), structure.name},
                     {QStringLiteral("latin"), structure.latinName},
                     {QStringLiteral("aliases"), QJsonArray::fromStringList(structure.aliases)},
                     {QStringLiteral("kind"), idOf(structure.kind)},
                     {QStringLiteral("layer"), structure.layer},
                     {QStringLiteral("summary"), structure.summary}};
    if (!structure.compartment.isEmpty())
        json.insert(QStringLiteral("compartment"), structure.compartment);
    if (!structure.identifiers.isEmpty()) {
        QJsonObject identifiers;
        for (const Identifier &identifier : structure.identifiers)
            identifiers.insert(idOf(identifier.scheme), QJsonObject{{QStringLiteral("id"), identifier.value},
                                                                    {QStringLiteral("source"), identifier.source}});
        json.insert(QStringLiteral("identifiers"), identifiers);
    }
    if (!structure.relations.isEmpty()) {
        QJsonObject relations;
        for (const Link &link : structure.relations)
            relations.insert(idOf(link.relation), QJsonArray::fromStringList(link.targets));
        json.insert(QStringLiteral("relations"), relations);
    }
    if (structure.kind == Kind::Joint)
        json.insert(QStringLiteral("all_crossings_linked"), structure.allCrossingsLinked);
    if (structure.articulation)
        json.insert(QStringLiteral("articulation"), factJson(*structure.articulation));
    if (structure.origin)
        json.insert(QStringLiteral("origin"), factJson(*structure.origin));
    if (structure.insertion)
        json.insert(QStringLiteral("insertion"), factJson(*structure.insertion));
    if (structure.innervation) {
        QJsonObject innervation = factJson(structure.innervation->fact);
        innervation.insert(QStringLiteral("nerve"), structure.innervation->nerve);
        innervation.insert(QStringLiteral("roots"), structure.innervation->roots);
        json.insert(QStringLiteral("innervation"), innervation);
    }
    if (structure.bloodSupply)
        json.insert(QStringLiteral("blood_supply"), factJson(*structure.bloodSupply));
    if (!structure.actions.isEmpty())
        json.insert(QStringLiteral("actions"), factsJson(structure.actions));
    if (structure.joints) {
        QJsonObject joints = factJson(structure.joints->fact);
        joints.insert(QStringLiteral("crossed"), QJsonArray::fromStringList(structure.joints->joints));
        json.insert(QStringLiteral("joints"), joints);
    }
    if (structure.fibreTypes) {
        QJsonObject fibres = factJson(structure.fibreTypes->fact);
        fibres.insert(QStringLiteral("type1_percent_min"), structure.fibreTypes->typeOnePercentMin);
        fibres.insert(QStringLiteral("type1_percent_max"), structure.fibreTypes->typeOnePercentMax);
        json.insert(QStringLiteral("fibre_types"), fibres);
    }
    if (!structure.notes.isEmpty())
        json.insert(QStringLiteral("notes"), factsJson(structure.notes));

    QJsonArray cited;
    for (const QString &key : structure.allSources()) {
        if (const Reference *reference = references.find(key))
            cited.append(QJsonObject{{QStringLiteral("key"), reference->key},
                                     {QStringLiteral("short"), reference->shortLabel},
                                     {QStringLiteral("citation"), reference->citation}});
    }
    json.insert(QStringLiteral("references"), cited);
    return json;
}

} // namespace calfatlas::anatomy
