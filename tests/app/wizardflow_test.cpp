// SPDX-License-Identifier: MIT
// The self-test's flow, through the real widgets: a result always follows the answers as they are now,
// Done never leaves the area blank or loses a result unasked, and the keyboard stays where the person put it.
#include "ui/theme.h"
#include "wizard/kneetowallscale.h"
#include "wizard/scrollpage.h"
#include "wizardfixture.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::app::test;
using namespace calfatlas::assessment;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Left leg sore; the bench test moderate, the wall test none; at the measurement page.
void toMeasure(Wizard &w)
{
    w.next();
    w.answerSafety();
    w.next();
    w.choose(QStringLiteral("legs"), QStringLiteral("left"));
    w.next(); // where: not said
    w.next();
    w.choose(QStringLiteral("bench-left"), QStringLiteral("moderate"));
    w.next();
    w.choose(QStringLiteral("wall-left"), QStringLiteral("none"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Measure);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The marks on the result page's knee-to-wall scale, as "label cm".
QStringList scaleMarks(const Wizard &w)
{
    QStringList marks;
    for (const KneeToWallScale *scale : w.wizard.currentPage()->findChildren<KneeToWallScale *>()) {
        for (const KneeToWallScale::Mark &mark : scale->marks())
            marks.append(QStringLiteral("%1 %2").arg(mark.label).arg(mark.cm));
    }
    return marks;
}

// Clicks a button of the next message box that opens, and records that one opened.
struct AnswerNextQuestion {
    bool asked = false;
    explicit AnswerNextQuestion(QMessageBox::StandardButton answer)
    {
        QTimer::singleShot(0, [this, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = true;
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        });
    }
};

TEST(SelfTestFlow, TheResultFollowsAnswersChangedAfterItWasShown)
{
    Wizard w;
    QSignalSpy saved(&w.wizard, &SelfTestWizard::saveRequested);
    toMeasure(w);
    typeInto(w.find<QLineEdit>(QStringLiteral("distance-left")), QStringLiteral("1"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Points to your soleus")});
    EXPECT_TRUE(w.labelsNamed(QStringLiteral("explanation")).value(0).contains(QStringLiteral(" 1 cm")));
    EXPECT_EQ(scaleMarks(w), QStringList{QStringLiteral("This leg 1")});

    // Back to the distance: 12 cm.
    w.back();
    typeInto(w.find<QLineEdit>(QStringLiteral("distance-left")), QStringLiteral("12"));
    w.next();
    const QString explanation = w.labelsNamed(QStringLiteral("explanation")).value(0);
    EXPECT_TRUE(explanation.contains(QStringLiteral(" 12 cm"))) << explanation.toStdString();
    EXPECT_FALSE(explanation.contains(QStringLiteral(" 1 cm"))) << explanation.toStdString();
    EXPECT_EQ(scaleMarks(w), QStringList{QStringLiteral("This leg 12")});

    // Back to the wall test: strong now. The verdict changes with it.
    w.back();
    w.back();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Wall);
    w.choose(QStringLiteral("wall-left"), QStringLiteral("strong"));
    w.next();
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("May involve both calf muscles")});
    EXPECT_FALSE(w.labelsNamed(QStringLiteral("explanation")).value(0).contains(QStringLiteral("brought on none")));

    // Save saves what is on screen.
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("save")), Qt::LeftButton);
    ASSERT_EQ(saved.count(), 1);
    const auto results = saved.at(0).at(0).value<std::vector<LegResult>>();
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].answers.wall, Level::Strong);
    EXPECT_EQ(results[0].answers.kneeToWallCm, 12.0);
    EXPECT_EQ(results[0].assessment.verdict, Verdict::Both);
}

TEST(SelfTestFlow, DoneAsksToSaveAnUnsavedResultAndLeavesAFreshStart)
{
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Discard, QMessageBox::Save}) {
        Wizard w;
        int saves = 0;
        QObject::connect(&w.wizard, &SelfTestWizard::saveRequested, &w.wizard, [&](const auto &) {
            ++saves;
            w.wizard.setSaveOutcome(true, QStringLiteral("Saved to your history."), 7);
        });
        w.runTo(QStringLiteral("right"), {{QStringLiteral("bench-right"), QStringLiteral("mild")},
                                          {QStringLiteral("wall-right"), QStringLiteral("none")}});
        ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
        AnswerNextQuestion question(answer);
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        EXPECT_TRUE(question.asked);
        EXPECT_TRUE(w.wizard.isVisible()) << "the area is never left blank";
        if (answer == QMessageBox::Cancel) {
            EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Result) << "Cancel stays on the result";
            EXPECT_EQ(w.headlines().size(), 1);
            continue;
        }
        EXPECT_EQ(saves, answer == QMessageBox::Save ? 1 : 0);
        EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Intro);
        // A fresh start, usable again: the safety answers are gone.
        w.next();
        EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Emergency);
        EXPECT_FALSE(w.button(QWizard::NextButton)->isEnabled());
    }
}

