// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace calfatlas::assessment {

// How strongly a test brought on symptoms in the calf, in increasing order.
enum class Level { None, Mild, Moderate, Strong };

// Signs that end the self-test: the leg needs a clinician, not a stretch. Each has an urgency in the
// self-test's data: the emergencies first, then those to be seen the same day, then soon.
enum class RedFlag {
    BreathlessChestPain,
    SevereTenseCalf,
    ColdPaleFoot,
    DarkUrine,
    BothLegsSaddle,
    SuddenPop,
    CannotTiptoe,
    HeelGap,
    SwellingWarmth,
    CannotBearWeight,
    FeverRedness,
    ClotSigns, // derived, never asked: a clot risk together with pain at rest (see Answers)
    Numbness,
    FootWeakness,   // the front of the foot is weak or slaps down
    ExertionalPain, // comes at about the same point of every run and goes within minutes of stopping
    BonePain        // one spot on the shin bone, pain when hopping, or at night
};

// How soon a warning sign needs care, most urgent first: call the emergency number now, be seen today, or
// see a clinician within days.
enum class Urgency { Emergency, SameDay, Soon };

// Where the leg hurts: three areas of the calf muscles, and five elsewhere that the two calf tests cannot
// judge (the tendon above the heel, the heel, behind the knee, the inner edge of the shin, the outer leg).
enum class Area { UpperCalf, LowerCalf, WholeCalf, Achilles, Heel, BehindKnee, InnerShin, OuterLeg };

// True for the areas of the calf muscles, which the bench and wall tests can tell apart.
bool isCalfMuscleArea(Area area);

enum class Strike { Unknown, Rearfoot, Midfoot, Forefoot };
enum class Side { Left, Right };

// What a person told us about themselves; every question may be left unanswered.
struct Context {
    std::optional<bool> runner;
    Strike strike = Strike::Unknown;
    std::optional<bool> convertingToMidfoot;
    std::optional<double> volumeIncreasePercent; // >= 0
    std::optional<bool> painfulPlantarflexion;
    // The pain started suddenly, during a run or a sprint, in the last two weeks.
    std::optional<bool> suddenOnset;
};

// Everything asked for one leg.
struct Answers {
    std::optional<Side> side;
    std::optional<Level> bench; // bent-knee test; may be absent only when a red flag is present
    std::optional<Level> wall;  // straight-knee test; likewise
    std::vector<RedFlag> redFlags;
    Context context;
    std::optional<double> kneeToWallCm;         // this leg, 0..25
    std::optional<double> otherLegKneeToWallCm; // the other leg, 0..25
    // A clot risk (recent surgery or a hospital stay, a cast or bed rest, a long journey, pregnancy or a
    // recent birth, an oestrogen pill or HRT, cancer treatment, an earlier clot) and a throbbing or cramping
    // pain in the calf at rest. Either alone is no red flag; both together are the red flag clot-signs.
    std::optional<bool> clotRisk;
    std::optional<bool> restPain;
    std::optional<Area> where; // unknown when the person could not say
};

// The red flags of these answers: those given, and clot-signs when a clot risk comes with pain at rest.
std::vector<RedFlag> effectiveRedFlags(const Answers &answers);

// Stable ids, as used on the command line, in JSON and in the data files.
QString idOf(Level level);
QString idOf(RedFlag flag);
QString idOf(Urgency urgency);
QString idOf(Area area);
QString idOf(Strike strike);
QString idOf(Side side);

std::optional<Level> levelFromId(const QString &id);
std::optional<RedFlag> redFlagFromId(const QString &id);
std::optional<Urgency> urgencyFromId(const QString &id);
std::optional<Area> areaFromId(const QString &id);
std::optional<Strike> strikeFromId(const QString &id);
std::optional<Side> sideFromId(const QString &id);

QStringList allLevelIds();
QStringList allRedFlagIds();
QStringList allAreaIds();
QStringList allStrikeIds();
QStringList allSideIds();
std::vector<RedFlag> allRedFlags();
std::vector<Area> allAreas();

} // namespace calfatlas::assessment
