// SPDX-License-Identifier: MIT
#pragma once

// What the Learn area's widget tests share: the built-in data, an area on screen, and ways to drive it.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "learn/choicebutton.h"
#include "learn/comparepage.h"
#include "learn/fibrechart.h"
#include "learn/learnarea.h"
#include "learn/learncontent.h"
#include "learn/notadvicepage.h"
#include "learn/quizpage.h"
#include "learn/referencespage.h"
#include "learn/tourpage.h"
#include "qtprinters.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "ui/theme.h"

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

#include <memory>
#include <optional>

namespace calfatlas::test {

using namespace calfatlas::app;

// A Learn area on screen, its tour starting from the first step.
struct Area {
    std::unique_ptr<LearnArea> area;

    explicit Area(bool fromStart = true)
    {
        if (fromStart)
            Settings().setValue(TourPage::settingsKey(), QString());
        area = std::make_unique<LearnArea>(&learnContent(), &base(), &references());
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
inline QStringList linkedKeys(const QString &html)
{
    static const QRegularExpression link(QStringLiteral("href=\"ref:([^\"]+)\""));
    QStringList keys;
    auto matches = link.globalMatch(html);
    while (matches.hasNext())
        keys.append(matches.next().captured(1));
    return keys;
}

// A point of the widget where the diagram shows `id`, found by searching its visible bounds.
inline std::optional<QPoint> pointOn(DiagramView *diagram, const QString &id)
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

// Picks a kind of quiz, a number of questions and a quiz number with the keyboard, and presses Start.
inline void startQuiz(Area &fixture, int modeIndex, int count, int seed)
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

} // namespace calfatlas::test
