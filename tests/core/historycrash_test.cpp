// SPDX-License-Identifier: MIT
// Kills a process that is saving to the history at random moments (SIGKILL, with a fixed seed) and checks
// after every kill that the file is sound and every self-test in it is whole.
#include "history/historystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>
#include <thread>

using namespace calfatlas::history;

namespace {

// Whether a note is the whole of what the writer wrote: "note R length N " followed by filler to N characters.
bool noteIsWhole(const QString &note)
{
    static const QRegularExpression head(QStringLiteral("^note (\\d+) length (\\d+) "));
    const QRegularExpressionMatch match = head.match(note);
    return match.hasMatch() && note.size() == match.captured(2).toInt();
}

TEST(HistoryCrash, KillingAWriterAtRandomMomentsNeverCorruptsTheFile)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("history"));
    std::mt19937 random(20260301);
    std::uniform_int_distribution<int> delayFromStartMs(5, 150);
    std::uniform_int_distribution<int> delayIntoSavingMs(0, 40);
    QSet<qint64> committed;
    int kills = 0;
    int killedMidRun = 0;
    QElapsedTimer timer;
    timer.start();
    // Always the same 40 rounds: a slow machine takes longer, it does not kill fewer times.
    constexpr int kRounds = 40;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CALFATLAS_HISTORY_WRITER), {folder});
        ASSERT_TRUE(writer.waitForStarted(60000));
        // Half the kills at any moment from start-up (opening, migrating, saving), half once saves are under
        // way, however slow the machine is.
        if (round % 2 == 0) {
            ASSERT_TRUE(writer.waitForReadyRead(60000)) << writer.readAllStandardError().toStdString();
            std::this_thread::sleep_for(std::chrono::milliseconds(delayIntoSavingMs(random)));
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayFromStartMs(random)));
        }
        const bool wasRunning = writer.state() == QProcess::Running;
        writer.kill(); // SIGKILL
        ASSERT_TRUE(writer.waitForFinished(60000));
        ++kills;
        const QString out = QString::fromUtf8(writer.readAllStandardOutput());
        // A line cut short by the kill was not reported as saved.
        const QString reported = out.left(out.lastIndexOf(QLatin1Char('\n')) + 1);
        ASSERT_TRUE(wasRunning && writer.exitStatus() == QProcess::CrashExit)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();
        int savedThisRun = 0;
        for (const QString &line : reported.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            committed.insert(line.section(QLatin1Char(' '), 1).toLongLong());
            ++savedThisRun;
        }
        killedMidRun += savedThisRun > 0 ? 1 : 0;

        HistoryStore store(folder);
        ASSERT_EQ(store.state(), HistoryStore::State::Ready)
            << "after kill " << kills << ": " << store.notice().toStdString();
        ASSERT_TRUE(store.movedAsidePath().isEmpty()) << "after kill " << kills;
        ASSERT_EQ(store.integrityCheck(), QStringLiteral("ok")) << "after kill " << kills;
        QStringList problems;
        const std::vector<SavedSelfTest> tests = store.all(&problems);
        ASSERT_TRUE(problems.isEmpty()) << "after kill " << kills << ": "
                                        << problems.join(QLatin1Char('\n')).toStdString();
        QSet<qint64> stored;
        for (const SavedSelfTest &test : tests) {
            stored.insert(test.id);
            ASSERT_TRUE(noteIsWhole(test.note)) << "self-test " << test.id << " has a torn note";
            ASSERT_FALSE(test.legs.empty());
        }
        for (qint64 id : committed)
            ASSERT_TRUE(stored.contains(id)) << "self-test " << id << " was committed and is gone after kill " << kills;
        // At most the save in flight may be there without having been reported.
        ASSERT_LE(stored.size(), committed.size() + kills);
    }
    EXPECT_EQ(kills, kRounds);
    // Every other kill waits for a reported save, however slow the machine: at least half land mid-run, and
    // each of those rounds committed at least one self-test.
    EXPECT_GE(killedMidRun, kRounds / 2) << "half the kills land while saves are under way";
    EXPECT_GE(committed.size(), size_t(kRounds / 2));
    std::printf("[          ] %d kills, %d during saves, %lld self-tests committed, %lld ms\n", kills, killedMidRun,
                static_cast<long long>(committed.size()), static_cast<long long>(timer.elapsed()));
}

} // namespace
