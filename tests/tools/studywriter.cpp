// SPDX-License-Identifier: MIT
// Reviews cards in a study folder as fast as it can, printing "reviewed CARD N" after each commit (N: that
// card's reviews so far), until it is killed (or after a time limit). The crash test kills it at random moments.
#include "learn/studystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace calfatlas::learn;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: calfatlas-study-writer FOLDER\n");
        return 2;
    }
    StudyStore store(QString::fromLocal8Bit(argv[1]));
    if (store.state() != StudyStore::State::Ready) {
        std::fprintf(stderr, "%s\n", qPrintable(store.notice()));
        return 1;
    }
    const QDate start(2026, 3, 1);
    QElapsedTimer timer;
    timer.start();
    // A safety net only: the crash test kills it long before, however slow the machine.
    for (int round = 0; timer.elapsed() < 120000; ++round) {
        const QString id = QStringLiteral("origin:card-%1").arg(round % 17);
        CardState after;
        const StudyOutcome outcome = store.review(id, fsrs::Rating(1 + round % 4), start.addDays(round / 17), &after);
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
            return 1;
        }
        std::printf("reviewed %s %d\n", qPrintable(id), after.reviews);
        std::fflush(stdout);
    }
    return 0;
}
