// SPDX-License-Identifier: MIT
#include "anatomy/knowledgebase.h"

#include "common/datafile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace calfatlas::anatomy {

namespace {

const QStringList kCompartments{QStringLiteral("superficial-posterior"), QStringLiteral("deep-posterior"),
                                QStringLiteral("anterior"), QStringLiteral("lateral")};

std::optional<Fact> optionalFact(const JsonEntry &entry, const QString &field, const References &references)
{
    if (!entry.has(field))
        return std::nullopt;
    return readSourcedText(entry, field, entry.requiredObject(field), references);
}

QList<Fact> factList(const JsonEntry &entry, const QString &field, const References &references)
{
    if (!entry.has(field))
        return {};
    return readSourcedTextList(entry, field, references);
}

// What the structure is and where it lies: id, names, kind, layer, compartment and summary.
void readIdentity(const JsonEntry &entry, const QSet<QString> &layers, Structure &s)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
    s.id = entry.requiredString(QStringLiteral("id"));
    if (!idPattern.match(s.id).hasMatch())
        entry.fail(QStringLiteral("id"), QStringLiteral("must be lower-case words joined by hyphens"));
    s.name = entry.requiredText(QStringLiteral("name"));
    s.latinName = entry.requiredString(QStringLiteral("latin"));
    s.aliases = entry.optionalStringList(QStringLiteral("aliases"));
    const QString kind = entry.requiredString(QStringLiteral("kind"));
    const auto parsedKind = kindFromId(kind);
    if (!parsedKind)
        entry.fail(QStringLiteral("kind"),
                   QStringLiteral("\"%1\" is not one of %2").arg(kind, allKindIds().join(QStringLiteral(", "))));
    s.kind = *parsedKind;
    s.layer = entry.requiredString(QStringLiteral("layer"));
    if (!layers.contains(s.layer))
        entry.fail(QStringLiteral("layer"), QStringLiteral("\"%1\" is not one of the layers").arg(s.layer));
    s.compartment = entry.optionalString(QStringLiteral("compartment"));
    if (!s.compartment.isEmpty() && !kCompartments.contains(s.compartment))
        entry.fail(
            QStringLiteral("compartment"),
            QStringLiteral("\"%1\" is not one of %2").arg(s.compartment, kCompartments.join(QStringLiteral(", "))));
    s.summary = entry.requiredText(QStringLiteral("summary"));
}

std::optional<Innervation> readInnervation(const JsonEntry &entry, const References &references)
{
    if (!entry.has(QStringLiteral("innervation")))
        return std::nullopt;
    const QJsonObject object = entry.requiredObject(QStringLiteral("innervation"));
    const JsonEntry inner(entry.file(), entry.entry(), object);
    Innervation innervation;
    innervation.fact = readSourcedText(entry, QStringLiteral("innervation"), object, references);
    try {
        innervation.nerve = inner.requiredString(QStringLiteral("nerve"));
        innervation.roots = inner.requiredString(QStringLiteral("roots"));
    } catch (const DataFileException &error) {
        entry.fail(QStringLiteral("innervation.") + error.error().field, error.error().problem);
    }
    return innervation;
}

std::optional<JointsCrossed> readJoints(const JsonEntry &entry, const References &references)
{
    if (!entry.has(QStringLiteral("joints")))
        return std::nullopt;
    const QJsonObject object = entry.requiredObject(QStringLiteral("joints"));
    JointsCrossed joints;
    joints.fact = readSourcedText(entry, QStringLiteral("joints"), object, references);
    try {
        joints.joints = JsonEntry(entry.file(), entry.entry(), object).requiredStringList(QStringLiteral("crossed"));
    } catch (const DataFileException &error) {
        entry.fail(QStringLiteral("joints.") + error.error().field, error.error().problem);
    }
    return joints;
}

std::optional<FibreTypes> readFibreTypes(const JsonEntry &entry, const References &references)
{
    if (!entry.has(QStringLiteral("fibre_types")))
        return std::nullopt;
    const QJsonObject object = entry.requiredObject(QStringLiteral("fibre_types"));
    const JsonEntry inner(entry.file(), entry.entry(), object);
    FibreTypes fibres;
    fibres.fact = readSourcedText(entry, QStringLiteral("fibre_types"), object, references);
    double low = 0;
    double high = 0;
    try {
        low = inner.requiredNumber(QStringLiteral("type1_percent_min"));
        high = inner.requiredNumber(QStringLiteral("type1_percent_max"));
    } catch (const DataFileException &error) {
        entry.fail(QStringLiteral("fibre_types.") + error.error().field, error.error().problem);
    }
    if (low < 0 || high > 100 || low > high)
        entry.fail(QStringLiteral("fibre_types"), QStringLiteral("percentages must satisfy 0 <= min <= max <= 100"));
    fibres.typeOnePercentMin = int(low);
    fibres.typeOnePercentMax = int(high);
    return fibres;
}

