// SPDX-License-Identifier: MIT
// Does the heel-raise page keep the beat? Runs the real page with the real metronome for a count-in and
// BEATS test beats (60 by default: a minute), and prints how far each beat reached the visual pulse from
// the one-second grid: the median and the worst drift, in ms. A benchmark, not a test: run it under a real
// display server (Xvfb), e.g. `xvfb-run build/bin/calfatlas-beat-check`. Exit status 1 when the worst drift
// exceeds the limit (15 ms).
#include "common/references.h"
#include "recovery/heelraisepage.h"
#include "recovery/pulseview.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace calfatlas;
using namespace calfatlas::app;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int beats = qEnvironmentVariableIntValue("BEATS") > 0 ? qEnvironmentVariableIntValue("BEATS") : 60;
    const References references = References::builtIn();
    HeelRaisePage page(&references, {});
    page.resize(900, 1000);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return 2;
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
    // The count-in's three beats and the test's, then a little longer for the last one to land.
    const int total = 3 + beats;
    const bool arrived =
        QTest::qWaitFor([&] { return page.pulse()->beatTimesNs().size() >= total; }, (total + 2) * 1000);
    const QList<qint64> times = page.pulse()->beatTimesNs();
    if (!arrived || times.size() < total) {
        std::fprintf(stderr, "only %lld of %d beats arrived\n", static_cast<long long>(times.size()), total);
        return 2;
    }
    // Drift of beat k against k seconds after the first (the "3" of the count-in, shown at Start).
    std::vector<double> drift;
    for (int k = 1; k < total; ++k)
        drift.push_back(std::abs(double(times[k] - times[0]) / 1e6 - k * 1000.0));
    std::vector<double> sorted = drift;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double worst = sorted.back();
    std::printf("beats %d (after a count-in of 3): drift from the 1-second grid median %.2f ms, worst %.2f ms "
                "(limit 15 ms)\n",
                beats, median, worst);
    return worst <= 15.0 ? 0 : 1;
}
