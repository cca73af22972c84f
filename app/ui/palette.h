// SPDX-License-Identifier: MIT
#pragma once

#include "theme.h"

#include <QColor>

namespace calfatlas::app {

// A colour in its light-theme and its dark-theme version.
struct ThemedColour {
    QColor light;
    QColor dark;

    QColor in(bool darkTheme) const { return darkTheme ? dark : light; }
    // The version for the application's palette as it is now.
    QColor current() const { return in(isDarkPalette()); }
};

// Every colour CalfAtlas paints with besides the window palette of the theme, named by what it shows. A colour
// that carries a meaning (an urgency, a verdict, a stretch) is the same in both themes.
namespace palette {

// Explore: the paper behind the plates, and the outline and tint of what is selected.
inline constexpr ThemedColour kDiagramPaper{QColor(0xFA, 0xFA, 0xF7), QColor(0x1E, 0x21, 0x24)};
inline constexpr ThemedColour kDiagramAccent{QColor(0x1F, 0x6F, 0xD1), QColor(0x6F, 0xB2, 0xFF)};

// Self-test: how soon to be seen, with the ink of the mark inside a filled badge...
inline constexpr QColor kEmergency(0xC0, 0x39, 0x2B);
inline constexpr QColor kSameDay(0xD3, 0x54, 0x00);
inline constexpr QColor kSoon(0xB7, 0x7B, 0x0B);
inline constexpr QColor kBadgeMark(0xFF, 0xFF, 0xFF);
// ...the stripe of each verdict's card...
inline constexpr QColor kVerdictSeekCare(0xC0, 0x39, 0x2B);
inline constexpr QColor kVerdictNeither(0x7F, 0x8C, 0x8D);
inline constexpr QColor kVerdictSoleus(0xB5, 0x47, 0x3A);
inline constexpr QColor kVerdictGastrocnemius(0xD3, 0x6E, 0x3F);
inline constexpr QColor kVerdictBoth(0x9B, 0x4F, 0x96);
inline constexpr QColor kVerdictElsewhere(0x2E, 0x6F, 0x9E);
// ...the knee-to-wall scale's bands, under 10 cm and from 10 cm...
inline constexpr ThemedColour kKneeToWallReduced{QColor(0xF2, 0xD4, 0xA2), QColor(0x7A, 0x5A, 0x2E)};
inline constexpr ThemedColour kKneeToWallTypical{QColor(0xC9, 0xE6, 0xCF), QColor(0x3A, 0x63, 0x4A)};
// ...and a typed value that cannot be read.
inline constexpr QColor kProblemText(0xC0, 0x39, 0x2B);

// Movement: the state of a muscle, the hatching over a stretched one, the leg's tissues, the sweep of the ankle
// and the box behind a label.
inline constexpr QColor kSlack(0x6F, 0x93, 0xC4);
inline constexpr QColor kResting(0xC9, 0x60, 0x4E);
inline constexpr QColor kStretched(0xE5, 0x8A, 0x2E);
inline constexpr QColor kStretchHatching(255, 255, 255, 110);
inline constexpr QColor kBone(0xF3, 0xEA, 0xD6);
inline constexpr QColor kBoneEdge(0xA8, 0x93, 0x6B);
inline constexpr QColor kTendon(0xEF, 0xE3, 0xC8);
inline constexpr QColor kSkin(0xED, 0xC9, 0xAE);
inline constexpr ThemedColour kAnkleSweep{QColor(0, 0, 0, 32), QColor(255, 255, 255, 40)};
inline constexpr ThemedColour kLabelBox{QColor(255, 255, 255, 235), QColor(30, 30, 34, 225)};

// History: the trend's lines (bench test, wall test, knee-to-wall distance), and the printed report's ink on
// white paper.
inline constexpr ThemedColour kTrendBench{QColor(0x1F, 0x6F, 0xB2), QColor(0x6F, 0xB1, 0xE8)};
inline constexpr ThemedColour kTrendWall{QColor(0xC2, 0x55, 0x1F), QColor(0xF0, 0x9A, 0x5E)};
inline constexpr ThemedColour kTrendDistance{QColor(0x2E, 0x7D, 0x4A), QColor(0x7C, 0xC9, 0x8F)};
inline constexpr QColor kReportInk(0x22, 0x22, 0x22);
// Recovery's measurements over time: each leg's line, and the return-to-running benchmark.
inline constexpr QColor kMeasureLeft(0x2E, 0x6F, 0xB0);
inline constexpr QColor kMeasureRight(0xC8, 0x6A, 0x1E);
inline constexpr QColor kMeasureBenchmark(0x2E, 0x8B, 0x57);
inline constexpr QColor kReportMuted(0x55, 0x55, 0x55);
inline constexpr QColor kReportDisclaimer(0x33, 0x33, 0x33);
inline constexpr QColor kReportNote(0xF4, 0xF1, 0xEA);

// Learn: slow and fast fibres (the muscle red of the plates, and pale like fast white fibres), and a quiz
// answer that is right or wrong.
inline constexpr ThemedColour kSlowFibres{QColor(0xA8, 0x3E, 0x33), QColor(0xD0, 0x6A, 0x5C)};
inline constexpr ThemedColour kFastFibres{QColor(0xE6, 0xCF, 0x9F), QColor(0xE3, 0xC9, 0x8E)};
inline constexpr QColor kRightAnswer(0x2E, 0x8B, 0x57);
inline constexpr QColor kWrongAnswer(0xC0, 0x39, 0x2B);

} // namespace palette

} // namespace calfatlas::app
