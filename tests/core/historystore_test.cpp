// SPDX-License-Identifier: MIT
// The history store: round trips, migrations, and what happens to bad, newer and unwritable files.
#include "assessment/json.h"
#include "common/userfile.h"
#include "history/export.h"
#include "history/historystore.h"
#include "history/schema.h"
#include "historyfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace calfatlas;
using namespace calfatlas::assessment;
using namespace calfatlas::history;
using calfatlas::test::bothLegsResult;
using calfatlas::test::legResult;
using calfatlas::test::redFlagResult;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray canonical(const SavedSelfTest &test)
{
    return QJsonDocument(toJson(test)).toJson(QJsonDocument::Compact);
}

// A raw SQLite connection to a file, for setting up what the store must cope with.
class RawFile {
public:
    explicit RawFile(const QString &path)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open());
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(database());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(database());
        return query.exec(sql);
    }

private:
    QString m_name = QStringLiteral("raw-%1").arg(quintptr(this));
};

class HistoryStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString folder() const { return dir.filePath(QStringLiteral("data")); }
    QString file() const { return QDir(folder()).filePath(HistoryStore::fileName()); }
};

TEST_F(HistoryStoreTest, SavesEveryAnswerAndReadsItBackAfterReopening)
{
    const QDateTime when(QDate(2026, 3, 1), QTime(8, 30, 15, 250), Qt::UTC);
    SavedSelfTest expected;
    {
        HistoryStore store(folder());
        ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
        EXPECT_TRUE(store.notice().isEmpty());
        const Outcome outcome =
            store.save(bothLegsResult(), QStringLiteral("After a 10 km run, «sore» left calf"), when);
        ASSERT_TRUE(outcome.ok) << outcome.message.toStdString();
        expected = {outcome.id,
                    when,
                    QStringLiteral(CALFATLAS_VERSION),
                    kRuleVersion,
                    QStringLiteral("After a 10 km run, «sore» left calf"),
                    bothLegsResult()};
    }
    HistoryStore reopened(folder());
    const std::vector<SavedSelfTest> tests = reopened.all();
    ASSERT_EQ(tests.size(), 1u);
    EXPECT_EQ(canonical(tests.front()), canonical(expected));
    const SavedSelfTest &test = tests.front();
    ASSERT_EQ(test.legs.size(), 2u);
    EXPECT_EQ(test.legs[0].answers.side, Side::Left);
    EXPECT_EQ(test.legs[0].answers.kneeToWallCm, 8.5);
    EXPECT_EQ(test.legs[0].answers.otherLegKneeToWallCm, 11.0);
    EXPECT_EQ(test.legs[0].answers.context.strike, Strike::Forefoot);
    EXPECT_EQ(test.legs[0].assessment.verdict, Verdict::Soleus);
    EXPECT_EQ(test.legs[1].assessment.verdict, Verdict::Gastrocnemius);
    EXPECT_FALSE(test.legs[0].assessment.headline.isEmpty());
    EXPECT_FALSE(test.legs[0].assessment.explanationSources.isEmpty());
    ASSERT_FALSE(test.legs[0].assessment.advice.empty());
    EXPECT_FALSE(test.legs[0].assessment.advice.front().sources.isEmpty());
    ASSERT_TRUE(test.legs[0].assessment.kneeToWall.has_value());
    EXPECT_EQ(test.legs[0].assessment.kneeToWall->band, KneeToWallBand::Reduced);
}

TEST_F(HistoryStoreTest, KeepsRedFlagsAndUrgency)
{
    HistoryStore store(folder());
    const Outcome saved = store.save(redFlagResult());
    ASSERT_TRUE(saved.ok) << saved.message.toStdString();
    const SavedSelfTest test = store.all().at(0);
    EXPECT_EQ(test.legs.at(0).answers.redFlags, (std::vector{RedFlag::SuddenPop, RedFlag::HeelGap}));
    EXPECT_EQ(test.legs.at(0).assessment.verdict, Verdict::SeekCare);
    EXPECT_EQ(test.legs.at(0).assessment.urgency, Urgency::SameDay);
    EXPECT_FALSE(test.legs.at(0).answers.bench.has_value());
}

