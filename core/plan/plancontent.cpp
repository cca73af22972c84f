// SPDX-License-Identifier: MIT
#include "plan/plancontent.h"

#include "common/datafile.h"
#include "common/references.h"

#include <QSet>

#include <stdexcept>

namespace calfatlas::plan {

namespace {

const QStringList kBiasIds{QStringLiteral("soleus"), QStringLiteral("gastrocnemius"), QStringLiteral("both")};
const QStringList kCriterionIds{QStringLiteral("heel-raise-count"), QStringLiteral("heel-raise-asymmetry"),
                                QStringLiteral("knee-to-wall-asymmetry"), QStringLiteral("session-pain")};

QStringList sourcesOf(const JsonEntry &entry, const References &references)
{
    QStringList sources = entry.requiredStringList(QStringLiteral("sources"));
    references.requireKnown(entry, QStringLiteral("sources"), sources);
    return sources;
}

// A whole number >= minimum in `field`, when the field is there.
std::optional<int> optionalCount(const JsonEntry &entry, const QString &field, int minimum)
{
    if (!entry.has(field))
        return std::nullopt;
    const double value = entry.requiredNumber(field);
    if (value != static_cast<int>(value) || value < minimum)
        entry.fail(field, QStringLiteral("must be a whole number of at least %1").arg(minimum));
    return static_cast<int>(value);
}

Exercise readExercise(const JsonEntry &entry, const References &references)
{
    Exercise exercise;
    exercise.id = entry.requiredString(QStringLiteral("id"));
    exercise.name = entry.requiredText(QStringLiteral("name"));
    exercise.how = entry.requiredText(QStringLiteral("how"));
    const QString bias = entry.requiredString(QStringLiteral("bias"));
    if (!kBiasIds.contains(bias))
        entry.fail(QStringLiteral("bias"),
                   QStringLiteral("must be one of %1").arg(kBiasIds.join(QStringLiteral(", "))));
    exercise.bias = static_cast<Bias>(kBiasIds.indexOf(bias));
    exercise.illustration = entry.requiredString(QStringLiteral("illustration"));
    exercise.holdSeconds = optionalCount(entry, QStringLiteral("hold_seconds"), 1);
    exercise.sources = sourcesOf(entry, references);
    return exercise;
}

int requiredCount(const JsonEntry &entry, const QString &field, int minimum)
{
    if (!entry.has(field))
        entry.fail(field, QStringLiteral("is missing"));
    return *optionalCount(entry, field, minimum);
}

Intervals readIntervals(const JsonEntry &entry)
{
    const JsonEntry inner(entry.file(), entry.entry(), entry.requiredObject(QStringLiteral("intervals")));
    try {
        return {requiredCount(inner, QStringLiteral("run_seconds"), 1),
                requiredCount(inner, QStringLiteral("walk_seconds"), 0),
                requiredCount(inner, QStringLiteral("rounds"), 1)};
    } catch (const DataFileException &error) {
        entry.fail(QStringLiteral("intervals.") + error.error().field, error.error().problem);
    }
}

Prescription readPrescription(const JsonEntry &entry, const QSet<QString> &exerciseIds)
{
    Prescription prescription;
    prescription.exercise = entry.requiredString(QStringLiteral("exercise"));
    if (!exerciseIds.contains(prescription.exercise))
        entry.fail(QStringLiteral("exercise"),
                   QStringLiteral("names \"%1\", which is not an exercise").arg(prescription.exercise));
    prescription.dose = entry.requiredText(QStringLiteral("dose"));
    prescription.rest = entry.requiredText(QStringLiteral("rest"));
    prescription.holds = optionalCount(entry, QStringLiteral("holds"), 1);
    if (entry.has(QStringLiteral("intervals")))
        prescription.intervals = readIntervals(entry);
    return prescription;
}

Gate readGate(const JsonEntry &phase, const References &references)
{
    const JsonEntry entry(phase.file(), phase.entry(), phase.requiredObject(QStringLiteral("gate")));
    try {
        Gate gate;
        gate.text = readSourcedText(entry, references);
        if (gate.text.sources.isEmpty())
            entry.fail(QStringLiteral("sources"), QStringLiteral("must list at least one source"));
        forEachEntry(entry, QStringLiteral("criteria"), EmptyList::Refuse, [&](const JsonEntry &item) {
            const auto criterion = criterionFromId(item.requiredString(QStringLiteral("id")));
            if (!criterion)
                item.fail(QStringLiteral("id"),
                          QStringLiteral("must be one of %1").arg(kCriterionIds.join(QStringLiteral(", "))));
            gate.criteria.append({*criterion, item.requiredNumber(QStringLiteral("needed"))});
        });
        return gate;
    } catch (const DataFileException &error) {
        phase.fail(QStringLiteral("gate.") + error.error().field, error.error().problem);
    }
}

SourcedText requiredSourcedText(const JsonEntry &top, const QString &field, const References &references)
{
    SourcedText text = readSourcedText(top, field, top.object().value(field), references);
    if (text.sources.isEmpty())
        top.fail(field + QStringLiteral(".sources"), QStringLiteral("must list at least one source"));
    return text;
}

} // namespace

QString idOf(Bias bias)
{
    return kBiasIds.at(static_cast<int>(bias));
}

QString idOf(Criterion criterion)
{
    return kCriterionIds.at(static_cast<int>(criterion));
}

std::optional<Criterion> criterionFromId(const QString &id)
{
    const auto index = kCriterionIds.indexOf(id);
    if (index < 0)
        return std::nullopt;
    return static_cast<Criterion>(index);
}

QStringList phaseIds()
{
    return {QStringLiteral("settle"), QStringLiteral("strengthen"), QStringLiteral("run-walk"),
            QStringLiteral("full-training")};
}

QString PlanContent::builtInPath()
{
    return QStringLiteral(":/calfatlas/data/plan.json");
}

PlanContent PlanContent::builtIn(const References &references)
{
    return load(builtInPath(), references);
}

PlanContent PlanContent::load(const QString &path, const References &references)
{
    const QJsonObject root = readJsonObjectFile(path);
    const JsonEntry top(path.startsWith(QLatin1Char(':')) ? QStringLiteral("plan.json") : path, {}, root);
    if (top.requiredNumber(QStringLiteral("format")) != 1)
        top.fail(QStringLiteral("format"), QStringLiteral("must be 1"));
    PlanContent content;
    content.m_about = requiredSourcedText(top, QStringLiteral("about"), references);
    content.m_safety = requiredSourcedText(top, QStringLiteral("safety"), references);
    const JsonEntry safety(top.file(), QStringLiteral("safety"), top.requiredObject(QStringLiteral("safety")));
    content.m_clotQuestion = safety.requiredText(QStringLiteral("clot_question"));
    content.m_pain = requiredSourcedText(top, QStringLiteral("pain"), references);

    QSet<QString> ruleIds;
    forEachEntry(top, QStringLiteral("rules"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Rule rule{entry.requiredString(QStringLiteral("id")), readSourcedText(entry, references)};
        if (rule.text.sources.isEmpty())
            entry.fail(QStringLiteral("sources"), QStringLiteral("must list at least one source"));
        if (ruleIds.contains(rule.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used twice"));
        ruleIds.insert(rule.id);
        content.m_rules.append(rule);
    });

    QSet<QString> exerciseIds;
    forEachEntry(top, QStringLiteral("exercises"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Exercise exercise = readExercise(entry, references);
        if (exerciseIds.contains(exercise.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used twice"));
        exerciseIds.insert(exercise.id);
        content.m_exercises.append(exercise);
    });

    const QStringList expected = phaseIds();
    QSet<QString> levelIds;
    forEachEntry(top, QStringLiteral("phases"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Phase phase;
        phase.id = entry.requiredString(QStringLiteral("id"));
        const auto position = content.m_phases.size();
        if (position >= expected.size() || phase.id != expected.at(position))
            entry.fail(QStringLiteral("id"), QStringLiteral("must be \"%1\": the phases are %2, in that order")
                                                 .arg(position < expected.size() ? expected.at(position) : QString(),
                                                      expected.join(QStringLiteral(", "))));
        phase.title = entry.requiredText(QStringLiteral("title"));
        phase.purpose = entry.requiredText(QStringLiteral("purpose"));
        phase.sources = sourcesOf(entry, references);
        if (entry.has(QStringLiteral("gate")))
            phase.gate = readGate(entry, references);
        forEachEntry(entry, QStringLiteral("levels"), EmptyList::Refuse, [&](const JsonEntry &item) {
            Level level;
            level.number = static_cast<int>(content.m_levels.size()) + 1;
            level.id = item.requiredString(QStringLiteral("id"));
            if (levelIds.contains(level.id))
                item.fail(QStringLiteral("id"), QStringLiteral("is used twice"));
            levelIds.insert(level.id);
            level.title = item.requiredText(QStringLiteral("title"));
            level.phase = phase.id;
            forEachEntry(item, QStringLiteral("exercises"), EmptyList::Refuse, [&](const JsonEntry &prescription) {
                level.exercises.append(readPrescription(prescription, exerciseIds));
            });
            level.sources = sourcesOf(item, references);
            phase.levels.append(level);
            content.m_levels.append(level);
        });
        content.m_phases.append(phase);
    });
    if (content.m_phases.size() != expected.size())
        top.fail(QStringLiteral("phases"), QStringLiteral("must be %1").arg(expected.join(QStringLiteral(", "))));
    return content;
}

const Level &PlanContent::level(int number) const
{
    if (number < 1 || number > levelCount())
        throw std::out_of_range("no such level");
    return m_levels.at(number - 1);
}

int PlanContent::phaseIndexOf(int levelNumber) const
{
    const QString id = level(levelNumber).phase;
    for (qsizetype i = 0; i < m_phases.size(); ++i) {
        if (m_phases.at(i).id == id)
            return static_cast<int>(i);
    }
    return 0;
}

const Phase &PlanContent::phaseOf(int levelNumber) const
{
    return m_phases.at(phaseIndexOf(levelNumber));
}

const Exercise *PlanContent::exercise(const QString &id) const
{
    for (const Exercise &exercise : m_exercises) {
        if (exercise.id == id)
            return &exercise;
    }
    return nullptr;
}

const Phase *PlanContent::phase(const QString &id) const
{
    for (const Phase &phase : m_phases) {
        if (phase.id == id)
            return &phase;
    }
    return nullptr;
}

int PlanContent::firstLevel(const Phase &phase) const
{
    return phase.levels.isEmpty() ? 0 : phase.levels.first().number;
}

int PlanContent::lastLevel(const Phase &phase) const
{
    return phase.levels.isEmpty() ? 0 : phase.levels.last().number;
}

const Rule *PlanContent::rule(const QString &id) const
{
    for (const Rule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace calfatlas::plan
