// SPDX-License-Identifier: MIT
#include "plancommand.h"

#include "assessment/legnames.h"
#include "assessment/selftestcontent.h"
#include "commandline.h"
#include "common/content.h"
#include "history/historystore.h"
#include "plan/json.h"
#include "plan/planbook.h"

#include <QJsonDocument>

namespace calfatlas::cli {

using namespace calfatlas::plan;
using assessment::RedFlag;

namespace {

const QStringList kActions{QStringLiteral("start"),   QStringLiteral("status"), QStringLiteral("log"),
                           QStringLiteral("morning"), QStringLiteral("resume"), QStringLiteral("stop")};

// Which options each action takes, besides --json (all but stop) and --help.
const QHash<QString, QStringList> &allowedOptions()
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("start"), {QStringLiteral("leg"), QStringLiteral("date")}},
        {QStringLiteral("status"), {QStringLiteral("date")}},
        {QStringLiteral("log"),
         {QStringLiteral("pain"), QStringLiteral("date"), QStringLiteral("red-flag"), QStringLiteral("minutes")}},
        {QStringLiteral("morning"), {QStringLiteral("compared"), QStringLiteral("date")}},
        {QStringLiteral("resume"), {QStringLiteral("date")}},
        {QStringLiteral("stop"), {QStringLiteral("date")}},
    };
    return allowed;
}

QStringList signIds(const std::vector<RedFlag> &signs)
{
    QStringList ids;
    for (const RedFlag sign : signs)
        ids.append(assessment::idOf(sign));
    return ids;
}

int wholeNumber(const CommandLine &line, const QString &name, int minimum, int maximum)
{
    const QString text = line.value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        line.fail(QStringLiteral("invalid value '%1' for --%2; valid: a whole number from %3 to %4")
                      .arg(text, name)
                      .arg(minimum)
                      .arg(maximum));
    return value;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString exerciseLines(const PlanContent &content, const Level &level)
{
    QString out;
    for (const Prescription &prescription : level.exercises) {
        const Exercise *exercise = content.exercise(prescription.exercise);
        const QString bias = exercise->bias == Bias::Soleus          ? QStringLiteral("biases the soleus")
                             : exercise->bias == Bias::Gastrocnemius ? QStringLiteral("biases the gastrocnemius")
                                                                     : QStringLiteral("both muscles");
        out += QStringLiteral("  - %1 (%2): %3; %4\n").arg(exercise->name, bias, prescription.dose, prescription.rest);
    }
    return out;
}

QString gateLines(const PlanContent &content, const GateStatus &gate)
{
    const Phase *phase = content.phase(gate.phase);
    QString out =
        QStringLiteral("\nInto %1: %2\n")
            .arg(phase ? phase->title : gate.phase, gate.met ? QStringLiteral("ready") : QStringLiteral("not yet"));
    for (const CriterionStatus &criterion : gate.criteria) {
        out +=
            QStringLiteral("  [%1] %2 (now: %3)\n")
                .arg(criterion.met ? QLatin1Char('x') : QLatin1Char(' '))
                .arg(criterion.text, criterion.value ? number(*criterion.value) : QStringLiteral("not measured yet"));
    }
    if (phase && phase->gate)
        out += QStringLiteral("  Sources: %1\n")
                   .arg(Content::builtIn().requireReferences().shortLabels(phase->gate->text.sources));
    return out;
}

QString report(const PlanContent &content, const Status &status, const std::vector<QString> &warnings)
{
    if (!status.active)
        return QStringLiteral("No plan is running. Start one with: calfatlas-cli plan start --leg left|right\n");
    const Level &level = content.level(status.level);
    QString out = QStringLiteral("CalfAtlas: back to running, %1 leg\n\n").arg(assessment::idOf(status.leg));
    out += QStringLiteral("Phase: %1, level %2 of %3\n")
               .arg(content.phaseOf(status.level).title)
               .arg(status.level)
               .arg(content.levelCount());
    if (status.paused) {
        const auto &selfTest = Content::builtIn().requireSelfTest();
        out += QStringLiteral("\nPaused after a warning sign. %1\nResume with `calfatlas-cli plan resume` once a "
                              "clinician has seen you and cleared you to carry on.\n")
                   .arg(selfTest.urgencyText(status.urgency.value_or(assessment::Urgency::SameDay)));
        return out;
    }
    out += QStringLiteral("\nNext session: %1\n").arg(level.title) + exerciseLines(content, level);
    if (status.awaitingMorning)
        out += QStringLiteral("\nThe morning after the session of %1: how does the calf feel compared with before "
                              "it? calfatlas-cli plan morning --compared better|same|worse\n")
                   .arg(status.awaitingSince->toString(Qt::ISODate));
    if (status.gate && !status.gate->criteria.empty())
        out += gateLines(content, *status.gate);
    for (const QString &id : warnings) {
        if (const Rule *rule = content.rule(id))
            out += QStringLiteral("\nWarning: %1\n").arg(rule->text.text);
    }
    return out;
}

void checkOptions(const CommandLine &line, const QString &action)
{
    const QStringList all{QStringLiteral("leg"),      QStringLiteral("date"),    QStringLiteral("pain"),
                          QStringLiteral("red-flag"), QStringLiteral("minutes"), QStringLiteral("compared"),
                          QStringLiteral("json")};
    QStringList allowed = allowedOptions().value(action);
    if (action != QLatin1String("stop"))
        allowed.append(QStringLiteral("json"));
    for (const QString &name : all) {
        if (line.isSet(name) && !allowed.contains(name))
            line.fail(QStringLiteral("--%1 is not an option of plan %2; valid: %3")
                          .arg(name, action,
                               allowed.isEmpty() ? QStringLiteral("none")
                                                 : QStringLiteral("--") + allowed.join(QStringLiteral(", --"))));
    }
}

Result act(PlanBook &book, const CommandLine &line, const QString &action, const QDate &date)
{
    if (action == QLatin1String("start")) {
        line.require(QStringLiteral("leg"), listed(assessment::allSideIds()));
        return book.start(*assessment::sideFromId(*line.choice(QStringLiteral("leg"), assessment::allSideIds())), date);
    }
    if (action == QLatin1String("log")) {
        line.require(QStringLiteral("pain"), QStringLiteral("a whole number from 0 to 10"));
        const int pain = wholeNumber(line, QStringLiteral("pain"), 0, kPainMax);
        const QStringList valid = signIds(PlanBook::safetySigns(Content::builtIn().requireSelfTest()));
        std::vector<RedFlag> signs;
        for (const QString &id : line.values(QStringLiteral("red-flag"))) {
            if (!valid.contains(id))
                line.fail(QStringLiteral("unknown value '%1' for --red-flag; valid: %2").arg(id, listed(valid)));
            signs.push_back(*assessment::redFlagFromId(id));
        }
        std::optional<int> minutes;
        if (line.isSet(QStringLiteral("minutes")))
            minutes = wholeNumber(line, QStringLiteral("minutes"), 0, 24 * 60);
        return book.log(pain, date, signs, minutes);
    }
    if (action == QLatin1String("morning")) {
        line.require(QStringLiteral("compared"), listed(allMorningIds()));
        return book.morning(*morningFromId(*line.choice(QStringLiteral("compared"), allMorningIds())), date);
    }
    if (action == QLatin1String("resume"))
        return book.resume(date);
    if (action == QLatin1String("stop"))
        return book.stop(date);
    return {true, {}, book.status(date), {}};
}

} // namespace

