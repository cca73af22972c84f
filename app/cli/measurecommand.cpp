// SPDX-License-Identifier: MIT
#include "measurecommand.h"

#include "assessment/kneetowall.h"
#include "commandline.h"
#include "common/content.h"
#include "common/references.h"
#include "history/historystore.h"
#include "measure/json.h"

#include <QJsonDocument>

#include <cmath>

namespace calfatlas::cli {

using namespace calfatlas::measure;

namespace {

// A value as given: raises are whole numbers 0..200; distances 0..25 cm (or the same in inches).
std::optional<double> readValue(const CommandLine &line, const QString &name, Test test, bool inches)
{
    if (!line.isSet(name))
        return std::nullopt;
    const QString text = line.value(name);
    bool ok = false;
    double value = text.toDouble(&ok);
    if (ok && test == Test::KneeToWall && inches)
        value = assessment::inchesToCentimetres(value);
    if (!ok || !isValidValue(test, value)) {
        const QString valid = test == Test::HeelRaise ? validValues(test)
                              : inches                ? QStringLiteral("a number from 0 to 9.84 (inches)")
                                                      : validValues(test);
        line.fail(QStringLiteral("invalid value '%1' for --%2; valid: %3").arg(text, name, valid));
    }
    return value;
}

QString number(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'g', 6);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

QString legReport(const Judgement &judgement, const LegJudgement &leg, const QString &name)
{
    const bool raises = judgement.test == Test::HeelRaise;
    QString out = QStringLiteral("%1 leg: %2 %3")
                      .arg(name, number(leg.value), raises ? QStringLiteral("raises") : QStringLiteral("cm"));
    if (raises) {
        QStringList notes;
        if (leg.referenceMedian)
            notes << QStringLiteral("reference median for %1: %2")
                         .arg(*judgement.sex == Sex::Male ? QStringLiteral("men") : QStringLiteral("women"))
                         .arg(*leg.referenceMedian);
        notes << QStringLiteral("return-to-running benchmark %1: %2")
                     .arg(kHeelRaiseBenchmark)
                     .arg(leg.meetsBenchmark ? QStringLiteral("met") : QStringLiteral("not met"));
        out += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
    }
    out += QLatin1Char('\n');
    if (leg.change)
        out += QStringLiteral("  since %1: %2, %3\n")
                   .arg(number(leg.change->previous), signedNumber(leg.change->by),
                        leg.change->beyondError ? QStringLiteral("beyond measurement error")
                                                : QStringLiteral("within measurement error"));
    return out;
}

QString report(const Judgement &judgement)
{
    const bool raises = judgement.test == Test::HeelRaise;
    QString out = raises ? QStringLiteral("CalfAtlas: single-leg heel-raise test to fatigue\n\n")
                         : QStringLiteral("CalfAtlas: knee-to-wall\n\n");
    out += legReport(judgement, judgement.left, QStringLiteral("Left"));
    out += legReport(judgement, judgement.right, QStringLiteral("Right"));
    if (judgement.asymmetryPercent)
        out += QStringLiteral("Asymmetry: %1%2, %3 the %4 criterion\n")
                   .arg(number(*judgement.asymmetryPercent) + QStringLiteral(" %"))
                   .arg(judgement.weaker ? QStringLiteral(" (weaker: %1)").arg(assessment::idOf(*judgement.weaker))
                                         : QString())
                   .arg(*judgement.asymmetryOk ? QStringLiteral("within") : QStringLiteral("over"))
                   .arg(number(kAsymmetryLimitPercent) + QStringLiteral(" %"));
    if (judgement.differenceCm)
        out += QStringLiteral("Left-right difference: %1 cm, %2\n")
                   .arg(number(*judgement.differenceCm), *judgement.differenceMeaningful
                                                             ? QStringLiteral("beyond measurement error (2 cm or more)")
                                                             : QStringLiteral("within measurement error (under 2 cm)"));
    const References &references = Content::builtIn().requireReferences();
    const QStringList sources = raises ? QStringList{QStringLiteral("HebertLosier2017"), QStringLiteral("Green2022")}
                                       : QStringList{QStringLiteral("Powden2015"), QStringLiteral("Green2022")};
    out += QStringLiteral("\nSources: ") + references.shortLabels(sources) + QLatin1Char('\n');
    return out;
}

// Keeps the measurement in the history; false (with the reason on stderr) when it could not.
bool save(const Input &input, const QDateTime &when, Io &io)
{
    history::HistoryStore store(history::HistoryStore::defaultFolder());
    if (!store.notice().isEmpty())
        io.err << "calfatlas-cli: " << store.notice() << "\n";
    const history::Outcome outcome = store.saveMeasurement(input.test, input.left, input.right, input.sex, when);
    if (!outcome.ok)
        io.err << "calfatlas-cli: " << outcome.message << "\n";
    return outcome.ok;
}

} // namespace

int runMeasure(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("measure"),
                     QStringLiteral("Judge a heel-raise test or a knee-to-wall measurement of both legs against its "
                                    "norms and its measurement error."));
    line.addPositional(QStringLiteral("TEST"), QStringLiteral("heel-raise or knee-to-wall."));
    const QString values = QStringLiteral("raises (0 to 200) or cm (0 to 25)");
    line.addValue(QStringLiteral("left"), QStringLiteral("N"), QStringLiteral("The left leg: raises, or cm."), values);
    line.addValue(QStringLiteral("right"), QStringLiteral("N"), QStringLiteral("The right leg: raises, or cm."),
                  values);
    line.addValue(QStringLiteral("previous-left"), QStringLiteral("N"),
                  QStringLiteral("The left leg's last saved value, to tell a real change from noise."), values);
    line.addValue(QStringLiteral("previous-right"), QStringLiteral("N"),
                  QStringLiteral("The right leg's last saved value."), values);
    line.addValue(QStringLiteral("sex"), QStringLiteral("SEX"),
                  QStringLiteral("For the heel-raise test's reference median: female or male."), listed(allSexIds()));
    line.addFlag(QStringLiteral("inches"), QStringLiteral("Knee-to-wall distances are in inches."));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."));
    line.addFlag(QStringLiteral("save"), QStringLiteral("Keep the measurement in the history on this computer."));
    line.addValue(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                  QStringLiteral("With --save: the day it was measured (default: now)."),
                  QStringLiteral("a date as YYYY-MM-DD"));
    if (!line.parse(arguments, io))
        return kExitOk;
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        line.fail(QStringLiteral("a TEST is required; valid: %1").arg(listed(allTestIds())));
    if (positional.size() > 1)
        line.fail(QStringLiteral("unexpected argument '%1'; valid: one TEST").arg(positional.at(1)));
    const auto test = testFromId(positional.first());
    if (!test)
        line.fail(QStringLiteral("unknown test '%1'; valid: %2").arg(positional.first(), listed(allTestIds())));
    const bool inches = line.isSet(QStringLiteral("inches"));
    if (inches && *test == Test::HeelRaise)
        line.fail(QStringLiteral("--inches is for knee-to-wall only; valid: measure knee-to-wall --inches"));
    line.require(QStringLiteral("left"), validValues(*test));
    line.require(QStringLiteral("right"), validValues(*test));
    Input input;
    input.test = *test;
    input.left = *readValue(line, QStringLiteral("left"), *test, inches);
    input.right = *readValue(line, QStringLiteral("right"), *test, inches);
    input.previousLeft = readValue(line, QStringLiteral("previous-left"), *test, inches);
    input.previousRight = readValue(line, QStringLiteral("previous-right"), *test, inches);
    if (const auto sex = line.choice(QStringLiteral("sex"), allSexIds())) {
        if (*test != Test::HeelRaise)
            line.fail(QStringLiteral("--sex is for heel-raise only; valid: measure heel-raise --sex female|male"));
        input.sex = sexFromId(*sex);
    }
    QDateTime when; // now
    if (const std::optional<QDate> date = line.date(QStringLiteral("date"))) {
        if (!line.isSet(QStringLiteral("save")))
            line.fail(QStringLiteral("--date is for a saved measurement; valid: measure ... --save --date YYYY-MM-DD"));
        // Midday of that day where the person is: the day stays the same in every time zone's reading.
        when = QDateTime(*date, QTime(12, 0));
    }
    const Judgement judgement = judge(input);

    const bool saved = line.isSet(QStringLiteral("save")) && save(input, when, io);
    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(judgement);
        if (saved)
            json.insert(QStringLiteral("saved"), true);
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        io.out << report(judgement);
        if (saved)
            io.out << "\nSaved to your history.\n";
    }
    return line.isSet(QStringLiteral("save")) && !saved ? kExitFailure : kExitOk;
}

} // namespace calfatlas::cli
