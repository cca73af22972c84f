// SPDX-License-Identifier: MIT
// Not a test: renders every Learn section to PNG files for looking at them.
#include "learnfixture.h"

#include "ui/theme.h"

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::test;

namespace {

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
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.resize(1200, 800);
    window.show();
    window.showArea(QStringLiteral("welcome"));
    QTest::qWait(200);
    window.grab().save(QStringLiteral("%1/learn-welcome-%2.png").arg(folder, theme));
}

} // namespace
