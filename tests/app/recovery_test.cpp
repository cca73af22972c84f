// SPDX-License-Identifier: MIT
// The Recovery area through its real widgets, the metronome on a fake clock: no real waiting.
#include "history/measurementchart.h"
#include "recovery/heelraisepage.h"
#include "recovery/kneetowalltestpage.h"
#include "recovery/measureresultview.h"
#include "recovery/metronomedriver.h"
#include "recovery/pulseview.h"
#include "recovery/recoveryarea.h"
#include "wizardfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::app::test::references;
using calfatlas::assessment::Side;
using MTest = calfatlas::measure::Test;

namespace {

// The metronome's clock and timer, moved by hand.
class FakeMetronomeDriver : public MetronomeDriver {
public:
    using MetronomeDriver::MetronomeDriver;
    // Moves the clock on by `ms`, firing every beat due on the way, each at its exact time.
    void advance(qint64 ms)
    {
        const qint64 end = m_now + ms;
        while (m_due >= 0 && m_due <= end) {
            m_now = std::max(m_now, m_due);
            m_due = -1;
            fire();
        }
        m_now = end;
    }

protected:
    qint64 now() const override { return m_now; }
    void schedule(qint64 delayMs) override { m_due = m_now + delayMs; }
    void waitUntil(qint64 elapsedMs) override { m_now = std::max(m_now, origin() + elapsedMs); }

private:
    qint64 m_now = 1'000'000;
    qint64 m_due = -1;
};

struct Page {
    FakeMetronomeDriver *driver = new FakeMetronomeDriver;
    PreviousValues previous;
    HeelRaisePage page{&references(), [this](MTest) { return previous; }, driver};
    Page()
    {
        page.resize(900, 900);
        page.show();
        QApplication::setActiveWindow(&page);
    }
    template <typename T>
    T *find(const char *name) const
    {
        return page.findChild<T *>(QLatin1String(name));
    }
    void click(const char *name) { QTest::mouseClick(find<QPushButton>(name), Qt::LeftButton); }
    // One leg: Start, the count-in, then `seconds` of beats, then Space.
    void runLeg(qint64 seconds)
    {
        click("start");
        driver->advance(3000 + seconds * 1000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    }
};

TEST(HeelRaise, CountsInThenCountsRaisesOnTheBeatAndStopsWithSpace)
{
    Page p;
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready);
    p.click("start");
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Running);
    EXPECT_EQ(p.page.pulse()->beat().countIn, 3);
    p.driver->advance(1000);
    EXPECT_EQ(p.page.pulse()->beat().countIn, 2);
    p.driver->advance(1000);
    EXPECT_EQ(p.page.pulse()->beat().countIn, 1);
    p.driver->advance(1000);
    EXPECT_EQ(p.page.pulse()->beat().countIn, 0);
    EXPECT_TRUE(p.page.pulse()->beat().up);
    EXPECT_EQ(p.page.pulse()->beat().raises, 1);
    p.driver->advance(1000);
    EXPECT_FALSE(p.page.pulse()->beat().up) << "down on the next beat";
    p.driver->advance(40'000); // 42 beats in all: 21 raises
    EXPECT_EQ(p.page.pulse()->beat().beats, 42);
    EXPECT_EQ(p.page.pulse()->beat().raises, 21);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Confirm);
    EXPECT_EQ(p.find<QSpinBox>("count")->value(), 21) << "the count is proposed";
    EXPECT_EQ(p.page.pulse()->beatTimesNs().size(), 3 + 42);
}

