// SPDX-License-Identifier: MIT
#include "historycommands.h"

#include "assessment/assessment.h"
#include "assessment/selftest.h"
#include "commandline.h"
#include "common/userfile.h"
#include "history/export.h"
#include "history/historystore.h"

#include <QDir>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace calfatlas::cli {

using namespace calfatlas::assessment;
using namespace calfatlas::history;

namespace {

// Opens the shared history; a notice (a file moved aside, a read-only file) goes to stderr as one line.
std::unique_ptr<HistoryStore> openHistory(Io &io)
{
    auto store = std::make_unique<HistoryStore>(HistoryStore::defaultFolder());
    if (!store->notice().isEmpty())
        io.err << "calfatlas-cli: " << store->notice() << "\n";
    return store;
}

// Every saved self-test, with any record that could not be read named on stderr; nothing when the
// history cannot be opened at all.
std::optional<std::vector<SavedSelfTest>> loadAll(Io &io)
{
    const auto store = openHistory(io);
    if (store->state() == HistoryStore::State::Unavailable)
        return std::nullopt;
    QStringList problems;
    std::vector<SavedSelfTest> tests = store->all(&problems);
    for (const QString &problem : problems)
        io.err << "calfatlas-cli: " << problem << "\n";
    return tests;
}

QString legLabel(const LegResult &leg)
{
    return leg.answers.side ? idOf(*leg.answers.side) : QStringLiteral("-");
}

QString firstLine(const QString &text, int width)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > width)
        line = line.left(width - 1) + QChar(0x2026);
    return line;
}

QString withoutTrailingSpaces(QString line)
{
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

bool saveToHistory(const std::vector<LegResult> &legs, const QString &note, Io &io, qint64 *id)
{
    const auto store = openHistory(io);
    const Outcome outcome = store->save(legs, note);
    if (!outcome.ok) {
        io.err << "calfatlas-cli: " << outcome.message << "\n";
        return false;
    }
    if (id)
        *id = outcome.id;
    return true;
}

int runHistory(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("history"),
                     QStringLiteral("The self-tests saved on this computer, newest first (from the app or from "
                                    "assess --save)."));
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the history as one JSON object, as export does."));
    if (!line.parse(arguments, io))
        return kExitOk;
    const auto loaded = loadAll(io);
    if (!loaded)
        return kExitFailure;
    const std::vector<SavedSelfTest> &tests = *loaded;
    if (line.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(historyJson(tests)).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    if (tests.empty()) {
        io.out << "No self-tests saved yet. Save one with: calfatlas-cli assess --bench LEVEL --wall LEVEL --save\n";
        return kExitOk;
    }
    io.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                  .arg(QStringLiteral("ID").rightJustified(4), QStringLiteral("Taken").leftJustified(16),
                       QStringLiteral("Leg").leftJustified(5), QStringLiteral("Verdict").leftJustified(13),
                       QStringLiteral("Confidence").leftJustified(10), QStringLiteral("Note"));
    for (const SavedSelfTest &test : tests) {
        bool first = true;
        for (const LegResult &leg : test.legs) {
            const Assessment &result = leg.assessment;
            const QString confidence = result.confidence
                                           ? idOf(*result.confidence)
                                           : (result.urgency ? idOf(*result.urgency) : QStringLiteral("-"));
            io.out << withoutTrailingSpaces(
                          QStringLiteral("%1  %2  %3  %4  %5  %6")
                              .arg(first ? QString::number(test.id).rightJustified(4) : QString(4, QLatin1Char(' ')),
                                   (first ? test.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : QString())
                                       .leftJustified(16),
                                   legLabel(leg).leftJustified(5), idOf(result.verdict).leftJustified(13),
                                   confidence.leftJustified(10), first ? firstLine(test.note, 40) : QString()))
                   << "\n";
            first = false;
        }
    }
    return kExitOk;
}

int runExport(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("export"),
                     QStringLiteral("Write the whole history as CSV (one row per leg, for a spreadsheet) or JSON."));
    const QString formats = QStringLiteral("csv, json");
    line.addValue(QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("csv or json."), formats);
    line.addFlag(QStringLiteral("measurements"),
                 QStringLiteral("CSV of the Recovery area's measurements instead of the self-tests (JSON always has "
                                "both)."));
    line.addValue(QStringLiteral("output"), QStringLiteral("FILE"),
                  QStringLiteral("Write to FILE (mode 0600, replaced whole or not at all) instead of stdout."),
                  QStringLiteral("a file path"));
    if (!line.parse(arguments, io))
        return kExitOk;
    line.require(QStringLiteral("format"), formats);
    const QString format = *line.choice(QStringLiteral("format"), {QStringLiteral("csv"), QStringLiteral("json")});
    const QString output = line.value(QStringLiteral("output"));
    if (line.isSet(QStringLiteral("output")) && output.isEmpty())
        line.fail(QStringLiteral("--output needs a file path; valid: a file path"));

    const auto loaded = loadAll(io);
    if (!loaded)
        return kExitFailure;
    const std::vector<SavedSelfTest> &tests = *loaded;
    const bool measurementsOnly = line.isSet(QStringLiteral("measurements"));
    if (measurementsOnly && format != QLatin1String("csv"))
        line.fail(QStringLiteral("--measurements is for --format csv; valid: --format csv --measurements"));
    QStringList problems;
    const std::vector<SavedMeasurement> measurements = openHistory(io)->measurements(std::nullopt, &problems);
    for (const QString &problem : problems)
        io.err << "calfatlas-cli: " << problem << "\n";
    // A file gets the byte-order mark spreadsheets look for; a pipe gets plain UTF-8.
    const ByteOrderMark mark = output.isEmpty() ? ByteOrderMark::No : ByteOrderMark::Yes;
    const QByteArray bytes = format == QLatin1String("csv")
                                 ? (measurementsOnly ? measurementsCsv(measurements, mark) : historyCsv(tests, mark))
                                 : QJsonDocument(historyJson(tests, measurements)).toJson(QJsonDocument::Indented);
    if (output.isEmpty()) {
        io.out << QString::fromUtf8(bytes);
        return kExitOk;
    }
    QString error;
    if (!writeUserFile(output, bytes, &error)) {
        io.err << "calfatlas-cli: cannot write " << QDir::toNativeSeparators(output) << ": " << error << "\n";
        return kExitFailure;
    }
    if (measurementsOnly)
        io.out << "Wrote " << measurements.size() << (measurements.size() == 1 ? " measurement" : " measurements")
               << " to " << QDir::toNativeSeparators(output) << "\n";
    else
        io.out << "Wrote " << tests.size() << (tests.size() == 1 ? " self-test" : " self-tests") << " to "
               << QDir::toNativeSeparators(output) << "\n";
    return kExitOk;
}

} // namespace calfatlas::cli