Structure readStructure(const JsonEntry &entry, const QSet<QString> &layers, const References &references)
{
    Structure s;
    readIdentity(entry, layers, s);
    s.origin = optionalFact(entry, QStringLiteral("origin"), references);
    s.insertion = optionalFact(entry, QStringLiteral("insertion"), references);
    s.bloodSupply = optionalFact(entry, QStringLiteral("blood_supply"), references);
    s.actions = factList(entry, QStringLiteral("actions"), references);
    s.notes = factList(entry, QStringLiteral("notes"), references);
    s.innervation = readInnervation(entry, references);
    s.joints = readJoints(entry, references);
    s.fibreTypes = readFibreTypes(entry, references);
    if (s.kind == Kind::Muscle) {
        for (const char *field : {"origin", "insertion", "innervation", "actions", "joints"}) {
            if (!entry.has(QString::fromLatin1(field)))
                entry.fail(QString::fromLatin1(field), QStringLiteral("is missing (every muscle needs it)"));
        }
        if (s.actions.isEmpty())
            entry.fail(QStringLiteral("actions"), QStringLiteral("must list at least one action"));
    }
    if (s.sections().isEmpty())
        entry.fail(QStringLiteral("notes"), QStringLiteral("the entry has no facts at all"));
    return s;
}

QString folded(const QString &text)
{
    return text.toCaseFolded().simplified();
}

// 0 = the whole text, 1 = starts with it, 2 = a word starts with it, 3 = contains it, -1 = no match.
int matchRank(const QString &text, const QString &query)
{
    const QString candidate = folded(text);
    if (candidate == query)
        return 0;
    if (candidate.startsWith(query))
        return 1;
    static const QRegularExpression wordBreak(QStringLiteral("[\\s,()\\-–]+"));
    const QStringList words = candidate.split(wordBreak, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(query))
            return 2;
    }
    return candidate.contains(query) ? 3 : -1;
}

} // namespace

QString KnowledgeBase::builtInPath()
{
    return QStringLiteral(":/calfatlas/data/anatomy.json");
}

KnowledgeBase KnowledgeBase::builtIn(const References &references)
{
    return load(builtInPath(), references);
}

KnowledgeBase KnowledgeBase::load(const QString &path, const References &references)
{
    const QString fileName = path.startsWith(QLatin1Char(':')) ? QStringLiteral("anatomy.json") : path;
    const JsonEntry top(fileName, {}, readJsonObjectFile(path));
    if (!top.has(QStringLiteral("format")) || top.requiredNumber(QStringLiteral("format")) != 1)
        top.fail(QStringLiteral("format"), QStringLiteral("must be 1 (the format this version of CalfAtlas reads)"));

    KnowledgeBase base;
    QSet<QString> layerIds;
    forEachEntry(top, QStringLiteral("layers"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Layer layer{entry.requiredString(QStringLiteral("id")), entry.requiredText(QStringLiteral("name"))};
        if (layerIds.contains(layer.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used by another layer already"));
        layerIds.insert(layer.id);
        base.m_layers.append(layer);
    });

    QSet<QString> ids;
    forEachEntry(top, QStringLiteral("structures"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Structure structure = readStructure(entry, layerIds, references);
        if (ids.contains(structure.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used by another structure already"));
        ids.insert(structure.id);
        base.m_structures.append(std::move(structure));
    });

    // Cross-references are checked once every entry is known.
    for (const Structure &structure : base.m_structures) {
        if (!structure.innervation)
            continue;
        const Structure *nerve = base.find(structure.innervation->nerve);
        if (!nerve || nerve->kind != Kind::Nerve)
            throw DataFileException(
                {fileName, structure.id, QStringLiteral("innervation.nerve"),
                 QStringLiteral("\"%1\" is not a nerve of the knowledge base").arg(structure.innervation->nerve)});
    }
    return base;
}

const Structure *KnowledgeBase::find(const QString &id) const
{
    for (const Structure &structure : m_structures) {
        if (structure.id == id)
            return &structure;
    }
    return nullptr;
}

QStringList KnowledgeBase::ids() const
{
    QStringList result;
    for (const Structure &structure : m_structures)
        result.append(structure.id);
    return result;
}

QList<const Structure *> KnowledgeBase::inLayer(const QString &layerId) const
{
    QList<const Structure *> result;
    for (const Structure &structure : m_structures) {
        if (structure.layer == layerId)
            result.append(&structure);
    }
    return result;
}

int KnowledgeBase::layerDepth(const QString &layerId) const
{
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        if (m_layers.at(i).id == layerId)
            return int(i);
    }
    return -1;
}

QList<const Structure *> KnowledgeBase::search(const QString &query) const
{
    const QString needle = folded(query);
    if (needle.isEmpty())
        return {};
    std::vector<std::pair<int, const Structure *>> ranked;
    for (const Structure &structure : m_structures) {
        int best = matchRank(structure.name, needle);
        // Latin names and aliases count, one step behind the English name.
        for (const QString &other : QStringList{structure.latinName} + structure.aliases) {
            const int rank = matchRank(other, needle);
            if (rank >= 0 && (best < 0 || rank + 1 < best))
                best = rank + 1;
        }
        if (best >= 0)
            ranked.emplace_back(best, &structure);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Structure *> result;
    for (const auto &entry : ranked)
        result.append(entry.second);
    return result;
}

QStringList KnowledgeBase::nearestIds(const QString &id, int count) const
{
    std::vector<std::pair<int, QString>> distances;
    const QString needle = folded(id);
    for (const Structure &structure : m_structures) {
        int distance = editDistance(needle, structure.id);
        // A typed prefix of a long id ("gastro") is near, whatever the length difference.
        if (!needle.isEmpty() && structure.id.startsWith(needle))
            distance = std::min(distance, 1);
        distances.emplace_back(distance, structure.id);
    }
    std::stable_sort(distances.begin(), distances.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result;
    for (const auto &entry : distances) {
        if (result.size() >= count)
            break;
        result.append(entry.second);
    }
    return result;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace calfatlas::anatomy
