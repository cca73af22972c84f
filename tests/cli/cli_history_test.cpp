// SPDX-License-Identifier: MIT
// `assess --save`, `history` and `export`, end to end through the built executable, each run with its own
// XDG_DATA_HOME so that no test touches a real history.
#include "assessment/engine.h"
#include "cliprocess.h"
#include "csvreader.h"
#include "history/export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace calfatlas;
using calfatlas::test::CliRun;
using calfatlas::test::parseCsv;
using calfatlas::test::runCli;

namespace {

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

class CliHistory : public ::testing::Test {
protected:
    QTemporaryDir home;
    QProcessEnvironment environment() const
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        return extra;
    }
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, environment()); }
    QString historyFile() const { return home.filePath(QStringLiteral("data/CalfAtlas/CalfAtlas/history.sqlite")); }

    void saveThree()
    {
        ASSERT_EQ(cli(args("assess --bench moderate --wall none --side left --knee-to-wall-cm 8.5 --save")).exitCode,
                  0);
        ASSERT_EQ(
            cli({QStringLiteral("assess"), QStringLiteral("--bench"), QStringLiteral("none"), QStringLiteral("--wall"),
                 QStringLiteral("strong"), QStringLiteral("--side"), QStringLiteral("right"), QStringLiteral("--save"),
                 QStringLiteral("--note"), QStringLiteral("Hill repeats, \"ouch\", then rest\nsecond line é")})
                .exitCode,
            0);
        ASSERT_EQ(cli(args("assess --red-flag sudden-pop --save")).exitCode, 0);
    }
};

