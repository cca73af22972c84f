// SPDX-License-Identifier: MIT
#include "anatomy/structure.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace calfatlas::anatomy {

namespace {

constexpr std::array<std::pair<Kind, const char *>, 8> kKindIds{{{Kind::Muscle, "muscle"},
                                                                 {Kind::Tendon, "tendon"},
                                                                 {Kind::Bone, "bone"},
                                                                 {Kind::Nerve, "nerve"},
                                                                 {Kind::Artery, "artery"},
                                                                 {Kind::Vein, "vein"},
                                                                 {Kind::Membrane, "membrane"},
                                                                 {Kind::Joint, "joint"}}};

constexpr std::array<std::pair<Scheme, const char *>, 4> kSchemeIds{
    {{Scheme::Uberon, "uberon"}, {Scheme::Fma, "fma"}, {Scheme::Ta98, "ta98"}, {Scheme::Ta2, "ta2"}}};

struct RelationInfo {
    Relation relation;
    const char *id;
    Kind target;
    Section section;
};

constexpr std::array<RelationInfo, 8> kRelations{{
    {Relation::OriginOn, "origin_on", Kind::Bone, Section::Origin},
    {Relation::InsertsOn, "inserts_on", Kind::Bone, Section::Insertion},
    {Relation::InsertsVia, "inserts_via", Kind::Tendon, Section::Insertion},
    {Relation::InnervatedBy, "innervated_by", Kind::Nerve, Section::Innervation},
    {Relation::SuppliedBy, "supplied_by", Kind::Artery, Section::BloodSupply},
    {Relation::DrainedBy, "drained_by", Kind::Vein, Section::BloodSupply},
    {Relation::Crosses, "crosses", Kind::Joint, Section::Joints},
    {Relation::Articulates, "articulates", Kind::Bone, Section::Articulation},
}};

const RelationInfo &infoOf(Relation relation)
{
    for (const RelationInfo &info : kRelations) {
        if (info.relation == relation)
            return info;
    }
    return kRelations.front();
}

} // namespace

QString idOf(Kind kind)
{
    for (const auto &[value, id] : kKindIds) {
        if (value == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<Kind> kindFromId(const QString &id)
{
    for (const auto &[value, text] : kKindIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList allKindIds()
{
    QStringList ids;
    for (const auto &entry : kKindIds)
        ids.append(QString::fromLatin1(entry.second));
    return ids;
}

QString idOf(Scheme scheme)
{
    for (const auto &[value, id] : kSchemeIds) {
        if (value == scheme)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<Scheme> schemeFromId(const QString &id)
{
    for (const auto &[value, text] : kSchemeIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<Scheme> allSchemes()
{
    QList<Scheme> schemes;
    for (const auto &entry : kSchemeIds)
        schemes.append(entry.first);
    return schemes;
}

bool isWellFormed(Scheme scheme, const QString &value)
{
    static const QRegularExpression uberon(QStringLiteral("^UBERON:[0-9]{7}$"));
    static const QRegularExpression fma(QStringLiteral("^FMA:[1-9][0-9]*$"));
    static const QRegularExpression ta98(QStringLiteral("^A[0-9]{2}\\.[0-9]\\.[0-9]{2}\\.[0-9]{3}$"));
    static const QRegularExpression ta2(QStringLiteral("^[1-9][0-9]{0,4}$"));
    switch (scheme) {
    case Scheme::Uberon: return uberon.match(value).hasMatch();
    case Scheme::Fma: return fma.match(value).hasMatch();
    case Scheme::Ta98: return ta98.match(value).hasMatch();
    case Scheme::Ta2: return ta2.match(value).hasMatch();
    }
    return false;
}

QString idOf(Relation relation)
{
    return QString::fromLatin1(infoOf(relation).id);
}

std::optional<Relation> relationFromId(const QString &id)
{
    for (const RelationInfo &info : kRelations) {
        if (id == QLatin1String(info.id))
            return info.relation;
    }
    return std::nullopt;
}

QList<Relation> allRelations()
{
    QList<Relation> relations;
    for (const RelationInfo &info : kRelations)
        relations.append(info.relation);
    return relations;
}

Kind targetKind(Relation relation)
{
    return infoOf(relation).target;
}

QString idOf(Section section)
{
    switch (section) {
    case Section::Articulation: return QStringLiteral("articulation");
    case Section::Origin: return QStringLiteral("origin");
    case Section::Insertion: return QStringLiteral("insertion");
    case Section::Innervation: return QStringLiteral("innervation");
    case Section::BloodSupply: return QStringLiteral("blood_supply");
    case Section::Actions: return QStringLiteral("actions");
    case Section::Joints: return QStringLiteral("joints");
    case Section::FibreTypes: return QStringLiteral("fibre_types");
    case Section::Notes: return QStringLiteral("notes");
    }
    return {};
}

QList<SectionFacts> Structure::sections() const
{
    QList<SectionFacts> result;
    const auto add = [&result](Section section, const QList<Fact> &facts) {
        if (!facts.isEmpty())
            result.append({section, facts});
    };
    if (articulation)
        add(Section::Articulation, {*articulation});
    if (origin)
        add(Section::Origin, {*origin});
    if (insertion)
        add(Section::Insertion, {*insertion});
    if (innervation)
        add(Section::Innervation, {innervation->fact});
    if (bloodSupply)
        add(Section::BloodSupply, {*bloodSupply});
    add(Section::Actions, actions);
    if (joints)
        add(Section::Joints, {joints->fact});
    if (fibreTypes)
        add(Section::FibreTypes, {fibreTypes->fact});
    add(Section::Notes, notes);
    return result;
}

QStringList Structure::allSources() const
{
    QStringList sources;
    for (const SectionFacts &section : sections()) {
        for (const Fact &fact : section.facts) {
            for (const QString &key : fact.sources) {
                if (!sources.contains(key))
                    sources.append(key);
            }
        }
    }
    for (const Identifier &identifier : identifiers) {
        if (!sources.contains(identifier.source))
            sources.append(identifier.source);
    }
    return sources;
}

QStringList Structure::linked(Relation relation) const
{
    for (const Link &link : relations) {
        if (link.relation == relation)
            return link.targets;
    }
    return {};
}

Section Structure::sectionOf(Relation relation)
{
    return infoOf(relation).section;
}

std::optional<Fact> Structure::factFor(Relation relation) const
{
    switch (sectionOf(relation)) {
    case Section::Articulation: return articulation;
    case Section::Origin: return origin;
    case Section::Insertion: return insertion;
    case Section::Innervation: return innervation ? std::optional<Fact>(innervation->fact) : std::nullopt;
    case Section::BloodSupply: return bloodSupply;
    case Section::Joints: return joints ? std::optional<Fact>(joints->fact) : std::nullopt;
    case Section::Actions:
    case Section::FibreTypes:
    case Section::Notes: break;
    }
    return std::nullopt;
}

const Identifier *Structure::identifier(Scheme scheme) const
{
    for (const Identifier &candidate : identifiers) {
        if (candidate.scheme == scheme)
            return &candidate;
    }
    return nullptr;
}

} // namespace calfatlas::anatomy
