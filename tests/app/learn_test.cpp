// The Learn area driven with real mouse and key events: the tour drives the diagram, sources open in the
// References section, quizzes are played through and replayed, and the area is reachable from the window.
#include "anatomy/knowledgebase.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "learn/choicebutton.h"
#include "learn/comparepage.h"
#include "learn/fibrechart.h"
#include "learn/learnarea.h"
#include "learn/notadvicepage.h"
#include "learn/quizpage.h"
#include "learn/referencespage.h"
#include "learn/tourpage.h"
#include "learn/learncontent.h"
#include "qtprinters.h"
#include "shell/appdata.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;

namespace {

const References &references()
{
    static const References list = References::builtIn();
    return list;
}

const anatomy::KnowledgeBase &base()
{
    static const anatomy::KnowledgeBase knowledge = anatomy::KnowledgeBase::builtIn(references());
    return knowledge;
}

const learn::LearnContent &content()
{
    static const learn::LearnContent learn = learn::LearnContent::builtIn(references(), base());
    return learn;
}

// A Learn area on screen, its tour starting from the first step.
struct Area {
    std::unique_ptr<LearnArea> area;

    explicit Area(bool fromStart = true)
    {
        if (fromStart)
            Settings().setValue(TourPage::settingsKey(), QString());
        area = std::make_unique<LearnArea>(&content(), &base(), &references());
        area->resize(1200, 800);
        area->show();
        QApplication::setActiveWindow(area.get());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(area.get()));
    }
    TourPage *tour() const { return area->tour(); }
    QuizPage *quiz() const { return area->quiz(); }
    QPushButton *button(const char *name) const { return area->findChild<QPushButton *>(QString::fromLatin1(name)); }
};

// The keys of every "ref:KEY" link in some HTML.
QStringList linkedKeys(const QString &html)
{
    static const QRegularExpression link(QStringLiteral("href=\"ref:([^\"]+)\""));
    QStringList keys;
    auto matches = link.globalMatch(html);
    while (matches.hasNext())
        keys.append(matches.next().captured(1));
    return keys;
}

// A point of the widget where the diagram shows `id`, found by searching its visible bounds.
std::optional<QPoint> pointOn(DiagramView *diagram, const QString &id)
{
    const QRect rect = diagram->structureRect(id).toAlignedRect();
    for (int step = 16; step >= 2; step /= 2) {
        for (int y = rect.top() + step / 2; y < rect.bottom(); y += step) {
            for (int x = rect.left() + step / 2; x < rect.right(); x += step) {
                if (diagram->structureAt(QPointF(x, y)) == id)
                    return QPoint(x, y);
            }
        }
    }
    return std::nullopt;
}

void expectDiagramFollows(const TourPage *tour, int index)
{
    const learn::TourStep &step = content().tour().at(index);
    DiagramView *diagram = tour->explorer()->diagram();
    EXPECT_EQ(tour->explorer()->currentView(), step.view) << step.id.toStdString();
    EXPECT_EQ(diagram->selected(), step.select) << step.id.toStdString();
    EXPECT_EQ(diagram->peeled(), diagram->plate().layers().indexOf(step.peel)) << step.id.toStdString();
    EXPECT_EQ(diagram->labelsVisible(), step.labels) << step.id.toStdString();
}

TEST(LearnTour, NextDrivesTheDiagramStepByStep)
{
    Area fixture;
    TourPage *tour = fixture.tour();
    ASSERT_EQ(tour->currentStep(), 0);
    expectDiagramFollows(tour, 0);
    // The first step shows the gastrocnemius; the next peels it away to the soleus.
    DiagramView *diagram = tour->explorer()->diagram();
    EXPECT_EQ(diagram->selected(), QStringLiteral("gastrocnemius-medial-head"));
    QPushButton *next = fixture.button("tourNext");
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(tour->currentStep(), 1);
    EXPECT_EQ(diagram->selected(), QStringLiteral("soleus"));
    EXPECT_EQ(diagram->plate().layers().at(diagram->peeled()), QStringLiteral("soleus-plantaris"));
    for (int i = 2; i < tour->stepCount(); ++i) {
        QTest::mouseClick(next, Qt::LeftButton);
        ASSERT_EQ(tour->currentStep(), i);
        expectDiagramFollows(tour, i);
        const auto *progress = tour->findChild<QProgressBar *>(QStringLiteral("tourProgress"));
        EXPECT_EQ(progress->value(), i + 1);
        EXPECT_EQ(tour->findChild<QLabel *>(QStringLiteral("tourCounter"))->text(),
                  QStringLiteral("Step %1 of %2").arg(i + 1).arg(tour->stepCount()));
    }
    QTest::mouseClick(fixture.button("tourBack"), Qt::LeftButton);
    EXPECT_EQ(tour->currentStep(), tour->stepCount() - 2);
    expectDiagramFollows(tour, tour->stepCount() - 2);
    // Alt+Left is Back (a button's shortcut clicks it after a short animation).
    QTest::keyClick(tour, Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return tour->currentStep() == tour->stepCount() - 3; }, 2000));
}