TEST_F(HistoryStoreTest, ListsNewestFirst)
{
    HistoryStore store(folder());
    const QDateTime base(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
    const qint64 middle = store.save({legResult(Level::Mild, Level::None)}, {}, base.addDays(5)).id;
    const qint64 oldest = store.save({legResult(Level::None, Level::Mild)}, {}, base).id;
    const qint64 newest = store.save({legResult(Level::None, Level::None)}, {}, base.addDays(9)).id;
    std::vector<qint64> ids;
    for (const SavedSelfTest &test : store.all())
        ids.push_back(test.id);
    EXPECT_EQ(ids, (std::vector{newest, middle, oldest}));
}

TEST_F(HistoryStoreTest, TheFileAndItsJournalAreThePersonsAlone)
{
    HistoryStore store(folder());
    ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    EXPECT_EQ(QFileInfo(file()).permissions(), ownerOnly);
    ASSERT_TRUE(QFileInfo::exists(file() + QStringLiteral("-wal")));
    EXPECT_EQ(QFileInfo(file() + QStringLiteral("-wal")).permissions(), ownerOnly);
    EXPECT_EQ(QFileInfo(folder()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

TEST_F(HistoryStoreTest, UsesWriteAheadLoggingWithFullSyncs)
{
    HistoryStore store(folder());
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2); // FULL
}

// calfatlas and calfatlas-cli both call setApplicationIdentity, so both open the same file.
TEST(HistoryFolder, TheAppAndTheCommandLineShareOneFolderUnderXdgDataHome)
{
    QTemporaryDir home;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    calfatlas::setApplicationIdentity();
    const QString folder = HistoryStore::defaultFolder();
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
    EXPECT_EQ(folder, home.path() + QStringLiteral("/CalfAtlas/CalfAtlas"));
}

TEST_F(HistoryStoreTest, TwoStoresOnOneFileHaveTheirOwnConnections)
{
    HistoryStore first(folder());
    HistoryStore second(folder());
    EXPECT_NE(first.connectionName(), second.connectionName());
    ASSERT_TRUE(first.save({legResult(Level::Mild, Level::None)}).ok);
    EXPECT_EQ(second.all().size(), 1u);
}

TEST_F(HistoryStoreTest, DeletesRestoresWithTheSameIdAndEditsNotes)
{
    HistoryStore store(folder());
    const qint64 keep = store.save({legResult(Level::Mild, Level::None)}).id;
    const qint64 gone = store.save(bothLegsResult(), QStringLiteral("first note")).id;
    const SavedSelfTest before = *store.find(gone);

    ASSERT_TRUE(store.remove(gone).ok);
    EXPECT_FALSE(store.find(gone).has_value());
    EXPECT_FALSE(store.remove(gone).ok);
    QSqlQuery legs(QSqlDatabase::database(store.connectionName(), false));
    ASSERT_TRUE(legs.exec(QStringLiteral("SELECT COUNT(*) FROM legs")) && legs.next());
    EXPECT_EQ(legs.value(0).toInt(), 1) << "a deleted self-test's legs go with it";

    ASSERT_TRUE(store.restore(before).ok);
    ASSERT_TRUE(store.find(gone).has_value());
    EXPECT_EQ(canonical(*store.find(gone)), canonical(before));

    ASSERT_TRUE(store.setNote(gone, QStringLiteral("second note")).ok);
    HistoryStore reopened(folder());
    EXPECT_EQ(reopened.find(gone)->note, QStringLiteral("second note"));
    EXPECT_TRUE(reopened.find(keep).has_value());
    EXPECT_FALSE(reopened.setNote(9999, QStringLiteral("x")).ok);
}

TEST_F(HistoryStoreTest, RestoringAfterTheIdWasReusedKeepsBoth)
{
    HistoryStore store(folder());
    const qint64 id = store.save({legResult(Level::Mild, Level::None)}, QStringLiteral("deleted")).id;
    const SavedSelfTest deleted = *store.find(id);
    ASSERT_TRUE(store.remove(id).ok);
    const Outcome newer = store.save({legResult(Level::None, Level::Mild)}, QStringLiteral("newer"));
    ASSERT_TRUE(newer.ok);
    const Outcome restored = store.restore(deleted);
    ASSERT_TRUE(restored.ok) << restored.message.toStdString();
    EXPECT_EQ(store.find(newer.id)->note, QStringLiteral("newer"));
    EXPECT_EQ(store.find(restored.id)->note, QStringLiteral("deleted"));
    EXPECT_EQ(store.all().size(), 2u);
}

TEST_F(HistoryStoreTest, RefusesToSaveNothing)
{
    HistoryStore store(folder());
    EXPECT_FALSE(store.save({}).ok);
    EXPECT_TRUE(store.all().empty());
}

// Each schema step on its own, from an empty file up.
TEST_F(HistoryStoreTest, MigrationStepsApplyInOrderAndOnlyInOrder)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    RawFile raw(file());
    QSqlDatabase database = raw.database();
    EXPECT_EQ(schemaVersion(database), 0);

    QString error;
    EXPECT_FALSE(applyMigration(database, 2, &error)) << "step 2 needs a file at version 1";
    EXPECT_EQ(schemaVersion(database), 0);
    EXPECT_FALSE(error.isEmpty());

    ASSERT_TRUE(applyMigration(database, 1, &error)) << error.toStdString();
    EXPECT_EQ(schemaVersion(database), 1);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('self_tests', 'legs')"))
                  .toInt(),
              2);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'self_tests_by_time'")).toInt(),
              0);

    ASSERT_TRUE(applyMigration(database, 2, &error)) << error.toStdString();
    EXPECT_EQ(schemaVersion(database), 2);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'self_tests_by_time'")).toInt(),
              1);

    ASSERT_TRUE(applyMigration(database, 3, &error)) << error.toStdString();
    EXPECT_EQ(schemaVersion(database), 3);
    EXPECT_EQ(
        raw.value(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('legs') WHERE name = 'where_area'")).toInt(),
        1);

    ASSERT_TRUE(applyMigration(database, 4, &error)) << error.toStdString();
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'measurements'")).toInt(), 1);

    ASSERT_TRUE(applyMigration(database, 5, &error)) << error.toStdString();
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('plans', 'plan_events')"))
                  .toInt(),
              2);

    EXPECT_FALSE(applyMigration(database, 6, &error)) << "there is no step beyond the latest";
    EXPECT_EQ(schemaVersion(database), HistoryStore::latestSchemaVersion());
}

