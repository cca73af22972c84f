// SPDX-License-Identifier: MIT
#pragma once

#include "common/sourcedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas {
class References;
}

namespace calfatlas::plan {

// Which calf muscle an exercise biases the work towards (both keep working).
enum class Bias { Soleus, Gastrocnemius, Both };
QString idOf(Bias bias);

// One exercise of the plan, as the catalogue describes it.
struct Exercise {
    QString id;
    QString name;
    QString how;
    Bias bias = Bias::Both;
    QString illustration;           // artwork name under resources/illustrations
    std::optional<int> holdSeconds; // for holds: the timer's length
    QStringList sources;
};

// Run-walk intervals: run, walk, as many rounds.
struct Intervals {
    int runSeconds = 0;
    int walkSeconds = 0;
    int rounds = 0;
};

// One exercise as a level prescribes it.
struct Prescription {
    QString exercise; // an Exercise id
    QString dose;
    QString rest;
    std::optional<int> holds; // number of timed holds
    std::optional<Intervals> intervals;
};

// One session prescription. Levels are numbered 1..N across the whole plan.
struct Level {
    int number = 0;
    QString id;
    QString title;
    QString phase; // the id of its phase
    QList<Prescription> exercises;
    QStringList sources;
};

// The measurement criteria a gate asks for.
enum class Criterion {
    HeelRaiseCount,      // the plan's leg in the heel-raise test: at least `needed` raises
    HeelRaiseAsymmetry,  // left-right asymmetry of that test: at most `needed` %
    KneeToWallAsymmetry, // left-right asymmetry of the knee-to-wall lunge: at most `needed` %
    SessionPain          // the session that earns the step: pain at most `needed`
};
QString idOf(Criterion criterion);
std::optional<Criterion> criterionFromId(const QString &id);

struct GateCriterion {
    Criterion criterion = Criterion::HeelRaiseCount;
    double needed = 0;
};

// What must be met before entering a phase.
struct Gate {
    SourcedText text;
    QList<GateCriterion> criteria;
};

struct Phase {
    QString id;
    QString title;
    QString purpose;
    QStringList sources;
    std::optional<Gate> gate; // none: only the pain rules
    QList<Level> levels;
};

struct Rule {
    QString id;
    SourcedText text;
};

// The plan back to running: resources/data/plan.json, validated against the references.
class PlanContent {
public:
    // Throws DataFileException naming file, entry and field when the data is malformed or incomplete.
    static PlanContent load(const QString &path, const References &references);
    static PlanContent builtIn(const References &references);
    static QString builtInPath();

    const QList<Phase> &phases() const { return m_phases; }
    const QList<Exercise> &exercises() const { return m_exercises; }
    // Every level, in order: level n is levels()[n - 1].
    const QList<Level> &levels() const { return m_levels; }
    int levelCount() const { return static_cast<int>(m_levels.size()); }
    // Precondition: 1 <= number <= levelCount().
    const Level &level(int number) const;
    const Phase &phaseOf(int levelNumber) const;
    int phaseIndexOf(int levelNumber) const;
    const Exercise *exercise(const QString &id) const;
    const Phase *phase(const QString &id) const;
    // The level numbers of a phase: its first and last.
    int firstLevel(const Phase &phase) const;
    int lastLevel(const Phase &phase) const;

    const SourcedText &about() const { return m_about; }
    const SourcedText &safety() const { return m_safety; }
    const QString &clotQuestion() const { return m_clotQuestion; }
    const SourcedText &pain() const { return m_pain; }
    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;

private:
    QList<Phase> m_phases;
    QList<Exercise> m_exercises;
    QList<Level> m_levels;
    SourcedText m_about;
    SourcedText m_safety;
    QString m_clotQuestion;
    SourcedText m_pain;
    QList<Rule> m_rules;
};

// The phases in their fixed order.
QStringList phaseIds();

} // namespace calfatlas::plan
