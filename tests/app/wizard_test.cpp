// SPDX-License-Identifier: MIT
// The self-test wizard, walked through with real clicks and key presses on an offscreen window.
#include "assessment/selftestcontent.h"
#include "qtprinters.h"
#include "ui/theme.h"
#include "wizard/choicegroup.h"
#include "wizard/selftestwizard.h"
#include "wizardfixture.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::assessment;
using namespace calfatlas::app::test;

namespace {

TEST(SelfTest, NextWaitsForEverySafetyAnswer)
{
    Wizard w;
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Emergency);
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.choose(QStringLiteral("dark-urine"), QStringLiteral("no"));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.answerFlagsOnPage();
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.choose(QStringLiteral("sudden-pop"), QStringLiteral("no"));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.answerFlagsOnPage();
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
}

// A single "yes" is enough to go on: the care pages come before every other question is answered.
TEST(SelfTest, AWarningSignNeedsNoMoreAnswersBeforeTheCarePage)
{
    Wizard w;
    w.next();
    w.choose(QStringLiteral("breathless-chest-pain"), QStringLiteral("yes"));
    ASSERT_TRUE(w.button(QWizard::NextButton)->isEnabled()) << "four questions left unanswered";
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::EmergencyCare);

    Wizard other;
    other.next();
    other.answerFlagsOnPage();
    other.next();
    // A sign to be seen soon is not enough: a question still open could make it today.
    other.choose(QStringLiteral("numbness"), QStringLiteral("yes"));
    EXPECT_FALSE(other.button(QWizard::NextButton)->isEnabled()) << "the clot and same-day questions are still open";
    other.choose(QStringLiteral("numbness"), QStringLiteral("no"));
    other.choose(QStringLiteral("heel-gap"), QStringLiteral("yes"));
    EXPECT_TRUE(other.button(QWizard::NextButton)->isEnabled());
    // The clot questions need both answers to be a sign: one "yes" alone is not enough to leave the page.
    other.choose(QStringLiteral("heel-gap"), QStringLiteral("no"));
    other.choose(QStringLiteral("clot-risk"), QStringLiteral("yes"));
    EXPECT_FALSE(other.button(QWizard::NextButton)->isEnabled());
    other.choose(QStringLiteral("rest-pain"), QStringLiteral("yes"));
    EXPECT_TRUE(other.button(QWizard::NextButton)->isEnabled());
    other.next();
    EXPECT_EQ(other.wizard.currentId(), SelfTestWizard::Care);
    EXPECT_EQ(other.headlines().value(0), QStringLiteral("See a clinician today"));
}

// The emergency questions come first, on a page of their own; any "yes" ends on the emergency page, which
// says whom to call and why, and nothing else.
TEST(SelfTest, AnEmergencySignEndsOnTheEmergencyPage)
{
    for (const QString &flag :
         {QStringLiteral("breathless-chest-pain"), QStringLiteral("severe-tense-calf"),
          QStringLiteral("cold-pale-foot"), QStringLiteral("dark-urine"), QStringLiteral("both-legs-saddle")}) {
        Wizard w;
        w.next();
        ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Emergency);
        EXPECT_NE(w.find<ChoiceGroup>(flag), nullptr) << flag.toStdString();
        EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("sudden-pop")), nullptr) << "not an emergency question";
        w.answerSafety(flag);
        w.next();
        ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::EmergencyCare) << flag.toStdString();
        EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Call the emergency number now")});
        // Whom to call, in large type; why; and no cards of advice beside it.
        const auto advice =
            w.wizard.currentPage()->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^advice-")));
        EXPECT_TRUE(advice.isEmpty());
        auto *numbers = w.find<QLabel>(QStringLiteral("emergencyNumbers"));
        ASSERT_NE(numbers, nullptr);
        EXPECT_TRUE(numbers->isVisible());
        for (const char *number : {"999", "112", "911", "000"})
            EXPECT_TRUE(numbers->text().contains(QString::fromLatin1(number))) << number;
        EXPECT_TRUE(w.labelsNamed(QStringLiteral("explanation")).value(0).startsWith(QStringLiteral("Why: ")));
        EXPECT_EQ(w.find<QLabel>(QStringLiteral("urgencyWords"))->text(), QStringLiteral("Emergency: call now"));
        EXPECT_FALSE(w.find<QPushButton>(QStringLiteral("save"))->isVisible()) << "nothing else on the page";
        EXPECT_FALSE(w.find<QPushButton>(QStringLiteral("copy"))->isVisible());
        // Done starts again at once: no question stands between the person and the call.
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
        EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Intro);
    }
}