TEST(LearnTour, ResumesAtTheStepLeft)
{
    {
        Area fixture;
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(fixture.button("tourNext"), Qt::LeftButton);
        EXPECT_EQ(fixture.tour()->currentStep(), 3);
    }
    Area again(false);
    EXPECT_EQ(again.tour()->currentStep(), 3);
    expectDiagramFollows(again.tour(), 3);
    EXPECT_FALSE(again.button("tourBack") == nullptr);
    EXPECT_TRUE(again.button("tourBack")->isEnabled());
}

TEST(LearnTour, ASourceLinkOpensTheReference)
{
    Area fixture;
    auto *text = fixture.tour()->findChild<QTextBrowser *>(QStringLiteral("tourText"));
    ASSERT_NE(text, nullptr);
    const learn::TourStep &step = content().tour().first();
    const QString key = step.paragraphs.first().sources.first();
    const QTextCursor found = text->document()->find(references().find(key)->shortLabel);
    ASSERT_FALSE(found.isNull());
    QTextCursor middle(text->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    const QPoint at = text->cursorRect(middle).center();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(fixture.area->currentSection(), QStringLiteral("references"));
    EXPECT_EQ(fixture.area->references()->shownReference(), key);
}

TEST(LearnSources, EveryFactShownInLearnLinksToAKnownSource)
{
    Area fixture;
    auto *text = fixture.tour()->findChild<QTextBrowser *>(QStringLiteral("tourText"));
    for (int i = 0; i < fixture.tour()->stepCount(); ++i) {
        fixture.tour()->showStep(i);
        const QString html = text->toHtml();
        // Each paragraph links to its sources, each a source in references.json.
        const QStringList keys = linkedKeys(html);
        for (const anatomy::Fact &paragraph : content().tour().at(i).paragraphs) {
            for (const QString &key : paragraph.sources)
                EXPECT_TRUE(keys.contains(key)) << i << " " << key.toStdString();
        }
        for (const QString &key : keys)
            EXPECT_NE(references().find(key), nullptr) << key.toStdString();
    }
    ComparePage *compare = fixture.area->compare();
    for (const learn::CompareRow &row : content().compareRows()) {
        for (int column = 0; column < int(content().compareColumns().size()); ++column) {
            QLabel *cell = compare->cell(row.id, column);
            ASSERT_NE(cell, nullptr) << row.id.toStdString();
            const QStringList keys = linkedKeys(cell->text());
            EXPECT_FALSE(keys.isEmpty()) << row.id.toStdString();
            for (const QString &key : keys)
                EXPECT_NE(references().find(key), nullptr) << key.toStdString();
        }
    }
    EXPECT_FALSE(linkedKeys(compare->findChild<QLabel *>(QStringLiteral("fibreChartSources"))->text()).isEmpty());
    const QString about = fixture.area->about()->toHtml();
    EXPECT_GE(linkedKeys(about).size(), content().about().size());
    // Every source is listed, with its full citation.
    const QString listed = fixture.area->references()->toPlainText();
    for (const Reference &reference : references().all())
        EXPECT_TRUE(listed.contains(reference.citation)) << reference.key.toStdString();
}

TEST(LearnCompare, ChartShowsTheMeasuredFibreShares)
{
    Area fixture;
    fixture.area->showSection(QStringLiteral("compare"));
    FibreChart *chart = fixture.area->compare()->chart();
    ASSERT_EQ(chart->bars().size(), 2);
    const auto soleus = base().find(QStringLiteral("soleus"))->fibreTypes;
    const auto gastrocnemius = base().find(QStringLiteral("gastrocnemius-medial-head"))->fibreTypes;
    EXPECT_EQ(chart->bars().at(0).slowMin, soleus->typeOnePercentMin);
    EXPECT_EQ(chart->bars().at(0).slowMax, soleus->typeOnePercentMax);
    EXPECT_EQ(chart->bars().at(1).slowMin, gastrocnemius->typeOnePercentMin);
    // At 70 % the soleus bar is still slow-fibre red; the gastrocnemius bar has turned fast-fibre pale.
    const QImage image = chart->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    int left = 0;
    for (const auto &bar : chart->bars())
        left = std::max(left, chart->fontMetrics().horizontalAdvance(bar.label));
    left += 12;
    const int right = chart->width() - chart->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) / 2 - 2;
    const int x = left + (right - left) * 70 / 100;
    const QColor soleusAt70 = image.pixelColor(QPoint(x, 26 + 11) * ratio);
    const QColor gastrocAt70 = image.pixelColor(QPoint(x, 26 + 22 + 14 + 11) * ratio);
    EXPECT_LT(soleusAt70.lightness(), gastrocAt70.lightness() - 40)
        << soleusAt70.name().toStdString() << " " << gastrocAt70.name().toStdString();
    // The attachments come from the knowledge base.
    EXPECT_TRUE(fixture.area->compare()->cell(QStringLiteral("origin"), 0)->text().contains(
        base().find(QStringLiteral("soleus"))->origin->text.toHtmlEscaped()));
}