TEST(SelfTestFlow, DoneAfterSavingDoesNotAsk)
{
    Wizard w;
    QObject::connect(&w.wizard, &SelfTestWizard::saveRequested, &w.wizard,
                     [&](const auto &) { w.wizard.setSaveOutcome(true, QStringLiteral("Saved."), 3); });
    QSignalSpy shown(&w.wizard, &SelfTestWizard::showSavedRequested);
    w.next();
    w.answerSafety(QStringLiteral("heel-gap"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
    QTest::mouseClick(w.find<QPushButton>(QStringLiteral("save")), Qt::LeftButton);
    // The page now offers the saved entry.
    auto *open = w.find<QPushButton>(QStringLiteral("openSaved"));
    ASSERT_TRUE(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.at(0).at(0).toLongLong(), 3);

    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Intro);
    EXPECT_TRUE(w.wizard.isVisible());
}

TEST(SelfTestFlow, TypingADistanceKeepsTheFocusInTheField)
{
    Wizard w;
    toMeasure(w);
    auto *distance = w.find<QLineEdit>(QStringLiteral("distance-left"));
    EXPECT_EQ(focused(), distance) << "the page opens on its first empty field";
    for (const char key : {'1', '1', '.', '5'}) {
        QTest::keyClick(focused(), key);
        ASSERT_EQ(focused(), distance) << "after " << key << " " << focused()->metaObject()->className() << " "
                                       << focused()->objectName().toStdString() << " parent "
                                       << focused()->parentWidget()->metaObject()->className();
    }
    EXPECT_EQ(distance->text(), QStringLiteral("11.5"));
}

TEST(SelfTestFlow, AnsweringKeepsTheFocusOnThePage)
{
    Wizard w;
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Emergency);
    // The page opens on its first question; N answers it, and the focus stays in that question.
    auto *first = w.find<ChoiceGroup>(allRedFlagIds().first());
    ASSERT_TRUE(first->isAncestorOf(focused()));
    QTest::keyClick(focused(), Qt::Key_N);
    EXPECT_EQ(first->selected(), QStringLiteral("no"));
    EXPECT_TRUE(first->isAncestorOf(focused()));
    // Clicking answers too; the focus stays on the page, on the answer clicked.
    w.answerSafety();
    EXPECT_TRUE(w.wizard.currentPage()->isAncestorOf(focused()));
    auto *last = qobject_cast<ChoiceGroup *>(focused()->parentWidget());
    ASSERT_NE(last, nullptr) << "the focus is on the answer last clicked";
    QTest::keyClick(focused(), Qt::Key_Y);
    EXPECT_EQ(last->selected(), QStringLiteral("yes"));
    EXPECT_TRUE(w.wizard.currentPage()->isAncestorOf(focused()));

    w.wizard.startAgain();
    toMeasure(w);
    w.back(); // the wall test
    w.choose(QStringLiteral("wall-left"), QStringLiteral("mild"));
    EXPECT_EQ(focused(),
              w.find<ChoiceGroup>(QStringLiteral("wall-left"))->findChild<QRadioButton *>(QStringLiteral("mild")));
    QTest::keyClick(focused(), Qt::Key_Down);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("wall-left"))->selected(), QStringLiteral("moderate"));
    EXPECT_TRUE(w.wizard.currentPage()->isAncestorOf(focused()));
}

