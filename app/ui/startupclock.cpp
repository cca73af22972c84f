// SPDX-License-Identifier: MIT
#include "startupclock.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace calfatlas::app {

namespace {
std::atomic<bool> g_marksEnabled{false};
} // namespace

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

void setStartupMarksEnabled(bool enabled)
{
    g_marksEnabled.store(enabled, std::memory_order_relaxed);
}

bool startupMarksEnabled()
{
    return g_marksEnabled.load(std::memory_order_relaxed);
}

void startupMark(const char *name)
{
    if (!startupMarksEnabled())
        return;
    std::fprintf(stderr, "%s-ms=%.1f\n", name, millisecondsSinceProcessStart());
    std::fflush(stderr);
}

} // namespace calfatlas::app