TEST(SelfTest, ARedFlagStopsOnTheCarePageWithNoExercises)
{
    Wizard w;
    w.next();
    w.answerSafety(QStringLiteral("heel-gap"));
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
    ASSERT_EQ(w.headlines().size(), 1);
    EXPECT_EQ(w.headlines().first(), QStringLiteral("See a clinician today"));
    const auto advice = w.wizard.currentPage()->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^advice-")));
    ASSERT_EQ(advice.size(), 1);
    EXPECT_EQ(advice.first()->objectName(), QStringLiteral("advice-see-clinician"));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isVisible());
}

// A clot risk with pain at rest ends on the care page, to be seen today; a risk alone goes on to the tests.
TEST(SelfTest, AClotRiskWithPainAtRestEndsOnTheCarePage)
{
    Wizard w;
    w.next();
    w.answerFlagsOnPage();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("clot-signs")), nullptr) << "derived, never asked";
    w.answerFlagsOnPage({}, {QStringLiteral("clot-risk"), QStringLiteral("rest-pain")});
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("See a clinician today")});
    ASSERT_EQ(w.wizard.results().size(), 1u);
    EXPECT_EQ(w.wizard.results()[0].assessment.redFlags, std::vector{RedFlag::ClotSigns});

    w.back();
    w.choose(QStringLiteral("rest-pain"), QStringLiteral("no"));
    w.next();
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::About) << "a clot risk alone is no red flag";
    EXPECT_EQ(w.wizard.answers().clotRisk, true);
    EXPECT_EQ(w.wizard.answers().restPain, false);
}

// Beside the clot questions, "Show me where" opens the atlas at the veins where clots form.
TEST(SelfTest, TheClotQuestionShowsWhereClotsForm)
{
    Wizard w;
    QSignalSpy shown(&w.wizard, &SelfTestWizard::showStructureRequested);
    w.next();
    w.answerFlagsOnPage();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
    auto *show = w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("showClotVeins"));
    ASSERT_NE(show, nullptr);
    QTest::mouseClick(show, Qt::LeftButton);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.at(0).at(0).toString(), QStringLiteral("soleal-veins"));
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Safety) << "the questions stay where they were";
}

// With the focus on "Show me where", Enter still goes on to the next page, as on every page of the test; Space
// opens the atlas.
TEST(SelfTest, EnterOnShowMeWhereGoesOnAndSpaceOpensTheAtlas)
{
    Wizard w;
    QSignalSpy shown(&w.wizard, &SelfTestWizard::showStructureRequested);
    w.next();
    w.answerFlagsOnPage();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
    w.answerFlagsOnPage();
    auto *show = w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("showClotVeins"));
    ASSERT_NE(show, nullptr);
    show->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(show->hasFocus());
    QTest::keyClick(show, Qt::Key_Space);
    EXPECT_EQ(shown.count(), 1);
    QTest::keyClick(show, Qt::Key_Return);
    EXPECT_EQ(shown.count(), 1) << "Enter does not leave the test for the atlas";
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::About);
}

// After a sudden start the test pages ask to go gently, and the result begins with a few easier days.
TEST(SelfTest, ASuddenStartAsksForGentleTestsAndEasingOff)
{
    Wizard w;
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("left"));
    w.choose(QStringLiteral("sudden"), QStringLiteral("yes"));
    w.next(); // where: not said
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Bench);
    EXPECT_TRUE(w.find<QLabel>(QStringLiteral("gentle"))->isVisible());
    w.choose(QStringLiteral("bench-left"), QStringLiteral("moderate"));
    w.next();
    EXPECT_TRUE(w.find<QLabel>(QStringLiteral("gentle"))->isVisible());
    w.choose(QStringLiteral("wall-left"), QStringLiteral("none"));
    w.next();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    EXPECT_EQ(w.wizard.results().at(0).assessment.advice.front().id, QStringLiteral("ease-off"));

    // Back to About: no sudden start, no such line.
    for (int page = 0; page < 5; ++page)
        w.back();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::About);
    w.choose(QStringLiteral("sudden"), QStringLiteral("no"));
    w.next();
    w.next();
    EXPECT_FALSE(w.find<QLabel>(QStringLiteral("gentle"))->isVisible());
}

