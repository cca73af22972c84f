// SPDX-License-Identifier: MIT
// The plate's label layout: columns beside the art, leaders that never cross or pass over a box, anchors
// spread apart, and nothing dropped when the plate is crowded.
#include "anatomy/labellayout.h"

#include <gtest/gtest.h>

#include <QLineF>

using namespace calfatlas::anatomy;

namespace {

const QRectF kArt(300, 50, 400, 700);
const QRectF kArea(0, 0, 1000, 800);

// Checks every rule a plate's labels keep; returns the first broken one, or an empty string.
std::string brokenRule(const LabelLayout &layout, const QRectF &art)
{
    const QList<PlacedLabel> &labels = layout.labels;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const PlacedLabel &a = labels.at(i);
        if (a.box.intersects(art))
            return "label on the art: " + a.id.toStdString();
        for (qsizetype j = 0; j < labels.size(); ++j) {
            if (i == j)
                continue;
            const PlacedLabel &b = labels.at(j);
            if (i < j && a.box.intersects(b.box))
                return "labels overlap: " + a.id.toStdString() + " " + b.id.toStdString();
            if (i < j && segmentsCross(a.anchor, a.leaderEnd, b.anchor, b.leaderEnd))
                return "leaders cross: " + a.id.toStdString() + " " + b.id.toStdString();
            if (segmentEntersRect(a.anchor, a.leaderEnd, b.box))
                return "leader over a label: " + a.id.toStdString() + " " + b.id.toStdString();
        }
    }
    return {};
}

QList<LabelItem> scattered(int count, unsigned seed)
{
    QList<LabelItem> items;
    unsigned state = seed;
    const auto next = [&state] {
        state = state * 1103515245U + 12345U;
        return (state >> 8) % 10000 / 10000.0;
    };
    for (int i = 0; i < count; ++i) {
        const QPointF anchor(kArt.left() + 10 + next() * (kArt.width() - 20), kArt.top() + 10 + next() * 600);
        items.append({QStringLiteral("s%1").arg(i), anchor, QSizeF(80 + 60 * next(), 20)});
    }
    return items;
}

} // namespace

TEST(LabelLayout, SegmentsCrossOnlyWhenTheyShareAPoint)
{
    EXPECT_TRUE(segmentsCross({0, 0}, {10, 10}, {0, 10}, {10, 0}));
    EXPECT_FALSE(segmentsCross({0, 0}, {10, 0}, {0, 1}, {10, 1}));
    EXPECT_TRUE(segmentsCross({0, 0}, {10, 0}, {5, 0}, {5, 5}));
    EXPECT_FALSE(segmentsCross({0, 0}, {4, 0}, {5, 0}, {9, 0}));
}

TEST(LabelLayout, ASegmentEntersARectOnlyThroughItsInside)
{
    const QRectF box(10, 10, 20, 10);
    EXPECT_TRUE(segmentEntersRect({0, 15}, {40, 15}, box));
    EXPECT_TRUE(segmentEntersRect({15, 15}, {16, 16}, box));
    EXPECT_FALSE(segmentEntersRect({0, 0}, {40, 0}, box));
    EXPECT_FALSE(segmentEntersRect({0, 10}, {40, 10}, box));  // along the edge
    EXPECT_FALSE(segmentEntersRect({30, 15}, {50, 15}, box)); // from the edge outwards
}

TEST(LabelLayout, LabelsSitInColumnsBesideTheArtInTheAnchorsOrder)
{
    const QList<LabelItem> items{{QStringLiteral("a"), {350, 100}, {90, 20}},
                                 {QStringLiteral("b"), {340, 400}, {120, 20}},
                                 {QStringLiteral("c"), {650, 300}, {70, 20}}};
    const LabelLayout layout = layoutLabels(items, kArt, kArea, 20, 4);
    ASSERT_EQ(layout.labels.size(), 3);
    EXPECT_TRUE(layout.labels[0].onLeft);
    EXPECT_TRUE(layout.labels[1].onLeft);
    EXPECT_FALSE(layout.labels[2].onLeft);
    // Right-aligned to one edge on the left, left-aligned on the right, at their anchors' heights.
    EXPECT_DOUBLE_EQ(layout.labels[0].box.right(), 280);
    EXPECT_DOUBLE_EQ(layout.labels[1].box.right(), 280);
    EXPECT_DOUBLE_EQ(layout.labels[2].box.left(), 720);
    EXPECT_DOUBLE_EQ(layout.labels[0].box.center().y(), 100);
    EXPECT_DOUBLE_EQ(layout.labels[2].box.center().y(), 300);
    EXPECT_EQ(layout.labels[1].leaderEnd, QPointF(280, 400));
    EXPECT_EQ(brokenRule(layout, kArt), "");
}

