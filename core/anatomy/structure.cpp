// SPDX-License-Identifier: MIT
#include "anatomy/structure.h"

#include <array>
#include <utility>

namespace calfatlas::anatomy {

namespace {

constexpr std::array<std::pair<Kind, const char *>, 6> kKindIds{{{Kind::Muscle, "muscle"},
                                                                 {Kind::Tendon, "tendon"},
                                                                 {Kind::Bone, "bone"},
                                                                 {Kind::Nerve, "nerve"},
                                                                 {Kind::Vessel, "vessel"},
                                                                 {Kind::Membrane, "membrane"}}};

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

QString idOf(Section section)
{
    switch (section) {
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
    return sources;
}

} // namespace calfatlas::anatomy