TEST_F(CliHistory, AssessSaveStoresTheResultInTheSharedDataFolder)
{
    const CliRun run = cli(args("assess --bench moderate --wall none --side left --save --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("soleus"));
    EXPECT_GT(run.json().value(QStringLiteral("saved_id")).toInteger(), 0);
    EXPECT_TRUE(QFileInfo::exists(historyFile())) << "the app's own folder, so both see the same history";
    EXPECT_EQ(QFileInfo(historyFile()).permissions(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    const CliRun text = cli(args("assess --bench none --wall mild --save --note calm"));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Saved to your history as self-test 2."))) << text.out.toStdString();
}

TEST_F(CliHistory, WithoutSaveNothingIsStored)
{
    ASSERT_EQ(cli(args("assess --bench moderate --wall none")).exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(historyFile()));
}

TEST_F(CliHistory, ANoteNeedsSave)
{
    const CliRun run = cli(args("assess --bench moderate --wall none --note hello"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--save"))) << run.err.toStdString();
}

TEST_F(CliHistory, HistoryJsonListsWhatWasSavedNewestFirst)
{
    saveThree();
    const CliRun run = cli(args("history --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray tests = run.json().value(QStringLiteral("self_tests")).toArray();
    ASSERT_EQ(tests.size(), 3);
    const QJsonObject newest = tests[0].toObject();
    EXPECT_EQ(newest.value(QStringLiteral("legs"))[0][QStringLiteral("result")][QStringLiteral("verdict")].toString(),
              QStringLiteral("seek-care"));
    const QJsonObject middle = tests[1].toObject();
    EXPECT_EQ(middle.value(QStringLiteral("note")).toString(),
              QStringLiteral("Hill repeats, \"ouch\", then rest\nsecond line é"));
    EXPECT_EQ(middle.value(QStringLiteral("legs"))[0][QStringLiteral("answers")][QStringLiteral("side")].toString(),
              QStringLiteral("right"));
    const QJsonObject oldest = tests[2].toObject();
    EXPECT_EQ(oldest.value(QStringLiteral("legs"))[0][QStringLiteral("answers")][QStringLiteral("knee_to_wall_cm")]
                  .toDouble(),
              8.5);
    EXPECT_EQ(oldest.value(QStringLiteral("app_version")).toString(), QStringLiteral(CALFATLAS_VERSION));
    EXPECT_EQ(oldest.value(QStringLiteral("rule_version")).toInt(), calfatlas::assessment::kRuleVersion);
    EXPECT_TRUE(
        QDateTime::fromString(oldest.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs).isValid());
}

TEST_F(CliHistory, HistoryTextIsATable)
{
    const CliRun empty = cli(args("history"));
    ASSERT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.out.startsWith(QStringLiteral("No self-tests saved yet."))) << empty.out.toStdString();
    saveThree();
    const CliRun run = cli(args("history"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("Verdict")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("seek-care")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("gastrocnemius")) &&
                lines[2].contains(QStringLiteral("Hill repeats")));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("soleus")) && lines[3].contains(QStringLiteral("left")));
}

TEST_F(CliHistory, ExportJsonParsesBackIntoTheSameHistory)
{
    saveThree();
    const QString output = home.filePath(QStringLiteral("export.json"));
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--output"), output});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QFileInfo(output).permissions(),
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QFile file(output);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString problem;
    const auto tests = history::historyFromJson(QJsonDocument::fromJson(file.readAll()).object(), &problem);
    ASSERT_TRUE(tests.has_value()) << problem.toStdString();
    ASSERT_EQ(tests->size(), 3u);
    EXPECT_EQ(tests->at(1).note, QStringLiteral("Hill repeats, \"ouch\", then rest\nsecond line é"));
    EXPECT_EQ(tests->at(2).legs.at(0).answers.kneeToWallCm, 8.5);
    EXPECT_EQ(tests->at(0).legs.at(0).assessment.verdict, assessment::Verdict::SeekCare);
    // The same as history --json prints.
    EXPECT_EQ(QJsonDocument(history::historyJson(*tests)).object(), cli(args("history --json")).json());
}

TEST_F(CliHistory, ExportCsvOpensCleanlyInASpreadsheet)
{
    saveThree();
    const QString output = home.filePath(QStringLiteral("history.csv"));
    const CliRun run = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--output"), output});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(output);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a byte-order mark tells spreadsheets it is UTF-8";
    EXPECT_TRUE(bytes.contains("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_EQ(cli(args("export --format csv")).out, text) << "stdout has the same rows, without the mark";
    const auto rows = parseCsv(text);
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 4u);
    const QStringList header = rows->at(0);
    EXPECT_EQ(header, history::csvColumns());
    for (const QStringList &row : *rows)
        EXPECT_EQ(row.size(), header.size());
    const auto column = [&](int row, const char *name) {
        return rows->at(row).at(header.indexOf(QString::fromLatin1(name)));
    };
    EXPECT_EQ(column(1, "verdict"), QStringLiteral("seek-care"));
    EXPECT_EQ(column(1, "red_flags"), QStringLiteral("sudden-pop"));
    EXPECT_EQ(column(1, "urgency"), QStringLiteral("same-day"));
    EXPECT_EQ(column(2, "note"), QStringLiteral("Hill repeats, \"ouch\", then rest\nsecond line é"));
    EXPECT_EQ(column(2, "leg"), QStringLiteral("right"));
    EXPECT_EQ(column(3, "knee_to_wall_cm"), QStringLiteral("8.5"));
    EXPECT_EQ(column(3, "confidence"), QStringLiteral("likely"));
    for (int row = 1; row <= 3; ++row) {
        const QString taken = column(row, "taken_at");
        EXPECT_TRUE(taken.endsWith(QLatin1Char('Z'))) << taken.toStdString();
        EXPECT_TRUE(QDateTime::fromString(taken, Qt::ISODateWithMs).isValid()) << taken.toStdString();
    }
}

TEST_F(CliHistory, ExportNeedsAFormatAndAWritablePlace)
{
    const CliRun noFormat = cli(args("export"));
    EXPECT_EQ(noFormat.exitCode, 2);
    EXPECT_EQ(noFormat.errLines().size(), 1);
    const CliRun badFormat = cli(args("export --format xlsx"));
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains(QStringLiteral("csv, json"))) << badFormat.err.toStdString();
    const CliRun nowhere = cli(args("export --format csv --output /nonexistent-folder/out.csv"));
    EXPECT_EQ(nowhere.exitCode, 1);
    EXPECT_TRUE(nowhere.err.contains(QStringLiteral("/nonexistent-folder/out.csv"))) << nowhere.err.toStdString();
}

TEST_F(CliHistory, ACorruptHistoryIsMovedAsideAndSaidSo)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(historyFile()).path()));
    {
        QFile bad(historyFile());
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(8192, 'x'));
    }
    const CliRun run = cli(args("history --json"));
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("history.corrupt-"))) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("self_tests")).toArray().isEmpty());
    const QStringList aside =
        QDir(QFileInfo(historyFile()).path()).entryList({QStringLiteral("history.corrupt-*.sqlite")}, QDir::Files);
    EXPECT_EQ(aside.size(), 1);
}

TEST_F(CliHistory, ANewerHistoryIsListedButNeverWritten)
{
    ASSERT_EQ(cli(args("assess --bench moderate --wall none --save")).exitCode, 0);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        database.setDatabaseName(historyFile());
        ASSERT_TRUE(database.open());
        QSqlQuery(database).exec(QStringLiteral("PRAGMA user_version = 7"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const CliRun list = cli(args("history --json"));
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().value(QStringLiteral("self_tests")).toArray().size(), 1);
    EXPECT_TRUE(list.err.contains(QStringLiteral("newer version"))) << list.err.toStdString();
    const CliRun save = cli(args("assess --bench none --wall mild --save"));
    EXPECT_EQ(save.exitCode, 1);
    EXPECT_TRUE(save.out.contains(QStringLiteral("gastrocnemius"))) << "the result is still printed";
    EXPECT_TRUE(save.err.contains(QStringLiteral("Not saved: the history is read-only"))) << save.err.toStdString();
    EXPECT_EQ(cli(args("history --json")).json().value(QStringLiteral("self_tests")).toArray().size(), 1);
}

TEST_F(CliHistory, AFailedSaveStillPrintsTheResult)
{
    // The data folder's parent is a file: the history cannot be created.
    QFile blocker(home.filePath(QStringLiteral("data")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun run = cli(args("assess --bench moderate --wall none --save"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("soleus"))) << "the answers stay on screen";
    EXPECT_TRUE(run.err.contains(QStringLiteral("Not saved"))) << run.err.toStdString();
}

} // namespace