TEST(HeelRaise, TheCountIsCorrectedConfirmedRestedAndJudged)
{
    Page p;
    p.previous = {14.0, 30.0};
    p.find<QComboBox>("sex")->setCurrentIndex(1); // women
    p.runLeg(39);                                 // 40 beats: 20 raises
    auto *count = p.find<QSpinBox>("count");
    ASSERT_EQ(count->value(), 20);
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("22")); // counted differently
    p.click("confirm");
    EXPECT_EQ(p.page.confirmed(Side::Left), 22.0);
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Rest);
    EXPECT_EQ(p.page.leg(), Side::Right);
    p.driver->advance(60'000);
    EXPECT_TRUE(p.find<QLabel>("rest")->text().contains(QStringLiteral("1:00")))
        << p.find<QLabel>("rest")->text().toStdString();
    p.driver->advance(60'000);
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready) << "two minutes' rest, then the other leg";
    p.runLeg(61); // 62 beats: 31 raises
    p.click("confirm");
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Result);
    const auto judgement = p.page.judgement();
    ASSERT_TRUE(judgement.has_value());
    EXPECT_EQ(judgement->left.value, 22.0);
    EXPECT_EQ(judgement->right.value, 31.0);
    EXPECT_EQ(judgement->left.referenceMedian, 21);
    EXPECT_EQ(judgement->weaker, Side::Left);
    ASSERT_TRUE(judgement->left.change.has_value());
    EXPECT_TRUE(judgement->left.change->beyondError) << "14 -> 22";
    EXPECT_FALSE(judgement->right.change->beyondError) << "30 -> 31";
    const QStringList lines = p.page.findChild<MeasureResultView *>()->lines();
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("beyond measurement error")));
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("within measurement error")));
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("The median of healthy women is 21.")));

    // Changing the comparison on the result changes the result, and what is saved.
    p.find<QComboBox>("sex")->setCurrentIndex(2); // men
    EXPECT_EQ(p.page.judgement()->left.referenceMedian, 24);
    p.find<QComboBox>("sex")->setCurrentIndex(1); // women again
    QSignalSpy saved(&p.page, &HeelRaisePage::saveRequested);
    p.click("save");
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.at(0).at(1).value<std::optional<double>>(), 22.0);
    EXPECT_EQ(saved.at(0).at(2).value<std::optional<double>>(), 31.0);
    EXPECT_EQ(saved.at(0).at(3).value<std::optional<measure::Sex>>(), measure::Sex::Female);
    EXPECT_FALSE(p.find<QPushButton>("save")->isEnabled()) << "saved once";
}

TEST(HeelRaise, EscapeCancelsAndAClickOnThePulseStops)
{
    Page p;
    p.click("start");
    p.driver->advance(10'000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready);
    EXPECT_FALSE(p.page.confirmed(Side::Left).has_value()) << "nothing kept";
    p.driver->advance(10'000);
    EXPECT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready) << "the beat stopped";

    p.click("start");
    p.driver->advance(9'000); // 7 beats: the 4th raise is on its way up
    EXPECT_EQ(p.page.pulse()->beat().raises, 4);
    QTest::mouseClick(p.page.pulse(), Qt::LeftButton);
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Confirm);
    EXPECT_EQ(p.find<QSpinBox>("count")->value(), 3) << "only the raises completed are proposed";
    p.click("again");
    EXPECT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready);
    EXPECT_EQ(p.page.leg(), Side::Left);
}

// Another tab or area cancels a running test: nothing is kept and the beat stops.
TEST(HeelRaise, LeavingThePageCancelsARunningTest)
{
    Page p;
    p.click("start");
    p.driver->advance(8'000);
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Running);
    p.page.hide();
    EXPECT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready);
    EXPECT_FALSE(p.page.confirmed(Side::Left).has_value());
    const int beats = int(p.page.pulse()->beatTimesNs().size());
    p.driver->advance(5'000);
    EXPECT_EQ(p.page.pulse()->beatTimesNs().size(), beats) << "the beat stopped";
}

TEST(HeelRaise, TheRestCanBeSkipped)
{
    Page p;
    p.runLeg(5);
    p.click("confirm");
    ASSERT_EQ(p.page.stage(), HeelRaisePage::Stage::Rest);
    p.click("skipRest");
    EXPECT_EQ(p.page.stage(), HeelRaisePage::Stage::Ready);
    EXPECT_EQ(p.page.leg(), Side::Right);
}

