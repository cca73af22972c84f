// SPDX-License-Identifier: MIT
#include "assesscommand.h"

#include "assessment/engine.h"
#include "assessment/json.h"
#include "assessment/report.h"
#include "commandline.h"
#include "common/content.h"
#include "common/datafile.h"
#include "historycommands.h"

#include <QJsonDocument>

#include <limits>

namespace calfatlas::cli {

using namespace calfatlas::assessment;

namespace {

const QString kPercentRange = QStringLiteral("a number of 0 or more (percent)");
const QString kCentimetreRange = QStringLiteral("a number from 0 to 25 (cm)");

void addOptions(CommandLine &line)
{
    const QString levels = listed(allLevelIds());
    line.addValue(QStringLiteral("bench"), QStringLiteral("LEVEL"),
                  QStringLiteral("What you feel in the calf in the bent-knee bench test: %1.").arg(levels), levels);
    line.addValue(QStringLiteral("wall"), QStringLiteral("LEVEL"),
                  QStringLiteral("What you feel in the calf in the straight-knee wall test: %1.").arg(levels), levels);
    line.addValue(QStringLiteral("side"), QStringLiteral("SIDE"), QStringLiteral("Which leg: left or right."),
                  listed(allSideIds()));
    line.addValue(QStringLiteral("red-flag"), QStringLiteral("FLAG"),
                  QStringLiteral("A warning sign (repeatable): %1. With one, the tests are not interpreted and may be "
                                 "left out.")
                      .arg(listed(allRedFlagIds())),
                  listed(allRedFlagIds()));
    line.addValue(QStringLiteral("where"), QStringLiteral("AREA"),
                  QStringLiteral("Where it hurts: %1. Outside the calf muscles (achilles, heel, behind-knee, "
                                 "inner-shin, outer-leg) the tests are not interpreted and may be left out.")
                      .arg(listed(allAreaIds())),
                  listed(allAreaIds()));
    line.addFlag(
        QStringLiteral("clot-risk"),
        QStringLiteral("A clot risk: surgery or a hospital stay in the last 12 weeks, a cast or long bed rest, "
                       "a journey of 4 hours or more in the last 4 weeks, pregnancy or a birth in the last 6 "
                       "weeks, an oestrogen pill or HRT, cancer treatment, or a clot before."));
    line.addFlag(QStringLiteral("rest-pain"),
                 QStringLiteral("A throbbing or cramping pain in the calf at rest. With --clot-risk it is the red flag "
                                "clot-signs."));
    line.addFlag(QStringLiteral("sudden-onset"),
                 QStringLiteral("The pain started suddenly, during a run or a sprint, in the last two weeks."));
    line.addFlag(QStringLiteral("runner"), QStringLiteral("You run."));
    line.addValue(QStringLiteral("strike"), QStringLiteral("KIND"),
                  QStringLiteral("Your foot strike: %1.").arg(listed(allStrikeIds())), listed(allStrikeIds()));
    line.addFlag(QStringLiteral("converting-to-midfoot"), QStringLiteral("You are changing to a midfoot strike."));
    line.addValue(QStringLiteral("volume-increase"), QStringLiteral("PERCENT"),
                  QStringLiteral("How much your weekly running volume went up, in percent (0 or more)."),
                  kPercentRange);
    line.addFlag(QStringLiteral("painful-plantarflexion"),
                 QStringLiteral("Pointing the foot down hurts or is restricted."));
    line.addValue(QStringLiteral("knee-to-wall-cm"), QStringLiteral("CM"),
                  QStringLiteral("Knee-to-wall distance of this leg, 0 to 25 cm."), kCentimetreRange);
    line.addValue(QStringLiteral("other-leg-knee-to-wall-cm"), QStringLiteral("CM"),
                  QStringLiteral("Knee-to-wall distance of the other leg, 0 to 25 cm."), kCentimetreRange);
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."));
    line.addFlag(QStringLiteral("save"),
                 QStringLiteral("Keep the result in the history on this computer, as the app's Save does."));
    line.addValue(QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("A note to keep with --save."),
                  QStringLiteral("any text"));
}

Answers answersFrom(const CommandLine &line)
{
    Answers answers;
    for (const QString &flag : line.values(QStringLiteral("red-flag"))) {
        const auto parsed = redFlagFromId(flag);
        if (!parsed)
            line.fail(
                QStringLiteral("unknown value '%1' for --red-flag; valid: %2").arg(flag, listed(allRedFlagIds())));
        answers.redFlags.push_back(*parsed);
    }
    if (line.isSet(QStringLiteral("clot-risk")))
        answers.clotRisk = true;
    if (line.isSet(QStringLiteral("rest-pain")))
        answers.restPain = true;
    if (const auto where = line.choice(QStringLiteral("where"), allAreaIds()))
        answers.where = areaFromId(*where);
    // The tests decide only without a red flag and with the pain in the calf muscles (or unsaid).
    if (effectiveRedFlags(answers).empty() && (!answers.where || isCalfMuscleArea(*answers.where))) {
        line.require(QStringLiteral("bench"), listed(allLevelIds()));
        line.require(QStringLiteral("wall"), listed(allLevelIds()));
    }
    if (const auto bench = line.choice(QStringLiteral("bench"), allLevelIds()))
        answers.bench = levelFromId(*bench);
    if (const auto wall = line.choice(QStringLiteral("wall"), allLevelIds()))
        answers.wall = levelFromId(*wall);
    if (const auto side = line.choice(QStringLiteral("side"), allSideIds()))
        answers.side = sideFromId(*side);

    Context &context = answers.context;
    if (line.isSet(QStringLiteral("runner")))
        context.runner = true;
    if (const auto strike = line.choice(QStringLiteral("strike"), allStrikeIds()))
        context.strike = *strikeFromId(*strike);
    if (line.isSet(QStringLiteral("converting-to-midfoot")))
        context.convertingToMidfoot = true;
    if (line.isSet(QStringLiteral("painful-plantarflexion")))
        context.painfulPlantarflexion = true;
    if (line.isSet(QStringLiteral("sudden-onset")))
        context.suddenOnset = true;
    context.volumeIncreasePercent =
        line.number(QStringLiteral("volume-increase"), 0.0, std::numeric_limits<double>::infinity());
    answers.kneeToWallCm = line.number(QStringLiteral("knee-to-wall-cm"), kKneeToWallMinCm, kKneeToWallMaxCm);
    answers.otherLegKneeToWallCm =
        line.number(QStringLiteral("other-leg-knee-to-wall-cm"), kKneeToWallMinCm, kKneeToWallMaxCm);
    if (answers.otherLegKneeToWallCm && !answers.kneeToWallCm)
        line.fail(
            QStringLiteral("--other-leg-knee-to-wall-cm needs --knee-to-wall-cm too; valid: %1").arg(kCentimetreRange));
    if (const auto problem = problemWith(answers))
        line.fail(*problem);
    return answers;
}

} // namespace

int runAssess(const QStringList &arguments, Io &io)
{
    CommandLine line(
        QStringLiteral("assess"),
        QStringLiteral("Which calf muscle is the likelier source of soreness in one leg, from the bent-knee "
                       "bench test and the straight-knee wall test."));
    addOptions(line);
    if (!line.parse(arguments, io))
        return kExitOk;
    const Answers answers = answersFrom(line);
    const bool save = line.isSet(QStringLiteral("save"));
    if (line.isSet(QStringLiteral("note")) && !save)
        line.fail(QStringLiteral("--note is kept only with --save; valid: --save --note TEXT"));

    const Content &data = Content::builtIn();
    const References &references = data.requireReferences();
    const SelfTestContent &content = data.requireSelfTest();
    const Assessment result = assess(answers, content);
    // The result is printed either way: a failed save loses nothing the person can see.
    qint64 savedId = 0;
    const bool saved =
        save && saveToHistory({LegResult{answers, result}}, line.value(QStringLiteral("note")), io, &savedId);
    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(result);
        if (saved)
            json.insert(QStringLiteral("saved_id"), savedId);
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        io.out << plainTextReport({LegResult{answers, result}}, content, references);
        if (saved)
            io.out << "\nSaved to your history as self-test " << savedId << ".\n";
    }
    return save && !saved ? kExitFailure : kExitOk;
}

} // namespace calfatlas::cli