// Plays a multiple-choice quiz by keyboard and mouse; answers wrongly where `wrong` says so.
QStringList playChoices(Area &fixture, const QList<bool> &wrong)
{
    QuizPage *quiz = fixture.quiz();
    QStringList prompts;
    for (bool miss : wrong) {
        const learn::Question *question = quiz->session().current();
        EXPECT_NE(question, nullptr);
        if (!question)
            break;
        prompts.append(question->prompt + QLatin1Char('|') + question->choices.join(QLatin1Char('|')));
        ChoiceButton *target = nullptr;
        for (ChoiceButton *button : quiz->choiceButtons()) {
            if (button->isVisible() && (button->choice() == question->answer) != miss)
                target = button;
        }
        EXPECT_NE(target, nullptr);
        if (!target)
            break;
        const int scoreBefore = quiz->session().score();
        if (miss) {
            QTest::mouseClick(target, Qt::LeftButton);
            EXPECT_EQ(target->verdict(), ChoiceButton::Verdict::Wrong);
            EXPECT_TRUE(quiz->feedback()->text().contains(question->answer.toHtmlEscaped()));
        } else {
            // The right one by its number key.
            const int number = int(quiz->choiceButtons().indexOf(target)) + 1;
            QTest::keyClick(quiz, Qt::Key(Qt::Key_0 + number));
            EXPECT_EQ(target->verdict(), ChoiceButton::Verdict::Right);
        }
        EXPECT_EQ(quiz->session().score(), scoreBefore + (miss ? 0 : 1));
        EXPECT_TRUE(quiz->feedback()->isVisible());
        EXPECT_FALSE(linkedKeys(quiz->feedback()->text()).isEmpty()); // the explanation shows its sources
        // A second try at the same question changes nothing.
        QTest::mouseClick(quiz->choiceButtons().first(), Qt::LeftButton);
        EXPECT_EQ(quiz->session().score(), scoreBefore + (miss ? 0 : 1));
        QTest::keyClick(quiz->nextButton(), Qt::Key_Return);
    }
    return prompts;
}

void startQuiz(Area &fixture, int modeIndex, int count, int seed)
{
    QuizPage *quiz = fixture.quiz();
    fixture.area->showSection(QStringLiteral("quiz"));
    QComboBox *mode = quiz->modeBox();
    mode->setFocus();
    while (mode->currentIndex() < modeIndex)
        QTest::keyClick(mode, Qt::Key_Down);
    while (mode->currentIndex() > modeIndex)
        QTest::keyClick(mode, Qt::Key_Up);
    for (QSpinBox *box : {quiz->findChild<QSpinBox *>(QStringLiteral("quizCount")), quiz->seedBox()}) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(box == quiz->seedBox() ? seed : count));
    }
    QTest::mouseClick(quiz->startButton(), Qt::LeftButton);
}

