// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace calfatlas::measure {

// The heel-raise test's timeline, counted from the press of Start: a count-in of three beats ("3", "2",
// "1"), then a beat every second (60 a minute). Odd test beats are "up", even ones "down": a raise counts on
// its up beat. Pure arithmetic on elapsed time, so the page can be driven by any clock, a fake one in tests.
struct Beat {
    int countIn = 0; // 3, 2 or 1 during the count-in; 0 once the test runs
    int beats = 0;   // test beats so far
    bool up = false; // the latest test beat is an up beat
    int raises = 0;  // raises so far (one per up beat)
};

class Metronome {
public:
    static constexpr qint64 kBeatMs = 60'000 / 60;
    static constexpr int kCountInBeats = 3;
    static constexpr qint64 kRestMs = qint64{2} * 60'000; // between the legs

    static Beat at(qint64 elapsedMs);
    // When the next beat (of the count-in or the test) is due: the next whole second after elapsedMs.
    static qint64 nextBeatAfter(qint64 elapsedMs);
    static int raisesFor(int beats) { return (beats + 1) / 2; }
    // Whole seconds of rest left, counted down from two minutes; 0 when over.
    static int restSecondsLeft(qint64 elapsedMs);
};

} // namespace calfatlas::measure
