// SPDX-License-Identifier: MIT
// The plan back to running through its real widgets, over a real history in a folder of its own: the
// safety check that opens each session, logging with the pain slider, the morning question (on the Plan page
// and on the home page), the pause for a warning sign and the resume.
#include "builtins.h"
#include "history/historyservice.h"
#include "recovery/planpage.h"
#include "shell/todaypanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::assessment::RedFlag;
using calfatlas::assessment::Side;

namespace {

const QDate kToday = QDate::currentDate();

struct Fixture {
    QTemporaryDir dir;
    HistoryService history{dir.filePath(QStringLiteral("data"))};
    PlanPage *page = nullptr;
    QWidget window;

    Fixture()
    {
        history.setPlanContent(&test::planContent(), &test::builtInSelfTest());
        page =
            new PlanPage(&test::planContent(), &test::builtInSelfTest(), &test::references(),
                         {[this] { return history.planStatus(); }, [this](Side leg) { return history.startPlan(leg); },
                          [this](int pain, const std::vector<RedFlag> &signs, std::optional<int> minutes) {
                              return history.logSession(pain, signs, minutes);
                          },
                          [this](plan::Morning compared) { return history.reportMorning(compared); },
                          [this] { return history.resumePlan(); }, [this] { return history.stopPlan(); }},
                         &window);
        window.resize(1000, 1400);
        page->resize(1000, 1400);
        window.show();
        QApplication::setActiveWindow(&window);
    }
    plan::PlanBook book() { return plan::PlanBook(history.store(), test::planContent(), test::builtInSelfTest()); }
    template <typename T>
    T *find(const QString &name) const
    {
        return page->findChild<T *>(name);
    }
    bool shown(const QString &name) const
    {
        QWidget *widget = find<QWidget>(name);
        return widget && widget->isVisible();
    }
    void click(const QString &name)
    {
        auto *button = find<QAbstractButton>(name);
        ASSERT_NE(button, nullptr) << name.toStdString();
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << name.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::processEvents(); // the old page is deleted later
    }
    plan::Status status() { return history.planStatus(); }
};

} // namespace

TEST(PlanPage, StartsAPlanForTheChosenLeg)
{
    Fixture f;
    ASSERT_TRUE(f.shown(QStringLiteral("startCard")));
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("startPlan"))->isEnabled()) << "a leg first";
    f.click(QStringLiteral("legRight"));
    f.click(QStringLiteral("startPlan"));
    ASSERT_TRUE(f.status().active);
    EXPECT_EQ(f.status().leg, Side::Right);
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("levelTitle"))->text().contains(QStringLiteral("Right leg")));
    EXPECT_TRUE(f.shown(QStringLiteral("phaseStrip")));
}

TEST(PlanPage, TheSafetyCheckOpensTheSessionAndTheSliderLogsItsPain)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday).ok);
    f.page->refresh();
    EXPECT_TRUE(f.shown(QStringLiteral("safetyCard")));
    EXPECT_FALSE(f.shown(QStringLiteral("logCard"))) << "no session before the safety check";
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("safetyPause"))->isEnabled());
    f.click(QStringLiteral("safetyClear"));
    ASSERT_TRUE(f.shown(QStringLiteral("sessionCard")));
    ASSERT_TRUE(f.shown(QStringLiteral("logCard")));
    auto *slider = f.find<QSlider>(QStringLiteral("painSlider"));
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("logSession"))->isEnabled()) << "the pain is set, not assumed";
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_EQ(slider->value(), 2);
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("painValue"))->text().contains(QStringLiteral("safe")));
    f.click(QStringLiteral("logSession"));
    const plan::Status status = f.status();
    EXPECT_TRUE(status.awaitingMorning);
    EXPECT_EQ(status.lastPain, 2);
    EXPECT_TRUE(f.page->message().startsWith(QStringLiteral("Logged")));
    // The morning question waits for tomorrow; the next session opens with the safety check again.
    EXPECT_TRUE(f.shown(QStringLiteral("morningCard")));
    EXPECT_EQ(f.find<QPushButton>(QStringLiteral("morning-better")), nullptr);
    EXPECT_TRUE(f.shown(QStringLiteral("safetyCard")));
}

TEST(PlanPage, TooMuchPainStepsDownAtOnce)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday.addDays(-4)).ok);
    ASSERT_TRUE(f.book().log(1, kToday.addDays(-4)).ok);
    ASSERT_TRUE(f.book().morning(plan::Morning::Better, kToday.addDays(-3)).ok);
    f.page->refresh();
    ASSERT_EQ(f.status().level, 2);
    f.click(QStringLiteral("safetyClear"));
    auto *slider = f.find<QSlider>(QStringLiteral("painSlider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    EXPECT_EQ(slider->value(), 10);
    f.click(QStringLiteral("logSession"));
    EXPECT_EQ(f.status().level, 1);
}

TEST(PlanPage, TheMorningAfterASessionMovesTheLevel)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday.addDays(-2)).ok);
    ASSERT_TRUE(f.book().log(3, kToday.addDays(-1)).ok);
    f.page->refresh();
    ASSERT_TRUE(f.shown(QStringLiteral("morningCard")));
    f.click(QStringLiteral("morning-better"));
    EXPECT_EQ(f.status().level, 2);
    EXPECT_FALSE(f.status().awaitingMorning);
    EXPECT_FALSE(f.shown(QStringLiteral("morningCard")));
}

