// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "history/record.h"
#include "plan/plancontent.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace calfatlas::plan {

// How the calf feels the morning after a session, compared with before it.
enum class Morning { Better, Same, Worse };
QString idOf(Morning morning);
std::optional<Morning> morningFromId(const QString &id);
QStringList allMorningIds();

// What can happen in a plan after its start. Events are applied in order of date, then of saving.
struct Event {
    enum class Kind { Session, Morning, Pause, Resume };
    qint64 id = 0;
    Kind kind = Kind::Session;
    QDate date;
    int pain = 0;               // Session: 0..10 during the session
    std::optional<int> minutes; // Session: how long it took, when given
    Morning morning = Morning::Same;
    std::vector<assessment::RedFlag> redFlags; // Pause: the warning signs answered yes
    assessment::Urgency urgency = assessment::Urgency::SameDay;
};
QString idOf(Event::Kind kind);
std::optional<Event::Kind> eventKindFromId(const QString &id);

// One plan: for one leg, from its start until it is stopped.
struct Plan {
    qint64 id = 0;
    assessment::Side leg = assessment::Side::Left;
    QDate started;
    std::optional<QDate> stopped;
    std::vector<Event> events;
};

struct CriterionStatus {
    Criterion criterion = Criterion::HeelRaiseCount;
    bool met = false;
    std::optional<double> value; // none when nothing has been measured (or logged) yet
    double needed = 0;
    QString text; // "Heel raises on the left leg: at least 25"
};

// The gate into a phase, judged from the measurements dated on or before a day.
struct GateStatus {
    QString phase; // the phase it leads into
    bool met = false;
    std::vector<CriterionStatus> criteria;
};

// How the plan's level changed, for the log and its chart.
struct Step {
    QDate date;
    qint64 eventId = 0;
    Event::Kind kind = Event::Kind::Session;
    int levelBefore = 1;
    int level = 1;                 // after the event
    bool gateReached = false;      // a gate was passed: the level entered a new phase upwards
    bool heldAtGate = false;       // a level up was refused by a gate
    std::vector<QString> warnings; // ids of the running rules this session went against
};

struct Status {
    bool active = false;
    assessment::Side leg = assessment::Side::Left;
    int level = 1;
    QString phase;
    bool paused = false;
    std::optional<assessment::Urgency> urgency;  // while paused
    std::vector<assessment::RedFlag> pauseSigns; // while paused: the signs answered yes
    bool awaitingMorning = false;                // a session waits for its morning report
    std::optional<QDate> awaitingSince;          // that session's date
    std::optional<int> lastPain;                 // the last session's pain
    std::optional<QDate> lastSession;
    std::optional<GateStatus> gate; // into the next phase; none in the last phase
    bool held = false;              // at the top of its phase, and the next phase's gate is not met
    std::vector<Step> steps;        // one per event, in order
};

// The plan's state after its events, with the measurements of the history. The gate shown is judged as of
// `today`, with the last session's pain. Pure: the same input always gives the same status.
Status replay(const PlanContent &content, const Plan &plan, const std::vector<history::SavedMeasurement> &measurements,
              const QDate &today);

// The gate into `phase`, for `leg`, from the measurements dated on or before `date`, with the pain of the
// session that would earn the step (none when there is no session yet).
GateStatus judgeGate(const PlanContent &content, const Phase &phase, assessment::Side leg,
                     const std::vector<history::SavedMeasurement> &measurements, const QDate &date,
                     std::optional<int> sessionPain);

// Pain levels of the pain-monitoring model.
inline constexpr int kPainMax = 10;
inline constexpr int kPainSafeMax = 3;       // 0..3: safe
inline constexpr int kPainAcceptableMax = 5; // 4..5: acceptable; above: too much

// Whether sessions at this level are runs (the running rules apply).
bool isRunningLevel(const PlanContent &content, int level);

} // namespace calfatlas::plan
