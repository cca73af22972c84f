// SPDX-License-Identifier: MIT
// The study store: reviews are kept under the card's id across a change of the deck, the file is the person's
// own, and a file it cannot read or may not write is handled as the history handles it.
#include "learn/studystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::learn;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
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
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name = QStringLiteral("raw-study-%1").arg(quintptr(this));
};

class StudyStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString folder() const { return dir.filePath(QStringLiteral("data")); }
    QString file() const { return QDir(folder()).filePath(StudyStore::fileName()); }
    const QDate day{2026, 3, 1};
};

TEST_F(StudyStoreTest, AReviewIsKeptWithItsScheduleAndReadBackByANewStore)
{
    CardState after;
    {
        StudyStore store(folder());
        ASSERT_EQ(store.state(), StudyStore::State::Ready) << store.notice().toStdString();
        ASSERT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Good, day, &after).ok);
        EXPECT_EQ(after.due, day.addDays(fsrs::schedule(std::nullopt, 0, fsrs::Rating::Good).intervalDays));
    }
    StudyStore store(folder());
    const QHash<QString, CardState> states = store.states();
    ASSERT_EQ(states.size(), 1);
    const CardState kept = states.value(QStringLiteral("origin:soleus"));
    EXPECT_DOUBLE_EQ(kept.memory.stability, after.memory.stability);
    EXPECT_DOUBLE_EQ(kept.memory.difficulty, after.memory.difficulty);
    EXPECT_EQ(kept.due, after.due);
    EXPECT_EQ(kept.firstReview, day);
    EXPECT_EQ(store.newCardsBegunOn(day), 1);
    EXPECT_EQ(store.newCardsBegunOn(day.addDays(1)), 0);
}

TEST_F(StudyStoreTest, TheSecondReviewUsesTheDaysSinceTheFirst)
{
    StudyStore store(folder());
    const QString id = QStringLiteral("click:soleus");
    CardState after;
    ASSERT_TRUE(store.review(id, fsrs::Rating::Good, day).ok);
    ASSERT_TRUE(store.review(id, fsrs::Rating::Hard, day.addDays(4), &after).ok);
    const QList<fsrs::Scheduled> expected = fsrs::scheduleSequence({{fsrs::Rating::Good, 0}, {fsrs::Rating::Hard, 4}});
    EXPECT_DOUBLE_EQ(after.memory.stability, expected.last().state.stability);
    EXPECT_EQ(after.due, day.addDays(4 + expected.last().intervalDays));
    EXPECT_EQ(store.states().value(id).reviews, 2);
    EXPECT_EQ(store.reviewCount(), 2);
    EXPECT_EQ(store.newCardsBegunOn(day.addDays(4)), 0) << "a card begins once";
}

TEST_F(StudyStoreTest, ACardsMemorySurvivesItsLeavingAndComingBackToTheDeck)
{
    {
        StudyStore store(folder());
        ASSERT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Easy, day).ok);
        ASSERT_TRUE(store.review(QStringLiteral("innervated_by:soleus"), fsrs::Rating::Good, day).ok);
    }
    // A deck without the relation card, then with it again: the store keeps whatever it was given.
    const QList<StudyCard> without{{QStringLiteral("origin:soleus"), {}}};
    StudyStore store(folder());
    const QHash<QString, CardState> states = store.states();
    EXPECT_EQ(planDay(without, states, day.addDays(400), 0, 0).order, QStringList{QStringLiteral("origin:soleus")});
    EXPECT_TRUE(states.contains(QStringLiteral("innervated_by:soleus")));
    const QList<StudyCard> with = without + QList<StudyCard>{{QStringLiteral("innervated_by:soleus"), {}}};
    EXPECT_EQ(planDay(with, states, day.addDays(400), 0, 0).order.size(), 2);
}