TEST(SelfTestFlow, EnterGoesToTheNextPageWheneverNextIsEnabled)
{
    Wizard w;
    const auto enter = [&] { QTest::keyClick(focused(), Qt::Key_Return); };
    enter(); // intro
    for (const auto page : {SelfTestWizard::Emergency, SelfTestWizard::Safety}) {
        ASSERT_EQ(w.wizard.currentId(), page);
        enter(); // nothing answered: Next is disabled, and Enter does nothing
        EXPECT_EQ(w.wizard.currentId(), page);
        const auto questions = w.wizard.currentPage()->findChildren<ChoiceGroup *>();
        for (qsizetype question = 0; question < questions.size(); ++question) {
            QTest::keyClick(focused(), Qt::Key_N);
            if (question + 1 < questions.size())
                QTest::keyClick(focused(), Qt::Key_Tab);
        }
        enter();
    }
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::About);
    QTest::keyClick(focused(), Qt::Key_Right); // from Left to Right
    QTest::keyClick(focused(), Qt::Key_Space); // and choose it
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("legs"))->selected(), QStringLiteral("right"));
    enter();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Where);
    // The list has the focus: Down from the first place to the second, Space chooses it.
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Space);
    EXPECT_EQ(w.find<ChoiceGroup>(QStringLiteral("whereList-right"))->selected(), QStringLiteral("lower-calf"));
    enter();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Bench);
    QTest::keyClick(focused(), Qt::Key_Space); // the first rating: none
    QTest::keyClick(focused(), Qt::Key_Down);  // mild
    enter();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Wall);
    QTest::keyClick(focused(), Qt::Key_Space);
    enter();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Measure);
    QTest::keyClicks(focused(), QStringLiteral("9"));
    enter();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Result);
    EXPECT_EQ(w.headlines(), QStringList{QStringLiteral("Points more to your soleus")});
}

TEST(SelfTestFlow, TabVisitsTheQuestionsBeforeTheButtons)
{
    Wizard w;
    w.next();
    w.answerFlagsOnPage();
    w.next(); // the second page of warning signs, which adds a row after the page was made
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Safety);
    const QList<QAbstractButton *> buttons{w.button(QWizard::BackButton), w.button(QWizard::NextButton),
                                           w.button(QWizard::CancelButton)};
    QStringList questionsVisited;
    for (int press = 0; press < 40; ++press) {
        QWidget *now = focused();
        ASSERT_NE(now, nullptr);
        if (buttons.contains(now) || w.sidebar == now)
            break;
        if (auto *group = qobject_cast<ChoiceGroup *>(now->parentWidget());
            group && !questionsVisited.contains(group->objectName()))
            questionsVisited.append(group->objectName());
        QTest::keyClick(now, Qt::Key_Tab);
    }
    QStringList onThePage;
    for (const ChoiceGroup *group : w.wizard.currentPage()->findChildren<ChoiceGroup *>())
        onThePage.append(group->objectName());
    EXPECT_EQ(questionsVisited, onThePage);
    EXPECT_GE(questionsVisited.size(), 6);
    EXPECT_EQ(focused(), w.button(QWizard::BackButton)) << "then the wizard's own buttons, in order";
}

TEST(SelfTestFlow, OneSoreLegIsComparedWithTheOtherButOnlyItGetsAResult)
{
    Wizard w;
    toMeasure(w);
    auto *other = w.find<QLineEdit>(QStringLiteral("distance-right"));
    ASSERT_NE(other, nullptr) << "the leg that does not hurt has a field of its own";
    EXPECT_TRUE(other->accessibleName().contains(QStringLiteral("not sore")));
    typeInto(w.find<QLineEdit>(QStringLiteral("distance-left")), QStringLiteral("8"));
    typeInto(other, QStringLiteral("12"));
    w.next();
    const std::vector<LegResult> results = w.wizard.results();
    ASSERT_EQ(results.size(), 1u) << "no verdict for a leg that was not reported sore";
    EXPECT_EQ(results[0].answers.side, Side::Left);
    EXPECT_EQ(results[0].answers.kneeToWallCm, 8.0);
    EXPECT_EQ(results[0].answers.otherLegKneeToWallCm, 12.0);
    EXPECT_EQ(w.headlines().size(), 1);
    EXPECT_EQ(w.wizard.currentPage()->findChildren<QWidget *>(QStringLiteral("result-right")).size(), 0);
    EXPECT_EQ(scaleMarks(w), (QStringList{QStringLiteral("This leg 8"), QStringLiteral("Other 12")}));

    // Only the other leg measured: nothing to compare, and no problem either.
    w.back();
    w.find<QLineEdit>(QStringLiteral("distance-left"))->clear();
    w.next();
    ASSERT_EQ(w.wizard.results().size(), 1u);
    EXPECT_FALSE(w.wizard.results()[0].answers.otherLegKneeToWallCm.has_value());
}

