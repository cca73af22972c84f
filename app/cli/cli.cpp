// SPDX-License-Identifier: MIT
#include "cli.h"

#include "anatomycommands.h"
#include "assesscommand.h"
#include "commandline.h"
#include "common/datafile.h"
#include "deckcommand.h"
#include "historycommands.h"
#include "lengthscommand.h"
#include "measurecommand.h"
#include "plancommand.h"
#include "platecommand.h"
#include "quizcommand.h"
#include "studycommand.h"

namespace calfatlas::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {QStringLiteral("assess"), QStringLiteral("Which calf muscle a self-test points to, for one leg."), runAssess},
        {QStringLiteral("list"), QStringLiteral("The ids of every structure of the lower leg CalfAtlas knows."),
         runList},
        {QStringLiteral("info"), QStringLiteral("One structure with its facts and their sources."), runInfo},
        {QStringLiteral("lengths"), QStringLiteral("How much each calf muscle is stretched in a knee-and-ankle pose."),
         runLengths},
        {QStringLiteral("quiz"), QStringLiteral("A quiz sheet for teachers, the same for the same seed."), runQuiz},
        {QStringLiteral("study"), QStringLiteral("Spaced repetition: how reviews are spaced, and the cards due."),
         runStudy},
        {QStringLiteral("deck"), QStringLiteral("The study deck for Anki: a package with images, or plain text."),
         runDeck},
        {QStringLiteral("plate"), QStringLiteral("A plate of the lower leg as a handout: PNG, SVG or PDF."), runPlate},
        {QStringLiteral("measure"),
         QStringLiteral("A heel-raise test or knee-to-wall of both legs, judged against norms and error."), runMeasure},
        {QStringLiteral("plan"), QStringLiteral("The plan back to running: sessions, pain, mornings and gates."),
         runPlan},
        {QStringLiteral("history"), QStringLiteral("The self-tests saved on this computer, newest first."), runHistory},
        {QStringLiteral("export"), QStringLiteral("The saved self-tests as CSV or JSON."), runExport},
    };
    return list;
}

namespace {

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

QString toolHelp()
{
    QString text =
        QStringLiteral("Usage: calfatlas-cli COMMAND [options]\n"
                       "CalfAtlas on the command line: the calf self-test and the anatomy knowledge base.\n\n"
                       "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help     Show this help; COMMAND --help shows a command's options.\n"
                           "  -v, --version  Show the version.\n");
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // A command's output is held back until it succeeds, so that bad input never leaves half a report on stdout.
    QString buffered;
    QTextStream bufferedOut(&buffered);
    Io io{bufferedOut, err};
    const auto succeed = [&](int status) {
        bufferedOut.flush();
        out << buffered;
        return status;
    };
    const QStringList rest = arguments.mid(1);
    const QString first = rest.value(0);
    try {
        if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
            if (rest.size() >= 2 && first == QLatin1String("help"))
                return run({arguments.value(0), rest.at(1), QStringLiteral("--help")}, out, err);
            out << toolHelp();
            return kExitOk;
        }
        if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
            out << "calfatlas-cli " << CALFATLAS_VERSION << "\n";
            return kExitOk;
        }
        if (first.isEmpty())
            throw UsageError(
                QStringLiteral("calfatlas-cli: no command given; valid commands: %1").arg(listed(commandNames())));
        for (const Command &command : commands()) {
            if (command.name == first)
                return succeed(command.run(rest.mid(1), io));
        }
        if (first.startsWith(QLatin1Char('-')))
            throw UsageError(QStringLiteral("calfatlas-cli: unknown option '%1'; valid options: --help, --version; "
                                            "valid commands: %2")
                                 .arg(first, listed(commandNames())));
        throw UsageError(QStringLiteral("calfatlas-cli: unknown command '%1'; valid commands: %2")
                             .arg(first, listed(commandNames())));
    } catch (const UsageError &error) {
        err << error.message() << "\n";
        return kExitUsage;
    } catch (const DataFileException &error) {
        err << "calfatlas-cli: " << error.error().message() << "\n";
        return kExitFailure;
    }
}

} // namespace calfatlas::cli