TEST(LearnQuiz, MultipleChoicePlayedThroughScoresAndOffersTheMissedAgain)
{
    Area fixture;
    startQuiz(fixture, 1, 5, 321);
    QuizPage *quiz = fixture.quiz();
    ASSERT_EQ(quiz->session().count(), 5);
    const QStringList first = playChoices(fixture, {false, true, false, true, false});
    EXPECT_TRUE(quiz->session().isFinished());
    const auto *result = quiz->findChild<QLabel *>(QStringLiteral("quizResult"));
    EXPECT_EQ(result->text(), QStringLiteral("You scored 3 of 5"));
    EXPECT_TRUE(quiz->retryButton()->isVisible());
    EXPECT_TRUE(quiz->retryButton()->text().contains(QLatin1Char('2')));
    // The missed questions again: the two it got wrong.
    QTest::mouseClick(quiz->retryButton(), Qt::LeftButton);
    ASSERT_EQ(quiz->session().count(), 2);
    EXPECT_EQ(quiz->session().current()->prompt + QLatin1Char('|') + quiz->session().current()->choices.join(QLatin1Char('|')),
              first.at(1));
    playChoices(fixture, {false, false});
    EXPECT_EQ(result->text(), QStringLiteral("You scored 2 of 2"));
    EXPECT_FALSE(quiz->retryButton()->isVisible());

    // The same quiz number replays the same quiz.
    startQuiz(fixture, 1, 5, 321);
    EXPECT_EQ(playChoices(fixture, {false, false, false, false, false}), first);
}

TEST(LearnQuiz, WhichTestWhichMuscle)
{
    Area fixture;
    startQuiz(fixture, 2, 6, 5);
    QuizPage *quiz = fixture.quiz();
    ASSERT_GE(quiz->session().count(), 4);
    for (int i = 0; i < quiz->session().count(); ++i) {
        const learn::Question *question = quiz->session().current();
        ASSERT_NE(question, nullptr);
        EXPECT_TRUE(question->kind == learn::QuestionKind::WhichTest ||
                    question->kind == learn::QuestionKind::WhichMuscle);
        playChoices(fixture, {false});
    }
    EXPECT_EQ(quiz->session().score(), quiz->session().count());
}

TEST(LearnQuiz, ClickTheStructureOnTheDiagramWithTheLabelsHidden)
{
    Area fixture;
    startQuiz(fixture, 0, 4, 77);
    QuizPage *quiz = fixture.quiz();
    DiagramView *diagram = quiz->diagram();
    ASSERT_TRUE(diagram->isVisible());
    EXPECT_TRUE(diagram->namesHidden());
    EXPECT_FALSE(diagram->labelsVisible());
    ASSERT_TRUE(diagram->waitForRender());
    ASSERT_EQ(quiz->session().count(), 4);

    // Right: click on the structure asked for.
    QString target = quiz->session().current()->answer;
    std::optional<QPoint> at = pointOn(diagram, target);
    ASSERT_TRUE(at.has_value()) << target.toStdString();
    QTest::mouseClick(diagram, Qt::LeftButton, {}, *at);
    EXPECT_EQ(quiz->session().score(), 1);
    EXPECT_TRUE(quiz->feedback()->text().contains(QStringLiteral("Right")));
    QTest::keyClick(quiz->nextButton(), Qt::Key_Return);

    // Wrong: click another structure; the right one is then highlighted.
    ASSERT_TRUE(diagram->waitForRender());
    target = quiz->session().current()->answer;
    QString other;
    for (const QString &id : diagram->navigableStructures()) {
        if (id != target && pointOn(diagram, id)) {
            other = id;
            break;
        }
    }
    ASSERT_FALSE(other.isEmpty());
    QTest::mouseClick(diagram, Qt::LeftButton, {}, *pointOn(diagram, other));
    EXPECT_EQ(quiz->session().score(), 1);
    EXPECT_EQ(quiz->session().missedStructures(), QStringList{target});
    EXPECT_EQ(diagram->selected(), target);
    EXPECT_TRUE(quiz->feedback()->text().contains(QStringLiteral("Not quite")));
    EXPECT_EQ(quiz->scoreLabel()->text(), QStringLiteral("Score: 1 of 2"));
}