int runPlan(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("plan"),
                     QStringLiteral("The plan back to running: start it for a leg, log each session with its pain, "
                                    "report the next morning, and see the next session and its gate."));
    line.addPositional(QStringLiteral("ACTION"), QStringLiteral("start, status, log, morning, resume or stop."));
    line.addValue(QStringLiteral("leg"), QStringLiteral("LEG"), QStringLiteral("start: the sore leg, left or right."),
                  listed(assessment::allSideIds()));
    line.addValue(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                  QStringLiteral("The day it happened (default: today)."), QStringLiteral("a date as YYYY-MM-DD"));
    line.addValue(QStringLiteral("pain"), QStringLiteral("N"),
                  QStringLiteral("log: the worst pain during the session, 0 (none) to 10."),
                  QStringLiteral("a whole number from 0 to 10"));
    line.addValue(QStringLiteral("red-flag"), QStringLiteral("FLAG"),
                  QStringLiteral("log: a warning sign of the safety check (repeatable); it pauses the plan."),
                  QStringLiteral("an emergency or same-day warning sign"));
    line.addValue(QStringLiteral("minutes"), QStringLiteral("M"), QStringLiteral("log: how long the session took."),
                  QStringLiteral("a whole number from 0 to 1440"));
    line.addValue(QStringLiteral("compared"), QStringLiteral("HOW"),
                  QStringLiteral("morning: the calf compared with before the session: better, same or worse."),
                  listed(allMorningIds()));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the plan's status as one JSON object."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const QStringList positional = line.positional();
    if (positional.isEmpty())
        line.fail(QStringLiteral("an ACTION is required; valid: %1").arg(listed(kActions)));
    if (positional.size() > 1)
        line.fail(QStringLiteral("unexpected argument '%1'; valid: one ACTION").arg(positional.at(1)));
    const QString &action = positional.first();
    if (!kActions.contains(action))
        line.fail(QStringLiteral("unknown action '%1'; valid: %2").arg(action, listed(kActions)));
    checkOptions(line, action);
    const QDate date = line.date(QStringLiteral("date")).value_or(QDate::currentDate());

    const Content &content = Content::builtIn();
    history::HistoryStore store(history::HistoryStore::defaultFolder());
    if (store.state() == history::HistoryStore::State::Unavailable) {
        io.err << "calfatlas-cli: " << store.notice() << "\n";
        return kExitFailure;
    }
    PlanBook book(store, content.requirePlan(), content.requireSelfTest());
    if (action != QLatin1String("status") && store.state() != history::HistoryStore::State::Ready) {
        io.err << "calfatlas-cli: " << store.notice() << "\n";
        return kExitFailure;
    }
    const Result result = act(book, line, action, date);
    if (!result.ok && result.writeFailed) {
        io.err << "calfatlas-cli: " << result.message << "\n";
        return kExitFailure;
    }
    if (!result.ok)
        line.fail(result.message);
    if (action == QLatin1String("stop")) {
        io.out << result.message << "\n";
        return kExitOk;
    }
    if (line.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(toJson(content.requirePlan(), result.status, result.warnings))
                      .toJson(QJsonDocument::Indented);
    else
        io.out << report(content.requirePlan(), result.status, result.warnings);
    return kExitOk;
}

} // namespace calfatlas::cli
