// SPDX-License-Identifier: MIT
// The plates' labels as a student sees them, checked for every view and peel stage at three window sizes: no
// two leaders cross, no leader passes over a label, no label lies on the art or on another label, and every
// structure in sight is labelled, the same set at every size. (CTest runs this suite once more at a screen
// scale of two.)
#include "anatomy/labellayout.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"

#include <QCheckBox>
#include <QImage>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::base;
using calfatlas::test::references;

namespace {

const QList<QSize> kWindowSizes{{1024, 600}, {1280, 800}, {1920, 1080}};

struct Stage {
    QString view;
    bool mirrored = false;
    int peeled = 0;
    std::string name() const
    {
        return QStringLiteral("%1%2 peeled %3")
            .arg(view, mirrored ? QStringLiteral(" (scan)") : QString())
            .arg(peeled)
            .toStdString();
    }
};

QString describe(const anatomy::PlacedLabel &label)
{
    return QStringLiteral("%1 [%2,%3 %4x%5]")
        .arg(label.id)
        .arg(label.box.x())
        .arg(label.box.y())
        .arg(label.box.width())
        .arg(label.box.height());
}

// The rules between labels and leaders; each broken one is reported.
QStringList brokenRules(const QList<anatomy::PlacedLabel> &labels)
{
    QStringList broken;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const anatomy::PlacedLabel &a = labels.at(i);
        for (qsizetype j = 0; j < labels.size(); ++j) {
            const anatomy::PlacedLabel &b = labels.at(j);
            if (i == j)
                continue;
            if (i < j && a.box.intersects(b.box))
                broken << QStringLiteral("labels overlap: %1 and %2").arg(describe(a), describe(b));
            if (i < j && anatomy::segmentsCross(a.anchor, a.leaderEnd, b.anchor, b.leaderEnd))
                broken << QStringLiteral("leaders cross: %1 and %2").arg(describe(a), describe(b));
            if (anatomy::segmentEntersRect(a.anchor, a.leaderEnd, b.box))
                broken << QStringLiteral("the leader of %1 passes over %2").arg(describe(a), describe(b));
        }
    }
    return broken;
}

// Labels that lie on anything drawn without them: the art's ink, or the orientation words.
QStringList labelsOnTheArt(DiagramView *diagram, const QList<anatomy::PlacedLabel> &labels)
{
    // The art alone: no labels, and no orientation words (which make way for the labels when they show).
    const QStringList words = diagram->orientation();
    diagram->setOrientation({});
    diagram->setNamesHidden(true);
    const QImage bare = diagram->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    diagram->setNamesHidden(false);
    diagram->setOrientation(words);
    const qreal ratio = qreal(bare.width()) / diagram->width();
    const QColor paper = bare.pixelColor(2, 2);
    QStringList broken;
    for (const anatomy::PlacedLabel &label : labels) {
        const QRect box =
            QRectF(label.box.topLeft() * ratio, label.box.size() * ratio).toAlignedRect().adjusted(1, 1, -1, -1);
        int inked = 0;
        for (int y = std::max(0, box.top()); y <= std::min(bare.height() - 1, box.bottom()); ++y) {
            for (int x = std::max(0, box.left()); x <= std::min(bare.width() - 1, box.right()); ++x) {
                const QColor pixel = bare.pixelColor(x, y);
                if (std::abs(pixel.red() - paper.red()) + std::abs(pixel.green() - paper.green()) +
                        std::abs(pixel.blue() - paper.blue()) >
                    24)
                    ++inked;
            }
        }
        if (inked > 0)
            broken << QStringLiteral("%1 lies on %2 drawn pixels").arg(describe(label)).arg(inked);
    }
    return broken;
}

// Structures that show over an area of at least `minimumArea` logical pixels squared, found by pointing at a
// grid over the view, as the pointer would.
QSet<QString> structuresInSight(DiagramView *diagram, qreal minimumArea)
{
    constexpr int kStep = 3;
    std::map<QString, int> hits;
    for (int y = 0; y < diagram->height(); y += kStep) {
        for (int x = 0; x < diagram->width(); x += kStep) {
            const QString id = diagram->structureUnder(QPointF(x, y));
            if (!id.isEmpty())
                ++hits[id];
        }
    }
    QSet<QString> found;
    for (const auto &[id, count] : hits) {
        if (count * kStep * kStep >= minimumArea)
            found.insert(id);
    }
    return found;
}

bool pointsAt(DiagramView *diagram, const anatomy::PlacedLabel &label)
{
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            if (diagram->structureUnder(label.anchor + QPointF(dx, dy)) == label.id)
                return true;
        }
    }
    return false;
}

struct Explorer {
    ExplorerPage page{&base(), &references(), ExplorerPage::builtInViews()};
    DiagramView *diagram = page.diagram();

    Explorer()
    {
        page.resize(kWindowSizes.first());
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    }