// A history written by the release before "where does it hurt?" (schema 2, rule version 1; made by that
// build, see tests/data/README.md) opens in this one with every self-test as it was, and takes new ones.
TEST_F(HistoryStoreTest, ASchemaTwoFileFromThePreviousReleaseIsMigratedWithItsRecords)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CALFATLAS_TEST_DATA_DIR "/history-schema-2.sqlite"), file()));
    QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner);
    HistoryStore store(folder());
    ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    EXPECT_EQ(store.schemaVersion(), HistoryStore::latestSchemaVersion());
    QStringList problems;
    const std::vector<SavedSelfTest> tests = store.all(&problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(tests.size(), 4u);

    // Newest first: the clot risk with pain at rest, the warning signs, both legs, the hill session.
    EXPECT_EQ(tests[0].note, QStringLiteral("after the flight"));
    EXPECT_EQ(tests[0].legs.at(0).assessment.verdict, Verdict::SeekCare);
    EXPECT_EQ(tests[0].legs.at(0).assessment.redFlags, std::vector{RedFlag::ClotSigns});
    EXPECT_EQ(tests[0].legs.at(0).answers.clotRisk, true);
    EXPECT_EQ(tests[1].legs.at(0).assessment.urgency, Urgency::SameDay);
    EXPECT_EQ(tests[2].legs.size(), 2u);
    EXPECT_EQ(tests[2].legs.at(0).assessment.verdict, Verdict::Both);
    const SavedSelfTest &hill = tests[3];
    EXPECT_EQ(hill.note, QStringLiteral("Hill session"));
    EXPECT_EQ(hill.ruleVersion, 1);
    EXPECT_EQ(hill.takenAt, QDateTime(QDate(2026, 11, 2), QTime(7, 30), Qt::UTC));
    const LegResult &leg = hill.legs.at(0);
    EXPECT_EQ(leg.assessment.verdict, Verdict::Soleus);
    EXPECT_EQ(leg.assessment.confidence, Confidence::Likely);
    EXPECT_EQ(leg.answers.kneeToWallCm, 8.5);
    EXPECT_EQ(leg.answers.otherLegKneeToWallCm, 11.0);
    EXPECT_EQ(leg.answers.context.strike, Strike::Forefoot);
    // Never asked then: unknown, not an error.
    EXPECT_FALSE(leg.answers.where.has_value());
    EXPECT_FALSE(leg.assessment.where.has_value());
    for (const SavedSelfTest &test : tests) {
        for (const LegResult &each : test.legs)
            EXPECT_FALSE(each.assessment.headline.isEmpty());
    }

    // And it takes a new self-test with the new answer, which the column carries too.
    LegResult heel = legResult(Level::None, Level::None);
    heel.answers.where = Area::Heel;
    heel.assessment = assess(heel.answers, calfatlas::test::builtInSelfTest());
    const Outcome saved = store.save({heel});
    ASSERT_TRUE(saved.ok) << saved.message.toStdString();
    EXPECT_EQ(store.find(saved.id)->legs.at(0).answers.where, Area::Heel);
    EXPECT_EQ(store.find(saved.id)->legs.at(0).assessment.verdict, Verdict::Elsewhere);
    EXPECT_EQ(store.all().size(), 5u);
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

// A file written by the first schema keeps its self-tests when a newer build opens it.
TEST_F(HistoryStoreTest, AVersionOneFileIsMigratedWithItsRecords)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const LegResult leg = legResult(Level::Moderate, Level::None, Side::Right, 9.0);
    {
        RawFile raw(file());
        QSqlDatabase database = raw.database();
        ASSERT_TRUE(applyMigration(database, 1));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO self_tests VALUES (7, '2025-11-02T07:00:00.000Z', '0.1.0', 1, "
                                            "'old note', 1)")));
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral("INSERT INTO legs VALUES (7, 0, 'right', 'moderate', 'none', 9.0, 'soleus', "
                                      "'likely', '', ?, ?)"));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(assessment::toJson(leg.answers)).toJson()));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(storedJson(leg.assessment)).toJson()));
        ASSERT_TRUE(insert.exec());
    }
    HistoryStore store(folder());
    ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    EXPECT_EQ(store.schemaVersion(), HistoryStore::latestSchemaVersion());
    const std::vector<SavedSelfTest> tests = store.all();
    ASSERT_EQ(tests.size(), 1u);
    EXPECT_EQ(tests[0].id, 7);
    EXPECT_EQ(tests[0].note, QStringLiteral("old note"));
    EXPECT_EQ(tests[0].takenAt, QDateTime(QDate(2025, 11, 2), QTime(7, 0), Qt::UTC));
    EXPECT_EQ(tests[0].legs.at(0).answers.kneeToWallCm, 9.0);
    EXPECT_TRUE(store.save({leg}).ok);
}

