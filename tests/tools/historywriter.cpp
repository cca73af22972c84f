// SPDX-License-Identifier: MIT
// Saves self-tests into a history folder as fast as it can, printing "saved ID" after each commit, until it
// is killed (or after a time limit). The crash test kills it at random moments and checks the file.
#include "history/historystore.h"
#include "historyfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace calfatlas;

// Every note says how long it is, so a reader can tell a whole note from a torn one.
QString noteFor(int round)
{
    const int length = 200 + (round * 733) % 3000;
    const QString head = QStringLiteral("note %1 length %2 ").arg(round).arg(length);
    return head + QString(length - head.size(), QLatin1Char('a' + round % 26));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: calfatlas-history-writer FOLDER\n");
        return 2;
    }
    history::HistoryStore store(QString::fromLocal8Bit(argv[1]));
    if (store.state() != history::HistoryStore::State::Ready) {
        std::fprintf(stderr, "%s\n", qPrintable(store.notice()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    // A safety net only: the crash test kills it long before, however slow the machine.
    for (int round = 0; timer.elapsed() < 120000; ++round) {
        const auto legs = round % 2 ? test::bothLegsResult()
                                    : std::vector{test::legResult(assessment::Level::Mild, assessment::Level::None)};
        const history::Outcome outcome = store.save(legs, noteFor(round));
        if (!outcome.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
            return 1;
        }
        std::printf("saved %lld\n", static_cast<long long>(outcome.id));
        std::fflush(stdout);
    }
    return 0;
}