TEST(SelfTest, NumbnessAloneSaysSoon)
{
    Wizard w;
    w.next();
    w.answerSafety(QStringLiteral("numbness"));
    w.next();
    EXPECT_EQ(w.headlines().value(0), QStringLiteral("See a clinician soon"));
}

TEST(SelfTest, EachVerdictAppearsForTheRatingsThatProduceIt)
{
    const QList<std::pair<QList<std::pair<QString, QString>>, QString>> cases{
        {{{QStringLiteral("bench-right"), QStringLiteral("strong")},
          {QStringLiteral("wall-right"), QStringLiteral("none")}},
         QStringLiteral("Points to your soleus")},
        {{{QStringLiteral("bench-right"), QStringLiteral("none")},
          {QStringLiteral("wall-right"), QStringLiteral("mild")}},
         QStringLiteral("Points more to your gastrocnemius")},
        {{{QStringLiteral("bench-right"), QStringLiteral("mild")},
          {QStringLiteral("wall-right"), QStringLiteral("strong")}},
         QStringLiteral("May involve both calf muscles")},
        {{{QStringLiteral("bench-right"), QStringLiteral("none")},
          {QStringLiteral("wall-right"), QStringLiteral("none")}},
         QStringLiteral("Neither test pointed to a calf muscle")}};
    for (const auto &[ratings, headline] : cases) {
        Wizard w;
        w.runTo(QStringLiteral("right"), ratings);
        EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
        EXPECT_EQ(w.headlines(), QStringList{headline});
    }
}

TEST(SelfTest, BothLegsAreTestedAndEachGetsAResult)
{
    Wizard w;
    w.runTo(QStringLiteral("both"), {{QStringLiteral("bench-left"), QStringLiteral("moderate")},
                                     {QStringLiteral("bench-right"), QStringLiteral("none")},
                                     {QStringLiteral("wall-left"), QStringLiteral("none")},
                                     {QStringLiteral("wall-right"), QStringLiteral("strong")}});
    EXPECT_EQ(w.headlines(),
              (QStringList{QStringLiteral("Points to your soleus"), QStringLiteral("Points to your gastrocnemius")}));
    const std::vector<LegResult> results = w.wizard.results();
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].answers.side, Side::Left);
    EXPECT_EQ(results[1].answers.side, Side::Right);
}

TEST(SelfTest, ABenchRatingIsNeededForEveryLeg)
{
    Wizard w;
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("both"));
    w.next(); // where: not said
    w.next();
    w.choose(QStringLiteral("bench-left"), QStringLiteral("mild"));
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    w.choose(QStringLiteral("bench-right"), QStringLiteral("none"));
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
}

TEST(SelfTest, BackKeepsEveryAnswer)
{
    Wizard w;
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("left"));
    w.choose(QStringLiteral("strike"), QStringLiteral("forefoot"));
    w.next();
    w.choose(QStringLiteral("whereList-left"), QStringLiteral("lower-calf"));
    w.next();
    w.choose(QStringLiteral("bench-left"), QStringLiteral("moderate"));
    w.back(); // -> where
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("whereList-left"))->selected(), QStringLiteral("lower-calf"));
    w.back();                                                // -> about
    w.back();                                                // -> safety
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled()); // the safety answers are still there
    w.next();
    EXPECT_EQ(w.wizard.currentPage()->findChild<ChoiceGroup *>(QStringLiteral("strike"))->selected(),
              QStringLiteral("forefoot"));
    w.next();
    w.next();
    EXPECT_EQ(w.wizard.currentPage()->findChild<ChoiceGroup *>(QStringLiteral("bench-left"))->selected(),
              QStringLiteral("moderate"));
    EXPECT_EQ(w.wizard.answers().context.strike, Strike::Forefoot);
}