TEST(LearnArea, IsInTheWindowAndLinksToTheAtlas)
{
    Settings().setValue(TourPage::settingsKey(), QString());
    AppData data = AppData::loadBuiltIn();
    ASSERT_TRUE(data.learn.has_value());
    EXPECT_TRUE(areaIds().contains(QStringLiteral("learn")));
    MainWindow window;
    addAreas(window, data);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("learn"));
    auto *area = qobject_cast<LearnArea *>(window.areaPage(QStringLiteral("learn")));
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->tabs()->count(), LearnArea::sectionIds().size());
    QPushButton *open = nullptr;
    for (QPushButton *button : area->tour()->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Open in the atlas"))
            open = button;
    }
    ASSERT_NE(open, nullptr);
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(window.currentArea(), QStringLiteral("explore"));
    auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")));
    EXPECT_EQ(explorer->diagram()->selected(), content().tour().first().select);

    // The welcome page's students' card leads to the tour.
    area->showSection(QStringLiteral("quiz"));
    window.showArea(QStringLiteral("welcome"));
    QPushButton *tour = nullptr;
    for (QPushButton *button : window.areaPage(QStringLiteral("welcome"))->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Take the guided tour"))
            tour = button;
    }
    ASSERT_NE(tour, nullptr);
    QTest::mouseClick(tour, Qt::LeftButton);
    EXPECT_EQ(window.currentArea(), QStringLiteral("learn"));
    EXPECT_EQ(area->currentSection(), QStringLiteral("tour"));
}

// Not a test: renders every Learn section to PNG files for looking at them
// (run with --gtest_also_run_disabled_tests --gtest_filter='*LearnSections*'; CALFATLAS_SHOTS names the folder,
// CALFATLAS_SHOTS_THEME light or dark).
TEST(Screens, DISABLED_LearnSections)
{
    const QString folder = qEnvironmentVariable("CALFATLAS_SHOTS", QStringLiteral("/tmp"));
    const QString theme = qEnvironmentVariable("CALFATLAS_SHOTS_THEME", QStringLiteral("light"));
    applyTheme(*qApp, themeFromId(theme).value_or(Theme::Light));
    Area fixture;
    const auto shot = [&](const QString &name) {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
            QTest::qWait(60);
        }
        fixture.area->grab().save(QStringLiteral("%1/learn-%2-%3.png").arg(folder, name, theme));
    };
    fixture.tour()->explorer()->diagram()->waitForRender();
    shot(QStringLiteral("tour-1"));
    QTest::mouseClick(fixture.button("tourNext"), Qt::LeftButton);
    QTest::qWait(400);
    fixture.tour()->explorer()->diagram()->waitForRender();
    shot(QStringLiteral("tour-2"));
    fixture.tour()->showStep(7);
    QTest::qWait(400);
    fixture.tour()->explorer()->diagram()->waitForRender();
    shot(QStringLiteral("tour-8"));
    fixture.area->showSection(QStringLiteral("compare"));
    shot(QStringLiteral("compare"));
    startQuiz(fixture, 1, 5, 4);
    shot(QStringLiteral("quiz-question"));
    const learn::Question *question = fixture.quiz()->session().current();
    for (ChoiceButton *button : fixture.quiz()->choiceButtons()) {
        if (button->isVisible() && button->choice() != question->answer) {
            QTest::mouseClick(button, Qt::LeftButton);
            break;
        }
    }
    shot(QStringLiteral("quiz-answered"));
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(fixture.quiz()->nextButton(), Qt::Key_Return);
        if (fixture.quiz()->session().current())
            QTest::keyClick(fixture.quiz(), Qt::Key_1);
    }
    QTest::keyClick(fixture.quiz()->nextButton(), Qt::Key_Return);
    shot(QStringLiteral("quiz-summary"));
    startQuiz(fixture, 0, 5, 4);
    fixture.quiz()->diagram()->waitForRender();
    QTest::qWait(400);
    shot(QStringLiteral("quiz-click"));
    {
        DiagramView *diagram = fixture.quiz()->diagram();
        const QString target = fixture.quiz()->session().current()->answer;
        for (const QString &id : diagram->navigableStructures()) {
            if (id != target) {
                if (const auto at = pointOn(diagram, id)) {
                    QTest::mouseClick(diagram, Qt::LeftButton, {}, *at);
                    break;
                }
            }
        }
        QTest::qWait(400);
        shot(QStringLiteral("quiz-click-answered"));
    }
    fixture.area->showReference(QStringLiteral("Johnson1973"));
    shot(QStringLiteral("references"));
    fixture.area->showSection(QStringLiteral("about"));
    shot(QStringLiteral("about"));
    fixture.area->showSection(QStringLiteral("quiz"));
    startQuiz(fixture, 2, 3, 1);
    shot(QStringLiteral("quiz-tests"));

    // Where the tour is offered: the welcome page.
    AppData data = AppData::loadBuiltIn();
    MainWindow window;
    addAreas(window, data);
    window.resize(1200, 800);
    window.show();
    window.showArea(QStringLiteral("welcome"));
    QTest::qWait(200);
    window.grab().save(QStringLiteral("%1/learn-welcome-%2.png").arg(folder, theme));
}

} // namespace
