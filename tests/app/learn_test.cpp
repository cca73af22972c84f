// SPDX-License-Identifier: MIT
// The Learn area driven with real mouse and key events: the tour drives the diagram, sources open in the
// References section, quizzes are played through and replayed, and the area is reachable from the window.
#include "learnfixture.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLineEdit>

#include <QSet>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::test;

namespace {

void expectDiagramFollows(const TourPage *tour, int index)
{
    const learn::TourStep &step = learnContent().tour().at(index);
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
    EXPECT_TRUE(QTest::qWaitFor([&] { return tour->currentStep() == tour->stepCount() - 3; }, 30000));
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
    const learn::TourStep &step = learnContent().tour().first();
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
        for (const anatomy::Fact &paragraph : learnContent().tour().at(i).paragraphs) {
            for (const QString &key : paragraph.sources)
                EXPECT_TRUE(keys.contains(key)) << i << " " << key.toStdString();
        }
        for (const QString &key : keys)
            EXPECT_NE(references().find(key), nullptr) << key.toStdString();
    }
    ComparePage *compare = fixture.area->compare();
    for (const learn::CompareRow &row : learnContent().compareRows()) {
        for (int column = 0; column < int(learnContent().compareColumns().size()); ++column) {
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
    EXPECT_GE(linkedKeys(about).size(), learnContent().about().size());
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
    EXPECT_TRUE(fixture.area->compare()
                    ->cell(QStringLiteral("origin"), 0)
                    ->text()
                    .contains(base().find(QStringLiteral("soleus"))->origin->text.toHtmlEscaped()));
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
            EXPECT_TRUE(quiz->feedback()->text().contains(QStringLiteral("Not quite")));
            for (ChoiceButton *button : quiz->choiceButtons()) {
                if (button->choice() == question->answer) {
                    EXPECT_EQ(button->verdict(), ChoiceButton::Verdict::Right);
                }
            }
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
    EXPECT_EQ(quiz->session().current()->prompt + QLatin1Char('|') +
                  quiz->session().current()->choices.join(QLatin1Char('|')),
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
    EXPECT_EQ(diagram->mistake(), other); // the wrong pick is marked as well as the right answer
    EXPECT_TRUE(quiz->feedback()->text().contains(QStringLiteral("Not quite")));
    EXPECT_EQ(quiz->scoreLabel()->text(), QStringLiteral("Score: 1 of 2"));
    QTest::keyClick(quiz->nextButton(), Qt::Key_Return);
    EXPECT_TRUE(diagram->mistake().isEmpty());
}

// At the quiz's default size a thin structure is a target at least 12 px wide: where its ink is narrower than
// 10 px and open canvas or one wide structure lies on both sides, the pointer still picks it 3 px beyond each
// edge of its ink.
TEST(LearnQuiz, ThinStructuresOnTheDiagramAreWiderTargets)
{
    Area fixture;
    startQuiz(fixture, 0, 4, 77);
    DiagramView *diagram = fixture.quiz()->diagram();
    ASSERT_TRUE(diagram->waitForRender());
    const auto under = [diagram](int x, int y) { return diagram->structureUnder(QPointF(x, y)); };
    // The same thing (canvas or one structure) on every pixel from `from` to `to`, and a wide one at that.
    const auto open = [&under](int from, int to, int y) {
        const QString what = under(from, y);
        for (int x = std::min(from, to); x <= std::max(from, to); ++x) {
            if (under(x, y) != what)
                return false;
        }
        return true;
    };
    // The run of a structure's ink in a row, from the first pixel of it in `rect`; {first, last}, or none.
    const auto runOf = [&under](const QString &id, const QRect &rect, int y) -> std::optional<std::pair<int, int>> {
        int first = rect.left();
        while (first <= rect.right() && under(first, y) != id)
            ++first;
        if (first > rect.right())
            return std::nullopt;
        int last = first;
        while (last + 1 <= rect.right() && under(last + 1, y) == id)
            ++last;
        return std::pair{first, last};
    };
    // Thin along a stretch (not just where a wide part tapers), with room on both sides.
    const auto thinAt = [&](const QString &id, const QRect &rect, int y) {
        const auto run = runOf(id, rect, y);
        return run && run->second - run->first + 1 < 10 && open(run->first - 14, run->first - 1, y) &&
               open(run->second + 1, run->second + 14, y);
    };
    int checked = 0;
    QSet<QString> thin;
    for (const QString &id : diagram->navigableStructures()) {
        const QRect rect = diagram->structureRect(id).toAlignedRect();
        for (int y = rect.top() + 6; y < rect.bottom() - 6; y += 3) {
            if (!thinAt(id, rect, y - 4) || !thinAt(id, rect, y) || !thinAt(id, rect, y + 4))
                continue;
            const auto [first, last] = *runOf(id, rect, y);
            ++checked;
            thin.insert(id);
            EXPECT_EQ(diagram->structureAt(QPointF(first - 3, y)), id) << id.toStdString() << " at y " << y;
            EXPECT_EQ(diagram->structureAt(QPointF(last + 3, y)), id) << id.toStdString() << " at y " << y;
        }
    }
    EXPECT_FALSE(thin.isEmpty()) << "the plate shows thin structures to point at";
    EXPECT_GE(checked, 10);
}

// Questions from the links, played through: choices by key, diagram questions by a click on a structure that
// fits, each answer with its sources.
TEST(LearnQuiz, LinksAreAskedAsChoicesAndOnTheDiagram)
{
    Area fixture;
    startQuiz(fixture, 3, 30, 4);
    QuizPage *quiz = fixture.quiz();
    ASSERT_EQ(quiz->session().count(), 30);
    int clicks = 0;
    int choices = 0;
    while (!quiz->session().isFinished()) {
        const learn::Question *question = quiz->session().current();
        ASSERT_FALSE(question->id.isEmpty());
        if (question->kind != learn::QuestionKind::RelationClick) {
            EXPECT_EQ(question->kind, learn::QuestionKind::Relation);
            playChoices(fixture, {false});
            ++choices;
            continue;
        }
        ++clicks;
        DiagramView *diagram = quiz->diagram();
        ASSERT_TRUE(diagram->isVisible());
        ASSERT_TRUE(diagram->waitForRender());
        std::optional<QPoint> at;
        for (const QString &id : QStringList{question->answer} + question->accepted) {
            if (!at)
                at = pointOn(diagram, id);
        }
        ASSERT_TRUE(at.has_value()) << question->id.toStdString();
        const int scoreBefore = quiz->session().score();
        QTest::mouseClick(diagram, Qt::LeftButton, {}, *at);
        EXPECT_EQ(quiz->session().score(), scoreBefore + 1) << question->id.toStdString();
        EXPECT_TRUE(quiz->feedback()->text().contains(QStringLiteral("Right")));
        EXPECT_FALSE(linkedKeys(quiz->feedback()->text()).isEmpty());
        QTest::keyClick(quiz->nextButton(), Qt::Key_Return);
    }
    EXPECT_GT(clicks, 0);
    EXPECT_GT(choices, 0);
    EXPECT_EQ(quiz->session().score(), 30);
}

TEST(LearnArea, EveryControlIsNamedForScreenReaders)
{
    Area fixture;
    startQuiz(fixture, 1, 3, 8);
    for (QAbstractButton *button : fixture.area->findChildren<QAbstractButton *>()) {
        // Qt's own parts (a line edit's clear button) name themselves.
        if (!qobject_cast<QAbstractSpinBox *>(button->parentWidget()) &&
            !qobject_cast<QLineEdit *>(button->parentWidget())) {
            EXPECT_FALSE(button->text().isEmpty() && button->accessibleName().isEmpty())
                << button->metaObject()->className() << " " << button->objectName().toStdString() << " "
                << button->parentWidget()->metaObject()->className();
        }
    }
    QList<QWidget *> named;
    for (QAbstractSpinBox *spin : fixture.area->findChildren<QAbstractSpinBox *>())
        named << spin;
    for (QComboBox *combo : fixture.area->findChildren<QComboBox *>())
        named << combo;
    for (QTextBrowser *browser : fixture.area->findChildren<QTextBrowser *>()) {
        if (browser->isVisibleTo(fixture.area.get()))
            named << browser;
    }
    named << fixture.area->compare()->chart() << fixture.quiz()->diagram()
          << fixture.tour()->findChild<QProgressBar *>(QStringLiteral("tourProgress"));
    for (QWidget *widget : named)
        EXPECT_FALSE(widget->accessibleName().isEmpty())
            << widget->metaObject()->className() << " " << widget->objectName().toStdString();
}

TEST(LearnArea, IsInTheWindowAndLinksToTheAtlas)
{
    Settings().setValue(TourPage::settingsKey(), QString());
    const calfatlas::Content &data = calfatlas::test::builtIns();
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
    EXPECT_EQ(explorer->diagram()->selected(), learnContent().tour().first().select);

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

} // namespace
