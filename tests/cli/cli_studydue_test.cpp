// SPDX-License-Identifier: MIT
// `calfatlas-cli study due`: the due cards of the study saved in the data folder, with a folder of the test's
// own (XDG_DATA_HOME), reviewed through the same store the app uses.
#include "cliprocess.h"
#include "learn/studystore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;
using namespace calfatlas::learn;

namespace {

class CliStudyDue : public testing::Test {
protected:
    QTemporaryDir home;
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        return env;
    }
    CliRun due(const QString &date, bool json = true) const
    {
        QStringList arguments{QStringLiteral("study"), QStringLiteral("due"), QStringLiteral("--date"), date};
        if (json)
            arguments << QStringLiteral("--json");
        return runCli(arguments, environment());
    }
    // The study folder calfatlas-cli uses under this XDG_DATA_HOME, found after a first run created it.
    QString studyFolder() const
    {
        QDirIterator files(home.path(), {StudyStore::fileName()}, QDir::Files, QDirIterator::Subdirectories);
        return files.hasNext() ? QFileInfo(files.next()).absolutePath() : QString();
    }
};

TEST_F(CliStudyDue, NothingStudiedMeansNothingDue)
{
    const CliRun run = due(QStringLiteral("2026-03-01"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-01"));
    EXPECT_EQ(run.json().value(QStringLiteral("studied")).toInt(), 0);
    EXPECT_TRUE(run.json().value(QStringLiteral("due")).toArray().isEmpty());
    const QString folder = studyFolder();
    ASSERT_FALSE(folder.isEmpty());
    EXPECT_TRUE(folder.startsWith(home.path()));
}

TEST_F(CliStudyDue, ListsTheSavedCardsWhoseDayHasComeMostOverdueFirst)
{
    ASSERT_EQ(due(QStringLiteral("2026-03-01")).exitCode, 0);
    const QDate day(2026, 3, 1);
    CardState soleus;
    CardState easy;
    {
        StudyStore store(studyFolder());
        ASSERT_TRUE(store.review(QStringLiteral("origin:soleus"), fsrs::Rating::Again, day, &soleus).ok);
        ASSERT_TRUE(store.review(QStringLiteral("click:soleus"), fsrs::Rating::Good, day).ok);
        ASSERT_TRUE(store.review(QStringLiteral("joints:soleus"), fsrs::Rating::Easy, day, &easy).ok);
        ASSERT_TRUE(store.review(QStringLiteral("origin:no-such-structure"), fsrs::Rating::Again, day).ok);
    }
    ASSERT_LT(soleus.due, easy.due);
    const CliRun run = due(soleus.due.toString(Qt::ISODate));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("studied")).toInt(), 3) << "a card not in the deck is not counted";
    const QJsonArray list = run.json().value(QStringLiteral("due")).toArray();
    ASSERT_GE(list.size(), 1);
    const QJsonObject first = list.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("origin:soleus"));
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("origin"));
    EXPECT_EQ(first.value(QStringLiteral("structure")).toString(), QStringLiteral("soleus"));
    EXPECT_FALSE(first.value(QStringLiteral("prompt")).toString().isEmpty());
    EXPECT_EQ(first.value(QStringLiteral("due")).toString(), soleus.due.toString(Qt::ISODate));
    EXPECT_NEAR(first.value(QStringLiteral("recall")).toDouble(), recallProbability(soleus, soleus.due), 1e-9);
    for (const auto &entry : list)
        EXPECT_NE(entry.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("joints:soleus"));

    const CliRun later = due(easy.due.toString(Qt::ISODate));
    ASSERT_EQ(later.exitCode, 0);
    EXPECT_EQ(later.json().value(QStringLiteral("due")).toArray().size(), 3);

    const CliRun text = due(easy.due.toString(Qt::ISODate), false);
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("CalfAtlas: 3 of 3 studied cards due on ")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("origin:soleus")));
}

TEST_F(CliStudyDue, AnUnreadableFileIsMovedAsideWithOneLineOnStderr)
{
    ASSERT_EQ(due(QStringLiteral("2026-03-01")).exitCode, 0);
    {
        QFile file(QDir(studyFolder()).filePath(StudyStore::fileName()));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("garbage ").repeated(500));
    }
    const CliRun run = due(QStringLiteral("2026-03-01"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("study.corrupt-"))) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("due")).toArray().isEmpty());
}

} // namespace