// A history written before measurements were kept (schema 3, with "where"; see tests/data/README.md) opens
// with its self-tests as they were, and takes measurements.
TEST_F(HistoryStoreTest, ASchemaThreeFileFromThePreviousReleaseIsMigratedWithItsRecords)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CALFATLAS_TEST_DATA_DIR "/history-schema-3.sqlite"), file()));
    QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner);
    HistoryStore store(folder());
    ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    EXPECT_EQ(store.schemaVersion(), HistoryStore::latestSchemaVersion());
    QStringList problems;
    const std::vector<SavedSelfTest> tests = store.all(&problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(tests.size(), 5u);
    const SavedSelfTest &newest = tests[0];
    EXPECT_EQ(newest.note, QStringLiteral("after the long run"));
    EXPECT_EQ(newest.ruleVersion, 2);
    ASSERT_EQ(newest.legs.size(), 2u);
    EXPECT_EQ(newest.legs[0].answers.where, Area::Achilles);
    EXPECT_EQ(newest.legs[0].assessment.verdict, Verdict::Elsewhere);
    EXPECT_EQ(newest.legs[1].answers.where, Area::UpperCalf);
    EXPECT_EQ(newest.legs[1].assessment.confidence, Confidence::Possible);
    EXPECT_TRUE(store.measurements().empty());

    const QDateTime when(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
    ASSERT_TRUE(
        store.saveMeasurement(calfatlas::measure::Test::HeelRaise, 22.0, 27.0, calfatlas::measure::Sex::Female, when)
            .ok);
    const std::vector<SavedMeasurement> saved = store.measurements();
    ASSERT_EQ(saved.size(), 2u);
    EXPECT_EQ(saved[0].side, Side::Left);
    EXPECT_EQ(saved[0].value, 22.0);
    EXPECT_EQ(saved[1].value, 27.0);
    EXPECT_EQ(saved[0].sex, calfatlas::measure::Sex::Female);
    EXPECT_EQ(saved[0].takenAt, when);
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

// A history written before the plan was kept (schema 4, with measurements; see tests/data/README.md) opens
// with its self-tests and measurements as they were, and takes a plan.
TEST_F(HistoryStoreTest, ASchemaFourFileFromThePreviousReleaseIsMigratedWithItsRecords)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CALFATLAS_TEST_DATA_DIR "/history-schema-4.sqlite"), file()));
    QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner);
    HistoryStore store(folder());
    ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    EXPECT_EQ(store.schemaVersion(), 5);
    QStringList problems;
    const std::vector<SavedSelfTest> tests = store.all(&problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(tests.size(), 2u);
    EXPECT_EQ(tests[1].note, QStringLiteral("before the plan"));
    EXPECT_EQ(tests[1].legs[0].answers.where, Area::UpperCalf);
    EXPECT_EQ(tests[0].legs[0].answers.redFlags, std::vector<RedFlag>{RedFlag::SuddenPop});
    const std::vector<SavedMeasurement> measurements = store.measurements();
    ASSERT_EQ(measurements.size(), 4u);
    EXPECT_EQ(measurements[0].value, 18.0);
    EXPECT_EQ(measurements[1].value, 27.0);
    EXPECT_EQ(measurements[3].value, 11.0);
    EXPECT_TRUE(store.plans().empty());

    const QDate started(2026, 12, 7);
    const Outcome plan = store.startPlan(Side::Left, started);
    ASSERT_TRUE(plan.ok) << plan.message.toStdString();
    calfatlas::plan::Event session;
    session.date = started;
    session.pain = 3;
    session.minutes = 20;
    ASSERT_TRUE(store.addPlanEvent(plan.id, session, 1).ok);
    const std::optional<calfatlas::plan::Plan> active = store.activePlan();
    ASSERT_TRUE(active);
    EXPECT_EQ(active->leg, Side::Left);
    EXPECT_EQ(active->started, started);
    ASSERT_EQ(active->events.size(), 1u);
    EXPECT_EQ(active->events[0].pain, 3);
    EXPECT_EQ(active->events[0].minutes, 20);
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

// Measurements: one row per leg, oldest first, filtered by test; invalid values are refused; a measurement
// can be removed again (undo of a save).
TEST_F(HistoryStoreTest, MeasurementsAreKeptPerLegAndReadBackOldestFirst)
{
    using calfatlas::measure::Test;
    HistoryStore store(folder());
    const QDateTime first(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const QDateTime second(QDate(2026, 11, 15), QTime(9, 0), Qt::UTC);
    ASSERT_TRUE(store.saveMeasurement(Test::KneeToWall, 8.5, 11.0, std::nullopt, second).ok);
    ASSERT_TRUE(store.saveMeasurement(Test::HeelRaise, 18.0, std::nullopt, std::nullopt, first).ok);
    EXPECT_FALSE(store.saveMeasurement(Test::HeelRaise, 12.5, 20.0, std::nullopt).ok) << "raises are whole";
    EXPECT_FALSE(store.saveMeasurement(Test::KneeToWall, 30.0, 10.0, std::nullopt).ok) << "over 25 cm";
    EXPECT_FALSE(store.saveMeasurement(Test::KneeToWall, std::nullopt, std::nullopt, std::nullopt).ok);

    const std::vector<SavedMeasurement> all = store.measurements();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].test, Test::HeelRaise);
    EXPECT_EQ(all[0].takenAt, first);
    const std::vector<SavedMeasurement> distances = store.measurements(Test::KneeToWall);
    ASSERT_EQ(distances.size(), 2u);
    EXPECT_EQ(distances[0].side, Side::Left);
    EXPECT_EQ(distances[1].side, Side::Right);
    EXPECT_EQ(distances[1].value, 11.0);
    EXPECT_FALSE(distances[0].sex.has_value());
    EXPECT_EQ(QFileInfo(file()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

    EXPECT_TRUE(store.removeMeasurement(Test::KneeToWall, second).ok);
    EXPECT_EQ(store.measurements().size(), 1u);
    EXPECT_FALSE(store.removeMeasurement(Test::KneeToWall, second).ok);
    // The self-tests are untouched by all this.
    EXPECT_TRUE(store.all().empty());
}

TEST_F(HistoryStoreTest, ANewerFileIsOpenedReadOnlyAndNeverRewritten)
{
    {
        HistoryStore store(folder());
        ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}, QStringLiteral("kept")).ok);
    }
    {
        RawFile raw(file());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(file());
    {
        HistoryStore store(folder());
        EXPECT_EQ(store.state(), HistoryStore::State::ReadOnly);
        EXPECT_TRUE(store.notice().contains(QStringLiteral("newer version"))) << store.notice().toStdString();
        EXPECT_TRUE(store.notice().contains(file()));
        ASSERT_EQ(store.all().size(), 1u);
        EXPECT_EQ(store.all()[0].note, QStringLiteral("kept"));
        const Outcome save = store.save({legResult(Level::None, Level::Mild)});
        EXPECT_FALSE(save.ok);
        EXPECT_TRUE(save.message.contains(QStringLiteral("read-only"))) << save.message.toStdString();
        EXPECT_FALSE(store.remove(store.all()[0].id).ok);
        EXPECT_FALSE(store.setNote(store.all()[0].id, QStringLiteral("changed")).ok);
    }
    EXPECT_EQ(fileHash(file()), before);
    RawFile raw(file());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

// A newer version that stopped with changes still in its write-ahead log: opening must not checkpoint them
// into the file either.
TEST_F(HistoryStoreTest, ANewerFileWithAPendingJournalIsNotCheckpointed)
{
    const QString crashed = dir.filePath(QStringLiteral("crashed"));
    ASSERT_TRUE(QDir().mkpath(crashed));
    {
        HistoryStore store(folder());
        ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
    }
    {
        RawFile raw(file());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE self_tests SET note = 'from the future'")));
        // A copy taken while the log still holds the changes is what a crash leaves.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            ASSERT_TRUE(QFile::copy(file() + suffix, QDir(crashed).filePath(HistoryStore::fileName()) + suffix));
    }
    const QString crashedFile = QDir(crashed).filePath(HistoryStore::fileName());
    const QByteArray before = fileHash(crashedFile);
    {
        HistoryStore store(crashed);
        EXPECT_EQ(store.state(), HistoryStore::State::ReadOnly) << store.notice().toStdString();
        ASSERT_EQ(store.all().size(), 1u);
        EXPECT_EQ(store.all()[0].note, QStringLiteral("from the future")) << "the log's changes are read";
    }
    EXPECT_EQ(fileHash(crashedFile), before) << "the file itself was not written";
}

TEST_F(HistoryStoreTest, AFileThatIsNoDatabaseIsMovedAsideAndAFreshOneStarted)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QByteArray garbage = QByteArrayLiteral("these are not the bytes of a database\n").repeated(200);
    {
        QFile bad(file());
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write(garbage);
    }
    HistoryStore store(folder());
    ASSERT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    ASSERT_FALSE(store.movedAsidePath().isEmpty());
    EXPECT_TRUE(QFileInfo(store.movedAsidePath()).fileName().startsWith(QStringLiteral("history.corrupt-")));
    EXPECT_TRUE(store.movedAsidePath().endsWith(QStringLiteral(".sqlite")));
    EXPECT_TRUE(store.notice().contains(store.movedAsidePath())) << store.notice().toStdString();
    QFile aside(store.movedAsidePath());
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), garbage) << "the old file is kept as it was";
    EXPECT_TRUE(store.all().empty());
    EXPECT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
}

