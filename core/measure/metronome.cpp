// SPDX-License-Identifier: MIT
#include "measure/metronome.h"

#include <algorithm>

namespace calfatlas::measure {

Beat Metronome::at(qint64 elapsedMs)
{
    Beat beat;
    if (elapsedMs < 0) {
        beat.countIn = kCountInBeats;
        return beat;
    }
    const qint64 tick = elapsedMs / kBeatMs; // 0, 1, 2: the count-in; 3 on: the test
    if (tick < kCountInBeats) {
        beat.countIn = int(kCountInBeats - tick);
        return beat;
    }
    beat.beats = int(tick - kCountInBeats + 1);
    beat.up = beat.beats % 2 == 1;
    beat.raises = raisesFor(beat.beats);
    return beat;
}

qint64 Metronome::nextBeatAfter(qint64 elapsedMs)
{
    return elapsedMs < 0 ? 0 : (elapsedMs / kBeatMs + 1) * kBeatMs;
}

int Metronome::restSecondsLeft(qint64 elapsedMs)
{
    const qint64 left = kRestMs - std::max<qint64>(elapsedMs, 0);
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

} // namespace calfatlas::measure