TEST(SelfTest, SkippedQuestionsStillGiveAResult)
{
    Wizard w;
    w.runTo(QString(), {{QStringLiteral("bench-leg"), QStringLiteral("mild")},
                        {QStringLiteral("wall-leg"), QStringLiteral("none")}});
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Points more to your soleus")});
    const SelfTestAnswers answers = w.wizard.answers();
    EXPECT_FALSE(answers.context.runner.has_value());
    EXPECT_FALSE(answers.context.volumeIncreasePercent.has_value());
    EXPECT_EQ(answers.context.strike, Strike::Unknown);
    ASSERT_EQ(answers.legs.size(), 1u);
    EXPECT_FALSE(answers.legs[0].side.has_value());
}

TEST(SelfTest, BadMeasurementsAreRefusedOnThePage)
{
    Wizard w;
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("left"));
    w.next(); // where: not said
    w.next();
    w.choose(QStringLiteral("bench-left"), QStringLiteral("mild"));
    w.next();
    w.choose(QStringLiteral("wall-left"), QStringLiteral("none"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Measure);
    auto *distance = w.wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("distance-left"));
    auto *problem = w.wizard.currentPage()->findChild<QLabel *>(QStringLiteral("problem-left"));
    ASSERT_NE(distance, nullptr);
    for (const char *bad : {"-3", "40", "ten"}) {
        distance->clear();
        QTest::keyClicks(distance, QString::fromLatin1(bad));
        EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled()) << bad;
        EXPECT_FALSE(problem->text().isEmpty()) << bad;
    }
    distance->clear(); // empty: not measured, which is fine
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(problem->text().isEmpty());
    QTest::keyClicks(distance, QStringLiteral("8,5"));
    EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    const std::vector<LegResult> results = w.wizard.results();
    ASSERT_EQ(results.size(), 1u);
    ASSERT_TRUE(results[0].assessment.kneeToWall.has_value());
    EXPECT_DOUBLE_EQ(results[0].assessment.kneeToWall->cm, 8.5);
    EXPECT_EQ(results[0].assessment.kneeToWall->band, KneeToWallBand::Reduced);
}

TEST(SelfTest, EscapeAsksBeforeDiscarding)
{
    Wizard w;
    w.next();
    w.answerSafety();
    // Answer the question that pops up: first keep the answers, then discard them.
    for (const auto button : {QMessageBox::Cancel, QMessageBox::Discard}) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
        QTest::keyClick(&w.wizard, Qt::Key_Escape);
        if (button == QMessageBox::Cancel) {
            EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
            EXPECT_TRUE(w.button(QWizard::NextButton)->isEnabled());
        }
    }
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Intro);
    w.next();
    EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled()); // the old answers are gone
}

TEST(SelfTest, ShowMeAndCopyAndSave)
{
    Wizard w;
    QSignalSpy shown(&w.wizard, &SelfTestWizard::showStructureRequested);
    QSignalSpy saved(&w.wizard, &SelfTestWizard::saveRequested);
    w.runTo(QStringLiteral("right"), {{QStringLiteral("bench-right"), QStringLiteral("strong")},
                                      {QStringLiteral("wall-right"), QStringLiteral("none")}});
    auto *show = w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("showVerdictMuscle"));
    ASSERT_NE(show, nullptr);
    QTest::mouseClick(show, Qt::LeftButton);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.at(0).at(0).toString(), QStringLiteral("soleus"));

    QTest::mouseClick(w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("copy")), Qt::LeftButton);
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("Points to your soleus")));

    auto *save = w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("save"));
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isVisible()); // the spy listens
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    w.wizard.setSaveOutcome(false, QStringLiteral("The disk is full."));
    EXPECT_TRUE(save->isEnabled()); // ready to try again
    EXPECT_EQ(w.wizard.currentPage()->findChild<QLabel *>(QStringLiteral("saveStatus"))->text(),
              QStringLiteral("The disk is full."));
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
}