TEST_F(HistoryStoreTest, ADamagedDatabaseIsMovedAsideToo)
{
    {
        HistoryStore store(folder());
        for (int i = 0; i < 40; ++i)
            ASSERT_TRUE(store.save(bothLegsResult(), QString(400, QLatin1Char('n'))).ok);
    }
    ASSERT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal"))) << "closing checkpoints the journal";
    {
        QFile damaged(file());
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        constexpr qint64 kPage = 4096;
        ASSERT_GT(damaged.size(), 4 * kPage);
        damaged.seek(2 * kPage);
        damaged.write(QByteArray(2 * kPage, '\x5a'));
    }
    HistoryStore store(folder());
    EXPECT_EQ(store.state(), HistoryStore::State::Ready) << store.notice().toStdString();
    EXPECT_FALSE(store.movedAsidePath().isEmpty()) << store.notice().toStdString();
    EXPECT_TRUE(QFileInfo::exists(store.movedAsidePath()));
    EXPECT_TRUE(store.all().empty());
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

// Makes a folder unwritable, also for root (who ignores permission bits) where the file system allows.
bool makeUnwritable(const QString &folder)
{
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder});
    QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        return false;
    }
    return true;
}

void makeWritable(const QString &folder)
{
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(HistoryStoreTest, AReadOnlyFolderMeansNoHistoryAndAClearMessage)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    if (!makeUnwritable(folder()))
        GTEST_SKIP() << "this file system lets the tests write to a read-only folder";
    HistoryStore store(folder());
    const Outcome save = store.save({legResult(Level::Mild, Level::None)});
    makeWritable(folder());
    EXPECT_EQ(store.state(), HistoryStore::State::Unavailable);
    EXPECT_TRUE(store.notice().contains(file())) << store.notice().toStdString();
    EXPECT_FALSE(save.ok);
    EXPECT_TRUE(save.message.startsWith(QStringLiteral("Not saved"))) << save.message.toStdString();
    EXPECT_TRUE(store.all().empty());
}

