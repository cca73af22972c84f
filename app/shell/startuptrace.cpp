// SPDX-License-Identifier: MIT
#include "startuptrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace calfatlas::app {

double millisecondsSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot; CLOCK_BOOTTIME is "now" on
    // the same clock. The tick is 10 ms on Linux, so this is as fine as the kernel records it.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may contain spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double startTicks = fields.at(19).toDouble(&ok); // field 22 counted from the state field (3)
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / double(ticksPerSecond);
}

StartupTrace::StartupTrace(QWidget *window, bool quitWhenDone, QObject *parent)
    : QObject(parent), m_quitWhenDone(quitWhenDone)
{
    window->winId(); // create the native window now, so its expose event can be watched
    window->windowHandle()->installEventFilter(this);
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_windowSeen && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_windowSeen = true;
            std::fprintf(stderr, "window-visible-ms=%.0f\n", millisecondsSinceProcessStart());
            finishIfDone();
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::diagramPainted()
{
    if (m_diagramSeen)
        return;
    m_diagramSeen = true;
    std::fprintf(stderr, "first-diagram-ms=%.0f\n", millisecondsSinceProcessStart());
    finishIfDone();
}

void StartupTrace::finishIfDone()
{
    std::fflush(stderr);
    if (m_quitWhenDone && m_windowSeen && m_diagramSeen)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace calfatlas::app