    void show(const Stage &stage)
    {
        page.showView(stage.view);
        auto *scan = page.findChild<QCheckBox *>(QStringLiteral("scanOrientation"));
        if (scan->isVisible() && scan->isChecked() != stage.mirrored)
            QTest::mouseClick(scan, Qt::LeftButton, {}, QPoint(8, scan->height() / 2));
        while (diagram->peeled() < stage.peeled) {
            const int before = diagram->peeled();
            QTest::keyClick(diagram, Qt::Key_BracketRight);
            if (diagram->peeled() == before)
                break;
        }
        ASSERT_EQ(diagram->peeled(), stage.peeled);
        QTest::qWait(450); // the peeled layer fades away
    }

    // Checks one stage at every window size; returns the labelled set at each.
    void check(const Stage &stage)
    {
        QList<QSet<QString>> sets;
        for (const QSize &size : kWindowSizes) {
            page.resize(size);
            QApplication::processEvents();
            ASSERT_TRUE(diagram->waitForRender());
            const QList<anatomy::PlacedLabel> labels = diagram->labelPlacements();
            const std::string where =
                stage.name() + " at " + std::to_string(size.width()) + "x" + std::to_string(size.height());
            for (const QString &problem : brokenRules(labels) + labelsOnTheArt(diagram, labels))
                ADD_FAILURE() << where << ": " << problem.toStdString();
            QSet<QString> labelled;
            for (const anatomy::PlacedLabel &label : labels) {
                labelled.insert(label.id);
                EXPECT_TRUE(pointsAt(diagram, label))
                    << where << ": the leader of " << label.id.toStdString() << " does not point at it";
            }
            // Anything showing over 80 px² at the smallest size is plainly in sight.
            for (const QString &id : structuresInSight(diagram, 80.0 * size.width() / 1024))
                EXPECT_TRUE(labelled.contains(id)) << where << ": " << id.toStdString() << " shows but has no label";
            sets.append(labelled);
        }
        for (qsizetype i = 1; i < sets.size(); ++i) {
            EXPECT_EQ(sets.at(i), sets.first()) << stage.name() << ": the labelled set changes with the window size";
        }
        page.resize(kWindowSizes.first());
    }
};

} // namespace

TEST(PlateLabels, EveryStageOfTheBackViewIsLaidOutLikeAPlate)
{
    Explorer explorer;
    explorer.page.showView(QStringLiteral("posterior"));
    ASSERT_EQ(explorer.diagram->layerCount(), 6);
    for (int peeled = 0; peeled < explorer.diagram->layerCount(); ++peeled) {
        const Stage stage{QStringLiteral("posterior"), false, peeled};
        explorer.show(stage);
        explorer.check(stage);
    }
}

TEST(PlateLabels, EveryStageOfTheSideViewIsLaidOutLikeAPlate)
{
    Explorer explorer;
    explorer.page.showView(QStringLiteral("lateral"));
    ASSERT_EQ(explorer.diagram->layerCount(), 6);
    for (int peeled = 0; peeled < explorer.diagram->layerCount(); ++peeled) {
        const Stage stage{QStringLiteral("lateral"), false, peeled};
        explorer.show(stage);
        explorer.check(stage);
    }
}

TEST(PlateLabels, TheCrossSectionLabelsItsVesselsBothWaysRound)
{
    Explorer explorer;
    for (const bool scan : {false, true}) {
        const Stage stage{QStringLiteral("cross-section"), scan, 0};
        explorer.show(stage);
        explorer.check(stage);
        const QList<anatomy::PlacedLabel> labels = explorer.diagram->labelPlacements();
        for (const char *vessel : {"fibular-artery", "posterior-tibial-artery", "tibial-nerve"}) {
            EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [&](const auto &label) {
                return label.id == QLatin1String(vessel);
            })) << vessel;
        }
    }
}

TEST(PlateLabels, OriginAndInsertionTagsKeepTheSameRules)
{
    Explorer explorer;
    explorer.show({QStringLiteral("posterior"), false, 0});
    for (const QSize &size : kWindowSizes) {
        explorer.page.resize(size);
        QApplication::processEvents();
        ASSERT_TRUE(explorer.diagram->waitForRender());
        // Chosen as a student would: a click on its label.
        const QRectF label = explorer.diagram->labelRect(QStringLiteral("gastrocnemius-medial-head"));
        ASSERT_FALSE(label.isEmpty());
        QTest::mouseClick(explorer.diagram, Qt::LeftButton, {}, label.center().toPoint());
        ASSERT_EQ(explorer.diagram->selected(), QStringLiteral("gastrocnemius-medial-head"));
        const QList<anatomy::PlacedLabel> labels = explorer.diagram->labelPlacements();
        const auto tags = std::count_if(labels.begin(), labels.end(),
                                        [](const auto &placed) { return placed.id.startsWith(QLatin1Char('#')); });
        EXPECT_EQ(tags, 2) << "origin and insertion";
        for (const QString &problem : brokenRules(labels))
            ADD_FAILURE() << size.width() << "x" << size.height() << ": " << problem.toStdString();
        QTest::keyClick(explorer.diagram, Qt::Key_Escape);
    }
}