TEST_F(HistoryStoreTest, AnExistingHistoryInAReadOnlyFolderIsStillShown)
{
    {
        HistoryStore store(folder());
        ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
        // Leave the file in rollback-journal mode so that it can be read without writing beside it.
        QSqlQuery(QSqlDatabase::database(store.connectionName(), false))
            .exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    if (!makeUnwritable(folder()))
        GTEST_SKIP() << "this file system lets the tests write to a read-only folder";
    std::size_t shown = 0;
    Outcome save;
    HistoryStore::State state;
    {
        HistoryStore store(folder());
        state = store.state();
        shown = store.all().size();
        save = store.save({legResult(Level::None, Level::Mild)});
    }
    makeWritable(folder());
    EXPECT_EQ(state, HistoryStore::State::ReadOnly);
    EXPECT_EQ(shown, 1u);
    EXPECT_FALSE(save.ok);
}

// A full disk, made real for SQLite by capping the file at its current size.
TEST_F(HistoryStoreTest, AFullDiskFailsTheSaveAndKeepsEarlierOnes)
{
    HistoryStore store(folder());
    ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();
    Outcome outcome;
    for (int i = 0; i < 50 && (outcome = store.save(bothLegsResult(), QString(3000, QLatin1Char('x')))).ok; ++i) {
    }
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("full"))) << outcome.message.toStdString();
    const std::size_t kept = store.all().size();
    EXPECT_GE(kept, 1u);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    EXPECT_TRUE(store.save({legResult(Level::None, Level::Mild)}).ok) << "the next try works once there is room";
    EXPECT_EQ(store.all().size(), kept + 1);
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

TEST_F(HistoryStoreTest, NamesRowsThatCannotBeReadAndShowsTheRest)
{
    HistoryStore store(folder());
    const qint64 good = store.save({legResult(Level::Mild, Level::None)}).id;
    const qint64 bad = store.save({legResult(Level::None, Level::Mild)}).id;
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE legs SET result_json = '{\"verdict\": \"nonsense\"}' "
                                          "WHERE self_test_id = %1")
                               .arg(bad)));
    QStringList problems;
    const std::vector<SavedSelfTest> tests = store.all(&problems);
    ASSERT_EQ(tests.size(), 1u);
    EXPECT_EQ(tests[0].id, good);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].startsWith(QStringLiteral("self-test %1 cannot be read").arg(bad)))
        << problems[0].toStdString();
}

} // namespace
