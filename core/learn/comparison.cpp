// SPDX-License-Identifier: MIT
#include "learn/comparison.h"

#include "anatomy/knowledgebase.h"

namespace calfatlas::learn {

namespace {

std::optional<Fact> sectionFact(const anatomy::Structure &structure, const QString &section)
{
    if (section == QLatin1String("origin"))
        return structure.origin;
    if (section == QLatin1String("insertion"))
        return structure.insertion;
    if (section == QLatin1String("joints") && structure.joints)
        return structure.joints->fact;
    if (section == QLatin1String("fibre_types") && structure.fibreTypes)
        return structure.fibreTypes->fact;
    return std::nullopt;
}

// "Gastrocnemius, medial head" -> "Medial head": the part of the name that tells the structures of a column apart.
QString partName(const anatomy::Structure &structure)
{
    const qsizetype comma = structure.name.indexOf(QLatin1Char(','));
    if (comma < 0)
        return structure.name;
    QString part = structure.name.mid(comma + 1).trimmed();
    if (!part.isEmpty())
        part[0] = part.at(0).toUpper();
    return part;
}

} // namespace

Fact compareCell(const CompareRow &row, qsizetype column, const LearnContent &content,
                 const anatomy::KnowledgeBase &base)
{
    if (row.section.isEmpty())
        return row.cells.value(column);
    const CompareColumn &col = content.compareColumns().at(column);
    QList<std::pair<const anatomy::Structure *, Fact>> parts;
    for (const QString &id : col.structures) {
        const anatomy::Structure *structure = base.find(id);
        if (!structure)
            continue;
        if (const std::optional<Fact> fact = sectionFact(*structure, row.section))
            parts.append({structure, *fact});
    }
    Fact cell;
    bool allSame = true;
    for (const auto &part : parts)
        allSame = allSame && part.second.text == parts.first().second.text;
    QStringList texts;
    for (const auto &[structure, fact] : parts) {
        if (!allSame)
            texts.append(partName(*structure) + QStringLiteral(": ") + fact.text);
        else if (texts.isEmpty())
            texts.append(fact.text);
        for (const QString &key : fact.sources) {
            if (!cell.sources.contains(key))
                cell.sources.append(key);
        }
    }
    cell.text = texts.join(QLatin1Char('\n'));
    return cell;
}

std::optional<anatomy::FibreTypes> columnFibres(const CompareColumn &column, const anatomy::KnowledgeBase &base)
{
    for (const QString &id : column.structures) {
        if (const anatomy::Structure *structure = base.find(id); structure && structure->fibreTypes)
            return structure->fibreTypes;
    }
    return std::nullopt;
}

} // namespace calfatlas::learn
