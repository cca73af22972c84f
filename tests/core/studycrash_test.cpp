// SPDX-License-Identifier: MIT
// Kills a process that is reviewing cards at random moments (SIGKILL, with a fixed seed) and checks after every
// kill that the study file is sound, that every review reported as saved is there, and that each card's state
// agrees with its logged reviews (both are written in one transaction).
#include "learn/studystore.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>
#include <thread>

using namespace calfatlas::learn;

namespace {

// How many reviews the log holds for each card.
QHash<QString, int> loggedReviews(const QString &path)
{
    QHash<QString, int> counts;
    const QString name = QStringLiteral("study-crash-reader");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (database.open()) {
            QSqlQuery query(database);
            query.exec(QStringLiteral("SELECT card_id, COUNT(*) FROM reviews GROUP BY card_id"));
            while (query.next())
                counts.insert(query.value(0).toString(), query.value(1).toInt());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

TEST(StudyCrash, KillingAReviewerAtRandomMomentsNeverCorruptsTheFileOrLosesACommittedReview)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("study"));
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> delayFromStartMs(5, 150);
    std::uniform_int_distribution<int> delayIntoReviewingMs(0, 40);
    QHash<QString, int> reported; // the most reviews reported as saved, per card
    int kills = 0;
    int reportedTotal = 0;
    constexpr int kRounds = 30;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CALFATLAS_STUDY_WRITER), {folder});
        ASSERT_TRUE(writer.waitForStarted(60000));
        if (round % 2 == 0) {
            ASSERT_TRUE(writer.waitForReadyRead(60000)) << writer.readAllStandardError().toStdString();
            std::this_thread::sleep_for(std::chrono::milliseconds(delayIntoReviewingMs(random)));
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayFromStartMs(random)));
        }
        ASSERT_EQ(writer.state(), QProcess::Running) << writer.readAllStandardError().toStdString();
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(60000));
        ++kills;
        const QString out = QString::fromUtf8(writer.readAllStandardOutput());
        for (const QString &line :
             out.left(out.lastIndexOf(QLatin1Char('\n')) + 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char(' '));
            ASSERT_EQ(parts.size(), 3) << line.toStdString();
            reported[parts.at(1)] = std::max(reported.value(parts.at(1)), parts.at(2).toInt());
            ++reportedTotal;
        }

        StudyStore store(folder);
        ASSERT_EQ(store.state(), StudyStore::State::Ready)
            << "after kill " << kills << ": " << store.notice().toStdString();
        ASSERT_TRUE(store.movedAsidePath().isEmpty()) << "after kill " << kills;
        ASSERT_EQ(store.integrityCheck(), QStringLiteral("ok")) << "after kill " << kills;
        QStringList problems;
        const QHash<QString, CardState> states = store.states(&problems);
        ASSERT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        const QHash<QString, int> logged = loggedReviews(store.filePath());
        for (auto it = reported.cbegin(); it != reported.cend(); ++it)
            ASSERT_GE(states.value(it.key()).reviews, it.value()) << it.key().toStdString() << " lost a review";
        for (const CardState &state : states)
            ASSERT_EQ(state.reviews, logged.value(state.id)) << state.id.toStdString() << " after kill " << kills;
        // At most the review in flight may be there without having been reported.
        ASSERT_LE(store.reviewCount(), reportedTotal + kills);
    }
    EXPECT_GE(reportedTotal, kRounds / 2);
    std::printf("[          ] %d kills, %d reviews reported saved\n", kills, reportedTotal);
}

} // namespace