TEST(LabelLayout, CrowdedAnchorsAreStackedWithoutCrossingLeaders)
{
    // Anchors at nearly one height but spread across: the naive order by height would cross leaders.
    QList<LabelItem> items;
    for (int i = 0; i < 8; ++i)
        items.append({QStringLiteral("n%1").arg(i), QPointF(310 + 20 * i, 500 + (i % 2) * 3), QSizeF(100, 20)});
    const LabelLayout layout = layoutLabels(items, kArt, kArea, 20, 4);
    EXPECT_EQ(brokenRule(layout, kArt), "");
}

TEST(LabelLayout, ScatteredPlatesKeepEveryRule)
{
    for (unsigned seed = 1; seed <= 60; ++seed) {
        const LabelLayout layout = layoutLabels(scattered(6 + int(seed % 30), seed), kArt, kArea, 24, 4);
        ASSERT_EQ(brokenRule(layout, kArt), "") << "seed " << seed;
        EXPECT_DOUBLE_EQ(layout.scale, 1.0) << "seed " << seed;
    }
}

TEST(LabelLayout, ACrowdedPlateShrinksTheLabelsAndDropsNone)
{
    // 80 labels of 20 px need 1920 px in two columns of 800: they shrink to fit.
    const QList<LabelItem> items = scattered(80, 7);
    const LabelLayout layout = layoutLabels(items, kArt, kArea, 24, 2);
    ASSERT_EQ(layout.labels.size(), items.size());
    EXPECT_LT(layout.scale, 1.0);
    EXPECT_EQ(brokenRule(layout, kArt), "");
    for (const PlacedLabel &label : layout.labels)
        EXPECT_TRUE(kArea.contains(label.box)) << label.id.toStdString();
}

TEST(LabelLayout, AColumnFullOnOneSideOverflowsToTheOther)
{
    QList<LabelItem> items;
    for (int i = 0; i < 40; ++i)
        items.append({QStringLiteral("l%1").arg(i), QPointF(310 + i, 60 + 17 * i), QSizeF(100, 20)});
    const LabelLayout layout = layoutLabels(items, kArt, kArea, 24, 4);
    EXPECT_DOUBLE_EQ(layout.scale, 1.0);
    EXPECT_EQ(brokenRule(layout, kArt), "");
    const auto onRight = std::count_if(layout.labels.begin(), layout.labels.end(),
                                       [](const PlacedLabel &label) { return !label.onLeft; });
    EXPECT_GT(onRight, 0);
}

TEST(LabelLayout, AnchorsSpreadApartInsteadOfMeetingAtTheCentres)
{
    // Three structures whose centres meet at one point; each also shows a little apart from it.
    const QList<QList<AnchorCandidate>> candidates{{{{100, 100}, 10}, {{100, 80}, 6}},
                                                   {{{101, 100}, 10}, {{120, 100}, 6}},
                                                   {{{100, 101}, 10}, {{100, 120}, 6}, {{80, 100}, 4}}};
    const QList<QPointF> anchors = spreadAnchors(candidates, 15);
    ASSERT_EQ(anchors.size(), 3);
    for (int i = 0; i < 3; ++i) {
        for (int j = i + 1; j < 3; ++j)
            EXPECT_GE(QLineF(anchors[i], anchors[j]).length(), 15) << i << " " << j;
    }
}

TEST(LabelLayout, AnAnchorPrefersTheInsideOfALoneStructure)
{
    const QList<QList<AnchorCandidate>> candidates{{{{10, 10}, 1}, {{20, 20}, 9}, {{30, 30}, 2}}, {}};
    const QList<QPointF> anchors = spreadAnchors(candidates, 15);
    EXPECT_EQ(anchors[0], QPointF(20, 20));
    EXPECT_TRUE(anchors[1].isNull());
}

TEST(LabelLayout, TheLabelledSetDependsOnTheAreaOnThePlateOnly)
{
    const QRectF plate(0, 0, 600, 1400);
    EXPECT_FALSE(isLabelled(0, plate));
    EXPECT_FALSE(isLabelled(kLabelledShareOfPlate * 600 * 1400 * 0.9, plate));
    EXPECT_TRUE(isLabelled(kLabelledShareOfPlate * 600 * 1400, plate));
}
