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

// "identifiers": {"uberon": {"id": "UBERON:0001389", "source": "Uberon"}, …}: known schemes, standard form, a
// reference each.
QList<Identifier> readIdentifiers(const JsonEntry &entry, const References &references)
{
    if (!entry.has(QStringLiteral("identifiers")))
        return {};
    const QJsonObject object = entry.requiredObject(QStringLiteral("identifiers"));
    for (const QString &key : object.keys()) {
        if (!schemeFromId(key))
            entry.fail(QStringLiteral("identifiers.") + key,
                       QStringLiteral("is not one of %1").arg(QStringLiteral("uberon, fma, ta98, ta2")));
    }
    QList<Identifier> identifiers;
    for (Scheme scheme : allSchemes()) {
        const QString field = QStringLiteral("identifiers.") + idOf(scheme);
        if (!object.contains(idOf(scheme)))
            continue;
        if (!object.value(idOf(scheme)).isObject())
            entry.fail(field, QStringLiteral("must be an object with \"id\" and \"source\""));
        const JsonEntry inner(entry.file(), entry.entry(), object.value(idOf(scheme)).toObject());
        Identifier identifier{scheme, {}, {}};
        try {
            identifier.value = inner.requiredString(QStringLiteral("id"));
            identifier.source = inner.requiredString(QStringLiteral("source"));
        } catch (const DataFileException &error) {
            entry.fail(field + QLatin1Char('.') + error.error().field, error.error().problem);
        }
        if (!isWellFormed(scheme, identifier.value))
            entry.fail(field + QStringLiteral(".id"),
                       QStringLiteral("\"%1\" is not written in the standard form").arg(identifier.value));
        if (!references.find(identifier.source))
            entry.fail(field + QStringLiteral(".source"),
                       QStringLiteral("\"%1\" is not a reference key").arg(identifier.source));
        identifiers.append(identifier);
    }
    return identifiers;
}

// "relations": {"origin_on": ["tibia"], …}: known relations, each a non-empty list of distinct ids beside the
// text fact it stands for. The ids themselves are checked once every entry is read.
QList<Link> readRelations(const JsonEntry &entry, const Structure &s)
{
    if (!entry.has(QStringLiteral("relations")))
        return {};
    const QJsonObject object = entry.requiredObject(QStringLiteral("relations"));
    QStringList names;
    for (Relation relation : allRelations())
        names.append(idOf(relation));
    for (const QString &key : object.keys()) {
        if (!relationFromId(key))
            entry.fail(QStringLiteral("relations.") + key,
                       QStringLiteral("is not one of %1").arg(names.join(QStringLiteral(", "))));
    }
    const JsonEntry inner(entry.file(), entry.entry(), object);
    QList<Link> links;
    for (Relation relation : allRelations()) {
        const QString field = QStringLiteral("relations.") + idOf(relation);
        if (!object.contains(idOf(relation)))
            continue;
        Link link{relation, {}};
        try {
            link.targets = inner.requiredStringList(idOf(relation));
        } catch (const DataFileException &error) {
            entry.fail(field, error.error().problem);
        }
        if (link.targets.isEmpty())
            entry.fail(field, QStringLiteral("must list at least one id"));
        if (link.targets.removeDuplicates() > 0)
            entry.fail(field, QStringLiteral("lists an id twice"));
        if (!s.factFor(relation))
            entry.fail(field, QStringLiteral("needs the \"%1\" fact beside it, whose sources back the link")
                                  .arg(idOf(Structure::sectionOf(relation))));
        links.append(link);
    }
    return links;
}

Structure readStructure(const JsonEntry &entry, const QSet<QString> &layers, const References &references)
{
    Structure s;
    readIdentity(entry, layers, s);
    s.identifiers = readIdentifiers(entry, references);
    s.articulation = optionalFact(entry, QStringLiteral("articulation"), references);
    s.origin = optionalFact(entry, QStringLiteral("origin"), references);
    s.insertion = optionalFact(entry, QStringLiteral("insertion"), references);
    s.bloodSupply = optionalFact(entry, QStringLiteral("blood_supply"), references);
    s.actions = factList(entry, QStringLiteral("actions"), references);
    s.notes = factList(entry, QStringLiteral("notes"), references);
    s.innervation = readInnervation(entry, references);
    s.joints = readJoints(entry, references);
    s.fibreTypes = readFibreTypes(entry, references);
    if (entry.has(QStringLiteral("all_crossings_linked"))) {
        const QJsonValue flag = entry.object().value(QStringLiteral("all_crossings_linked"));
        if (!flag.isBool())
            entry.fail(QStringLiteral("all_crossings_linked"), QStringLiteral("must be true or false"));
        if (s.kind != Kind::Joint)
            entry.fail(QStringLiteral("all_crossings_linked"), QStringLiteral("only a joint can say it"));
        s.allCrossingsLinked = flag.toBool();
    }
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
    s.relations = readRelations(entry, s);
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
    for (const Structure &structure : base.m_structures)
        base.checkLinks(fileName, structure);
    return base;
}

void KnowledgeBase::checkLinks(const QString &fileName, const Structure &structure) const
{
    const auto fail = [&](const QString &field, const QString &problem) {
        throw DataFileException({fileName, structure.id, field, problem});
    };
    for (const Link &link : structure.relations) {
        const QString field = QStringLiteral("relations.") + idOf(link.relation);
        const Kind wanted = targetKind(link.relation);
        for (const QString &target : link.targets) {
            const Structure *other = find(target);
            if (!other)
                fail(field, QStringLiteral("\"%1\" is not an entry of the knowledge base").arg(target));
            if (other == &structure)
                fail(field, QStringLiteral("\"%1\" is the entry itself").arg(target));
            if (other->kind != wanted)
                fail(field,
                     QStringLiteral("\"%1\" is of kind %2, not %3").arg(target, idOf(other->kind), idOf(wanted)));
        }
    }
    if (structure.innervation) {
        const Structure *nerve = find(structure.innervation->nerve);
        if (!nerve || nerve->kind != Kind::Nerve)
            fail(QStringLiteral("innervation.nerve"),
                 QStringLiteral("\"%1\" is not a nerve of the knowledge base").arg(structure.innervation->nerve));
        const QStringList nerves = structure.linked(Relation::InnervatedBy);
        if (!nerves.isEmpty() && !nerves.contains(structure.innervation->nerve))
            fail(QStringLiteral("relations.innervated_by"),
                 QStringLiteral("does not list \"%1\", the nerve of innervation.nerve")
                     .arg(structure.innervation->nerve));
    }
}

QList<Backlink> KnowledgeBase::linksTo(const QString &id) const
{
    QList<Backlink> result;
    for (Relation relation : allRelations()) {
        for (const Structure &structure : m_structures) {
            if (structure.links(relation, id))
                result.append({relation, structure.id});
        }
    }
    return result;
}

QStringList KnowledgeBase::linking(Relation relation, const QString &target) const
{
    QStringList result;
    for (const Structure &structure : m_structures) {
        if (structure.links(relation, target))
            result.append(structure.id);
    }
    return result;
}

QStringList KnowledgeBase::idsOfKind(Kind kind) const
{
    QStringList result;
    for (const Structure &structure : m_structures) {
        if (structure.kind == kind)
            result.append(structure.id);
    }
    return result;
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
