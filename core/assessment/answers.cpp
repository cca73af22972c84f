// SPDX-License-Identifier: MIT
#include "assessment/answers.h"

#include <algorithm>
#include <array>
#include <utility>

namespace calfatlas::assessment {

namespace {

template <typename Enum, std::size_t N>
using IdTable = std::array<std::pair<Enum, const char *>, N>;

constexpr IdTable<Level, 4> levelIds{
    {{Level::None, "none"}, {Level::Mild, "mild"}, {Level::Moderate, "moderate"}, {Level::Strong, "strong"}}};

constexpr IdTable<RedFlag, 16> redFlagIds{{{RedFlag::BreathlessChestPain, "breathless-chest-pain"},
                                           {RedFlag::SevereTenseCalf, "severe-tense-calf"},
                                           {RedFlag::ColdPaleFoot, "cold-pale-foot"},
                                           {RedFlag::DarkUrine, "dark-urine"},
                                           {RedFlag::BothLegsSaddle, "both-legs-saddle"},
                                           {RedFlag::SuddenPop, "sudden-pop"},
                                           {RedFlag::CannotTiptoe, "cannot-tiptoe"},
                                           {RedFlag::HeelGap, "heel-gap"},
                                           {RedFlag::SwellingWarmth, "swelling-warmth"},
                                           {RedFlag::CannotBearWeight, "cannot-bear-weight"},
                                           {RedFlag::FeverRedness, "fever-redness"},
                                           {RedFlag::ClotSigns, "clot-signs"},
                                           {RedFlag::Numbness, "numbness"},
                                           {RedFlag::FootWeakness, "foot-weakness"},
                                           {RedFlag::ExertionalPain, "exertional-pain"},
                                           {RedFlag::BonePain, "bone-pain"}}};

constexpr IdTable<Area, 8> areaIds{{{Area::UpperCalf, "upper-calf"},
                                    {Area::LowerCalf, "lower-calf"},
                                    {Area::WholeCalf, "whole-calf"},
                                    {Area::Achilles, "achilles"},
                                    {Area::Heel, "heel"},
                                    {Area::BehindKnee, "behind-knee"},
                                    {Area::InnerShin, "inner-shin"},
                                    {Area::OuterLeg, "outer-leg"}}};

constexpr IdTable<Urgency, 3> urgencyIds{
    {{Urgency::Emergency, "emergency"}, {Urgency::SameDay, "same-day"}, {Urgency::Soon, "soon"}}};

constexpr IdTable<Strike, 4> strikeIds{{{Strike::Rearfoot, "rearfoot"},
                                        {Strike::Midfoot, "midfoot"},
                                        {Strike::Forefoot, "forefoot"},
                                        {Strike::Unknown, "unknown"}}};

constexpr IdTable<Side, 2> sideIds{{{Side::Left, "left"}, {Side::Right, "right"}}};

template <typename Enum, std::size_t N>
QString idIn(const IdTable<Enum, N> &table, Enum value)
{
    for (const auto &[key, id] : table) {
        if (key == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueIn(const IdTable<Enum, N> &table, const QString &id)
{
    for (const auto &[key, text] : table) {
        if (id == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QStringList idsIn(const IdTable<Enum, N> &table)
{
    QStringList ids;
    for (const auto &entry : table)
        ids.append(QString::fromLatin1(entry.second));
    return ids;
}

} // namespace

QString idOf(Level level)
{
    return idIn(levelIds, level);
}
QString idOf(RedFlag flag)
{
    return idIn(redFlagIds, flag);
}
QString idOf(Urgency urgency)
{
    return idIn(urgencyIds, urgency);
}
QString idOf(Area area)
{
    return idIn(areaIds, area);
}
QString idOf(Strike strike)
{
    return idIn(strikeIds, strike);
}
QString idOf(Side side)
{
    return idIn(sideIds, side);
}

std::optional<Level> levelFromId(const QString &id)
{
    return valueIn(levelIds, id);
}
std::optional<RedFlag> redFlagFromId(const QString &id)
{
    return valueIn(redFlagIds, id);
}
std::optional<Urgency> urgencyFromId(const QString &id)
{
    return valueIn(urgencyIds, id);
}
std::optional<Area> areaFromId(const QString &id)
{
    return valueIn(areaIds, id);
}
std::optional<Strike> strikeFromId(const QString &id)
{
    return valueIn(strikeIds, id);
}
std::optional<Side> sideFromId(const QString &id)
{
    return valueIn(sideIds, id);
}

QStringList allLevelIds()
{
    return idsIn(levelIds);
}
QStringList allRedFlagIds()
{
    return idsIn(redFlagIds);
}
QStringList allAreaIds()
{
    return idsIn(areaIds);
}
QStringList allStrikeIds()
{
    return idsIn(strikeIds);
}
QStringList allSideIds()
{
    return idsIn(sideIds);
}

std::vector<RedFlag> effectiveRedFlags(const Answers &answers)
{
    std::vector<RedFlag> flags = answers.redFlags;
    if (answers.clotRisk.value_or(false) && answers.restPain.value_or(false) &&
        std::find(flags.begin(), flags.end(), RedFlag::ClotSigns) == flags.end())
        flags.push_back(RedFlag::ClotSigns);
    return flags;
}

std::vector<RedFlag> allRedFlags()
{
    std::vector<RedFlag> flags;
    for (const auto &entry : redFlagIds)
        flags.push_back(entry.first);
    return flags;
}

bool isCalfMuscleArea(Area area)
{
    return area == Area::UpperCalf || area == Area::LowerCalf || area == Area::WholeCalf;
}

std::vector<Area> allAreas()
{
    std::vector<Area> areas;
    for (const auto &entry : areaIds)
        areas.push_back(entry.first);
    return areas;
}

} // namespace calfatlas::assessment