TEST(SelfTestFlow, EveryResultOpensAtTheTop)
{
    Wizard w;
    w.host.resize(900, 520); // a small window: the result scrolls
    w.runTo(QStringLiteral("both"), {{QStringLiteral("bench-left"), QStringLiteral("moderate")},
                                     {QStringLiteral("bench-right"), QStringLiteral("mild")},
                                     {QStringLiteral("wall-left"), QStringLiteral("none")},
                                     {QStringLiteral("wall-right"), QStringLiteral("strong")}});
    auto *scroll = w.find<QScrollArea>(QStringLiteral("pageScroll"));
    QScrollBar *bar = scroll->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), bar->minimum());
    bar->setValue(bar->maximum());
    w.back();
    w.next();
    EXPECT_EQ(bar->value(), bar->minimum()) << "a new result opens at its headline";
}

TEST(SelfTestFlow, TheHeaderCountsTheStepsOnThePath)
{
    Wizard w;
    const auto progress = [&] { return qobject_cast<ScrollPage *>(w.wizard.currentPage())->progress(); };
    EXPECT_EQ(progress(), QStringLiteral("Step 1 of 9"));
    w.next();
    EXPECT_EQ(progress(), QStringLiteral("Step 2 of 9"));
    w.choose(QStringLiteral("dark-urine"), QStringLiteral("yes"));
    EXPECT_EQ(progress(), QStringLiteral("Step 2 of 3")) << "an emergency sign ends on the emergency page";
    w.answerSafety(QStringLiteral("sudden-pop"));
    EXPECT_EQ(progress(), QStringLiteral("Step 3 of 4")) << "a warning sign ends on the care page";
    w.choose(QStringLiteral("sudden-pop"), QStringLiteral("no"));
    EXPECT_EQ(progress(), QStringLiteral("Step 3 of 9"));
    w.next();
    EXPECT_EQ(progress(), QStringLiteral("Step 4 of 9"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Where);
    EXPECT_EQ(progress(), QStringLiteral("Step 5 of 9"));
    w.choose(QStringLiteral("whereList-leg"), QStringLiteral("heel"));
    EXPECT_EQ(progress(), QStringLiteral("Step 5 of 6")) << "a place outside the calf skips the tests";
    w.choose(QStringLiteral("whereList-leg"), QStringLiteral("whole-calf"));
    EXPECT_EQ(progress(), QStringLiteral("Step 5 of 9"));
}

} // namespace

namespace {

// A link from Movement to a test page while the care page is showing: the care page stays (it has no way
// on), and the call returns.
TEST(SelfTestFlow, ALinkToAStepStopsAtAPageWithNothingAfterIt)
{
    Wizard w;
    w.next();
    w.answerSafety(QStringLiteral("heel-gap"));
    w.next();
    ASSERT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
    w.wizard.showStep(QStringLiteral("bench"));
    EXPECT_EQ(w.wizard.currentId(), SelfTestWizard::Care);
}

} // namespace

namespace {

// The mean lightness of a band of the scroll bar, from `from` to `to` (fractions of its height).
double bandLightness(const QImage &image, double from, double to)
{
    double sum = 0;
    int count = 0;
    for (int y = int(from * image.height()); y < int(to * image.height()); ++y) {
        for (int x = 0; x < image.width(); ++x, ++count)
            sum += QColor(image.pixel(x, y)).lightnessF();
    }
    return count ? sum / count : 0;
}

// The thumb is the shape that stands out from the window (darker in the light theme, lighter in the dark
// one), at the top while the view is at the top and at the bottom at the end.
TEST(SelfTestFlow, TheScrollBarsThumbIsWhereTheViewIs)
{
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(*qApp, theme);
        Wizard w;
        w.host.resize(900, 520);
        w.runTo(QStringLiteral("right"), {{QStringLiteral("bench-right"), QStringLiteral("mild")},
                                          {QStringLiteral("wall-right"), QStringLiteral("none")}});
        QScrollBar *bar = w.find<QScrollArea>(QStringLiteral("pageScroll"))->verticalScrollBar();
        ASSERT_TRUE(bar->isVisible());
        QApplication::processEvents();
        const double window = qApp->palette().color(QPalette::Window).lightnessF();
        const auto contrast = [window](const QImage &image, double from, double to) {
            return std::abs(bandLightness(image, from, to) - window);
        };
        QImage top = bar->grab().toImage();
        EXPECT_GT(contrast(top, 0.05, 0.15), contrast(top, 0.85, 0.95) + 0.1) << idOf(theme).toStdString();
        bar->setValue(bar->maximum());
        QImage end = bar->grab().toImage();
        EXPECT_LT(contrast(end, 0.05, 0.15) + 0.1, contrast(end, 0.85, 0.95)) << idOf(theme).toStdString();
    }
    // The tests after this one in the same program expect the light theme.
    applyTheme(*qApp, Theme::Light);
    qApp->setStyleSheet({});
}

} // namespace