// Without a sound output (as on this offscreen machine) the page says so and runs silently; with one, the
// click can be muted.
TEST(HeelRaise, SilentWithoutSoundOrWhenMuted)
{
    Page p;
    if (!p.page.hasSound()) {
        EXPECT_TRUE(p.find<QLabel>("soundNote")->isVisible());
        EXPECT_FALSE(p.find<QCheckBox>("mute")->isEnabled());
        p.click("start");
        p.driver->advance(6'000);
        EXPECT_EQ(p.page.clicksPlayed(), 0);
        EXPECT_EQ(p.page.pulse()->beat().beats, 4) << "the beat goes on, silently";
        return;
    }
    EXPECT_FALSE(p.find<QLabel>("soundNote")->isVisible());
    p.click("start");
    p.driver->advance(2'000);
    EXPECT_EQ(p.page.clicksPlayed(), 3);
    QTest::mouseClick(p.find<QCheckBox>("mute"), Qt::LeftButton);
    EXPECT_TRUE(p.page.isMuted());
    p.driver->advance(3'000);
    EXPECT_EQ(p.page.clicksPlayed(), 3);
}

TEST(KneeToWall, BothLegsAreJudgedAndSaved)
{
    KneeToWallTestPage page(&references(), [](MTest) { return PreviousValues{10.5, std::nullopt}; });
    page.show();
    auto *left = page.findChild<QLineEdit *>(QStringLiteral("left"));
    auto *right = page.findChild<QLineEdit *>(QStringLiteral("right"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("save"));
    EXPECT_FALSE(save->isEnabled());
    QTest::keyClicks(left, QStringLiteral("8,5"));
    EXPECT_FALSE(save->isEnabled()) << "one leg only";
    QTest::keyClicks(right, QStringLiteral("40"));
    EXPECT_TRUE(page.findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
    EXPECT_FALSE(save->isEnabled());
    right->clear();
    QTest::keyClicks(right, QStringLiteral("11"));
    ASSERT_TRUE(page.judgement().has_value());
    EXPECT_DOUBLE_EQ(*page.judgement()->differenceCm, 2.5);
    EXPECT_TRUE(*page.judgement()->differenceMeaningful);
    EXPECT_TRUE(page.judgement()->left.change->beyondError) << "10.5 -> 8.5";
    // A shorter distance is an ankle that bends less, not a weaker leg.
    const QString lines = page.findChild<MeasureResultView *>()->lines().join(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("the left ankle bends less"))) << lines.toStdString();
    EXPECT_FALSE(lines.contains(QStringLiteral("weaker")));
    QSignalSpy saved(&page, &KneeToWallTestPage::saveRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.at(0).at(1).value<std::optional<double>>(), 8.5);

    // In inches, stored in cm.
    page.findChild<QComboBox *>(QStringLiteral("unit"))->setCurrentIndex(1);
    left->setText(QStringLiteral("4"));
    right->setText(QStringLiteral("4"));
    EXPECT_DOUBLE_EQ(page.judgement()->left.value, 10.16);
}

// The chart in History: one test at a time, described for screen readers; it paints without measurements.
TEST(MeasurementChart, ShowsOneTestAndDescribesTheLatest)
{
    using history::SavedMeasurement;
    const QDateTime day(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    const std::vector<SavedMeasurement> all{
        {1, day, MTest::HeelRaise, Side::Left, 14, std::nullopt, QStringLiteral("0.1.0")},
        {2, day, MTest::HeelRaise, Side::Right, 25, std::nullopt, QStringLiteral("0.1.0")},
        {3, day.addDays(14), MTest::HeelRaise, Side::Left, 22, std::nullopt, QStringLiteral("0.1.0")},
        {4, day, MTest::KneeToWall, Side::Left, 9.5, std::nullopt, QStringLiteral("0.1.0")},
    };
    MeasurementChart chart;
    chart.resize(640, 280);
    chart.setMeasurements(MTest::HeelRaise, all);
    EXPECT_EQ(chart.measurements().size(), 3u);
    EXPECT_TRUE(chart.accessibleDescription().contains(QStringLiteral("left 22")))
        << chart.accessibleDescription().toStdString();
    EXPECT_TRUE(chart.accessibleDescription().contains(QStringLiteral("right 25")));
    chart.setMeasurements(MTest::KneeToWall, all);
    EXPECT_EQ(chart.measurements().size(), 1u);
    const QImage image = chart.grab().toImage();
    EXPECT_FALSE(image.isNull());
    chart.setMeasurements(MTest::KneeToWall, {});
    EXPECT_EQ(chart.accessibleDescription(), QStringLiteral("No measurements yet."));
    EXPECT_FALSE(chart.grab().toImage().isNull());
}

} // namespace