TEST(SelfTest, EveryControlHasAnAccessibleName)
{
    Wizard w;
    w.runTo(QStringLiteral("both"), {{QStringLiteral("bench-left"), QStringLiteral("mild")},
                                     {QStringLiteral("bench-right"), QStringLiteral("mild")},
                                     {QStringLiteral("wall-left"), QStringLiteral("none")},
                                     {QStringLiteral("wall-right"), QStringLiteral("none")}});
    for (int id : w.wizard.pageIds()) {
        for (QRadioButton *radio : w.wizard.page(id)->findChildren<QRadioButton *>())
            EXPECT_FALSE(radio->accessibleName().isEmpty()) << radio->text().toStdString();
        for (QLineEdit *edit : w.wizard.page(id)->findChildren<QLineEdit *>()) {
            if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget())) { // a spin box names its own editor
                EXPECT_FALSE(edit->accessibleName().isEmpty()) << edit->objectName().toStdString();
            }
        }
        for (QAbstractSpinBox *spin : w.wizard.page(id)->findChildren<QAbstractSpinBox *>())
            EXPECT_FALSE(spin->accessibleName().isEmpty()) << spin->objectName().toStdString();
    }
}

} // namespace

namespace {

// Not a test: renders every page of the self-test to PNG files for looking at them
// (run with --gtest_also_run_disabled_tests --gtest_filter='*WizardPages*'; CALFATLAS_SHOTS names the folder).
TEST(Screens, DISABLED_WizardPages)
{
    const QString folder = qEnvironmentVariable("CALFATLAS_SHOTS", QStringLiteral("/tmp"));
    applyTheme(*qApp, themeFromId(qEnvironmentVariable("CALFATLAS_SHOTS_THEME")).value_or(Theme::Light));
    Wizard w;
    w.host.resize(1230, 780);
    int n = 0;
    const auto shot = [&](const QString &name) {
        QApplication::processEvents();
        w.wizard.grab().save(QStringLiteral("%1/wizard-%2-%3.png").arg(folder).arg(++n).arg(name));
    };
    shot(QStringLiteral("intro"));
    w.next();
    w.answerSafety();
    shot(QStringLiteral("safety"));
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("both"));
    w.choose(QStringLiteral("runner"), QStringLiteral("yes"));
    w.choose(QStringLiteral("strike"), QStringLiteral("midfoot"));
    shot(QStringLiteral("about"));
    w.next();
    w.choose(QStringLiteral("bench-left"), QStringLiteral("moderate"));
    w.choose(QStringLiteral("bench-right"), QStringLiteral("none"));
    shot(QStringLiteral("bench"));
    w.next();
    w.choose(QStringLiteral("wall-left"), QStringLiteral("none"));
    w.choose(QStringLiteral("wall-right"), QStringLiteral("strong"));
    shot(QStringLiteral("wall"));
    w.next();
    QTest::keyClicks(w.wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("distance-left")),
                     QStringLiteral("8.5"));
    QTest::keyClicks(w.wizard.currentPage()->findChild<QLineEdit *>(QStringLiteral("distance-right")),
                     QStringLiteral("11"));
    shot(QStringLiteral("measure"));
    w.next();
    shot(QStringLiteral("result"));
    if (auto *scroll = w.wizard.currentPage()->findChild<QScrollArea *>(QStringLiteral("pageScroll"))) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shot(QStringLiteral("result-end"));
        scroll->verticalScrollBar()->setValue(0);
    }
    w.wizard.startAgain();
    w.next();
    w.answerSafety(QStringLiteral("swelling-warmth"));
    w.next();
    shot(QStringLiteral("care"));
}

} // namespace

// A result that points to a calf muscle offers the plan back to running for that leg; one that points
// elsewhere, or to no muscle, does not.
TEST(SelfTest, ACalfMuscleResultOffersAPlanForThatLeg)
{
    Wizard w;
    QSignalSpy start(&w.wizard, &SelfTestWizard::startPlanRequested);
    w.runTo(QStringLiteral("right"), {{QStringLiteral("bench-right"), QStringLiteral("strong")},
                                      {QStringLiteral("wall-right"), QStringLiteral("none")}});
    auto *offer = w.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("startPlan"));
    ASSERT_NE(offer, nullptr);
    QTest::mouseClick(offer, Qt::LeftButton);
    ASSERT_EQ(start.count(), 1);
    EXPECT_EQ(start.at(0).at(0).value<calfatlas::assessment::Side>(), calfatlas::assessment::Side::Right);

    Wizard neither;
    neither.runTo(QStringLiteral("left"), {{QStringLiteral("bench-left"), QStringLiteral("none")},
                                           {QStringLiteral("wall-left"), QStringLiteral("none")}});
    EXPECT_EQ(neither.wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("startPlan")), nullptr);
}