TEST(PlanPage, AWarningSignPausesThePlanUntilResumed)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday.addDays(-3)).ok);
    ASSERT_TRUE(f.book().log(0, kToday.addDays(-3)).ok);
    ASSERT_TRUE(f.book().morning(plan::Morning::Same, kToday.addDays(-2)).ok);
    f.page->refresh();
    ASSERT_EQ(f.status().level, 2);
    // Ticking a sign turns "none of these" off and "pause" on.
    f.click(QStringLiteral("sign-swelling-warmth"));
    EXPECT_FALSE(f.find<QPushButton>(QStringLiteral("safetyClear"))->isEnabled());
    f.click(QStringLiteral("safetyPause"));
    plan::Status status = f.status();
    ASSERT_TRUE(status.paused);
    EXPECT_EQ(status.urgency, assessment::Urgency::SameDay);
    ASSERT_TRUE(f.shown(QStringLiteral("pausedCard")));
    EXPECT_EQ(f.find<QLabel>(QStringLiteral("urgencyText"))->text(),
              test::builtInSelfTest().urgencyText(assessment::Urgency::SameDay));
    EXPECT_FALSE(f.shown(QStringLiteral("safetyCard")));
    EXPECT_FALSE(f.shown(QStringLiteral("logCard"))) << "a paused plan takes no sessions";
    // Resuming asks first: "Not yet" keeps the pause, "I have been cleared" ends it.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    f.click(QStringLiteral("resumePlan"));
    EXPECT_TRUE(f.status().paused);
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("pauseWhy"))->text().contains(QStringLiteral("clot")));
    answer(QMessageBox::Yes);
    f.click(QStringLiteral("resumePlan"));
    status = f.status();
    EXPECT_FALSE(status.paused);
    EXPECT_EQ(status.level, 2) << "it goes on at the same level";
    EXPECT_TRUE(f.shown(QStringLiteral("safetyCard")));
}

TEST(PlanPage, AnEmergencySignShowsWhomToCall)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday).ok);
    f.page->refresh();
    f.click(QStringLiteral("sign-breathless-chest-pain"));
    f.click(QStringLiteral("safetyPause"));
    EXPECT_EQ(f.status().urgency, assessment::Urgency::Emergency);
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("urgencyText"))->text().startsWith(QStringLiteral("999")));
    EXPECT_EQ(f.find<QLabel>(QStringLiteral("pausedHeadline"))->text(),
              QStringLiteral("Call the emergency number now"));
}

TEST(PlanPage, TheGateListsWhatIsMissingWithALinkToMeasure)
{
    Fixture f;
    ASSERT_TRUE(f.book().start(Side::Left, kToday.addDays(-20)).ok);
    QDate day = kToday.addDays(-20);
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(f.book().log(0, day).ok);
        day = day.addDays(1);
        ASSERT_TRUE(f.book().morning(plan::Morning::Better, day).ok);
    }
    f.page->refresh();
    ASSERT_EQ(f.status().level, 6);
    ASSERT_TRUE(f.shown(QStringLiteral("gateCard")));
    EXPECT_TRUE(f.find<QLabel>(QStringLiteral("criterion-heel-raise-count"))->text().contains(QStringLiteral("25")));
    QSignalSpy spy(f.page, &PlanPage::measureRequested);
    f.click(QStringLiteral("measure-heel-raise-count"));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<measure::Test>(), measure::Test::HeelRaise);
}

TEST(TodayPanel, AsksTheMorningQuestionOnTheHomePage)
{
    QTemporaryDir dir;
    HistoryService history(dir.filePath(QStringLiteral("data")));
    history.setPlanContent(&test::planContent(), &test::builtInSelfTest());
    TodayPanel panel(&history, &test::builtInSelfTest());
    EXPECT_TRUE(panel.isHidden()) << "a new user sees the welcome alone";
    plan::PlanBook book(history.store(), test::planContent(), test::builtInSelfTest());
    ASSERT_TRUE(book.start(Side::Left, kToday.addDays(-2)).ok);
    ASSERT_TRUE(book.log(2, kToday.addDays(-1)).ok);
    panel.refresh();
    panel.resize(900, 600);
    panel.show();
    QCoreApplication::processEvents();
    auto *better = panel.findChild<QPushButton *>(QStringLiteral("todayMorning-better"));
    ASSERT_NE(better, nullptr);
    QTest::mouseClick(better, Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(history.planStatus().level, 2);
    EXPECT_EQ(panel.findChild<QPushButton *>(QStringLiteral("todayMorning-better")), nullptr)
        << "answered: the panel shows the next session";
}