TEST_F(StudyStoreTest, TheFileAndANewFolderAreThePersonsOwn)
{
    StudyStore store(folder());
    ASSERT_EQ(store.state(), StudyStore::State::Ready);
    EXPECT_EQ(QFileInfo(file()).permissions() &
                  (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_EQ(QFileInfo(folder()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
              QFile::Permissions());
    RawFile raw(file());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(StudyStoreTest, AFileThatIsNoDatabaseIsMovedAsideAndAFreshOneStarted)
{
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QByteArray garbage = QByteArrayLiteral("not a database at all\n").repeated(300);
    {
        QFile bad(file());
        ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
        bad.write(garbage);
    }
    StudyStore store(folder());
    ASSERT_EQ(store.state(), StudyStore::State::Ready) << store.notice().toStdString();
    ASSERT_TRUE(QFileInfo(store.movedAsidePath()).fileName().startsWith(QStringLiteral("study.corrupt-")));
    EXPECT_TRUE(store.notice().contains(store.movedAsidePath())) << store.notice().toStdString();
    QFile aside(store.movedAsidePath());
    ASSERT_TRUE(aside.open(QIODevice::ReadOnly));
    EXPECT_EQ(aside.readAll(), garbage) << "the old file is kept as it was";
    EXPECT_TRUE(store.states().isEmpty());
    EXPECT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Good, day).ok);
}

TEST_F(StudyStoreTest, ADamagedDatabaseIsMovedAsideToo)
{
    {
        StudyStore store(folder());
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE(store
                            .review(QStringLiteral("click:%1-%2").arg(i).arg(QString(60, QLatin1Char('x'))),
                                    fsrs::Rating::Good, day)
                            .ok);
    }
    {
        QFile damaged(file());
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        constexpr qint64 kPage = 4096;
        ASSERT_GT(damaged.size(), 4 * kPage);
        damaged.seek(2 * kPage);
        damaged.write(QByteArray(2 * kPage, '\x5a'));
    }
    StudyStore store(folder());
    EXPECT_EQ(store.state(), StudyStore::State::Ready) << store.notice().toStdString();
    EXPECT_TRUE(QFileInfo::exists(store.movedAsidePath())) << store.notice().toStdString();
    EXPECT_TRUE(store.states().isEmpty());
    EXPECT_EQ(store.integrityCheck(), QStringLiteral("ok"));
}

TEST_F(StudyStoreTest, ANewerFileIsReadButNeverWritten)
{
    {
        StudyStore store(folder());
        ASSERT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Good, day).ok);
    }
    {
        RawFile raw(file());
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = fileHash(file());
    {
        StudyStore store(folder());
        EXPECT_EQ(store.state(), StudyStore::State::ReadOnly);
        EXPECT_TRUE(store.notice().contains(QStringLiteral("newer version"))) << store.notice().toStdString();
        EXPECT_EQ(store.states().size(), 1);
        const StudyOutcome outcome = store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Good, day);
        EXPECT_FALSE(outcome.ok);
        EXPECT_TRUE(outcome.message.startsWith(QStringLiteral("Not saved"))) << outcome.message.toStdString();
    }
    EXPECT_EQ(fileHash(file()), before);
}

TEST_F(StudyStoreTest, ARowThatCannotBeReadIsNamedAndLeftOut)
{
    {
        StudyStore store(folder());
        ASSERT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Good, day).ok);
        ASSERT_TRUE(store.review(QStringLiteral("origin:plantaris"), fsrs::Rating::Good, day).ok);
    }
    {
        RawFile raw(file());
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE cards SET due = 'someday' WHERE id = 'origin:plantaris'")));
    }
    StudyStore store(folder());
    QStringList problems;
    const QHash<QString, CardState> states = store.states(&problems);
    EXPECT_EQ(states.keys(), QStringList{QStringLiteral("origin:soleus")});
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(QStringLiteral("origin:plantaris"))) << problems.first().toStdString();
    EXPECT_TRUE(problems.first().contains(file()));
}

} // namespace
