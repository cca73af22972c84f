// SPDX-License-Identifier: MIT
// Study in the Learn area, driven by mouse and keyboard: a day's cards answered on the plate and by choosing,
// rated with the keys 1 to 4 and the buttons, saved, summarised; "new cards per day" and the home page's count.
#include "learn/studypage.h"
#include "learn/studyservice.h"
#include "learn/studytoday.h"
#include "learnfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::pointOn;

namespace {

struct StudyFixture {
    QTemporaryDir folder;
    StudyService service{&test::base(), &test::learnContent(), folder.path()};
    std::unique_ptr<StudyPage> page;
    const QDate day{2026, 3, 2};

    explicit StudyFixture(int newPerDay)
    {
        service.setDay(day);
        page = std::make_unique<StudyPage>(&service, &test::references());
        page->resize(1100, 800);
        page->show();
        QApplication::setActiveWindow(page.get());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        // "New cards per day" typed into its box.
        QSpinBox *box = page->newPerDayBox();
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(newPerDay));
    }

    const learn::StudyCard &current() const { return *service.card(page->session().current()); }

    // Answers the current card, right or wrong, with the mouse on the plate or the keys 1 to 4.
    void answer(bool right)
    {
        const learn::Question &question = current().question;
        if (question.kind == learn::QuestionKind::Click) {
            DiagramView *diagram = page->diagram();
            ASSERT_TRUE(diagram->waitForRender());
            QString target = question.answer;
            if (!right) {
                for (const QString &id : diagram->navigableStructures()) {
                    if (id != question.answer && pointOn(diagram, id)) {
                        target = id;
                        break;
                    }
                }
            }
            const std::optional<QPoint> at = pointOn(diagram, target);
            ASSERT_TRUE(at.has_value()) << target.toStdString();
            QTest::mouseClick(diagram, Qt::LeftButton, {}, *at);
            return;
        }
        const qsizetype rightIndex = question.choices.indexOf(question.answer);
        const qsizetype index = right ? rightIndex : (rightIndex + 1) % question.choices.size();
        QTest::keyClick(page.get(), Qt::Key(Qt::Key_1 + int(index)));
    }
};

TEST(StudyPage, ADaysCardsAreAnsweredRatedWithTheKeysAndSaved)
{
    StudyFixture fixture(6);
    EXPECT_EQ(fixture.service.newPerDay(), 6);
    EXPECT_EQ(fixture.page->statusLabel()->text(), QStringLiteral("Today: 0 to review, 6 new"));
    QTest::mouseClick(fixture.page->startButton(), Qt::LeftButton);
    ASSERT_EQ(fixture.page->session().count(), 6);
    QStringList kinds;
    const learn::fsrs::Rating ratings[] = {learn::fsrs::Rating::Again, learn::fsrs::Rating::Hard,
                                           learn::fsrs::Rating::Good,  learn::fsrs::Rating::Easy,
                                           learn::fsrs::Rating::Good,  learn::fsrs::Rating::Again};
    QStringList studied;
    for (int i = 0; i < 6; ++i) {
        const QString id = fixture.current().id;
        studied.append(id);
        kinds.append(learn::idOf(fixture.current().question.kind));
        EXPECT_EQ(fixture.page->promptLabel()->text(), fixture.current().question.prompt);
        for (QPushButton *button : fixture.page->ratingButtons())
            EXPECT_FALSE(button->isVisible()) << "rated only after an answer";
        if (fixture.current().question.kind == learn::QuestionKind::Click) {
            QTest::keyClick(fixture.page.get(), Qt::Key_3);
            EXPECT_FALSE(fixture.page->session().isAnswered()) << "a number never answers on the plate, nor rates";
        }
        fixture.answer(i % 2 == 0);
        EXPECT_TRUE(fixture.page->session().isAnswered());
        EXPECT_TRUE(fixture.page->feedback()->isVisible());
        EXPECT_FALSE(test::linkedKeys(fixture.page->feedback()->text()).isEmpty()) << "the answer shows its source";
        const learn::CardState expected = learn::reviewed(id, std::nullopt, ratings[i], fixture.day);
        QPushButton *button = fixture.page->ratingButtons().at(int(ratings[i]) - 1);
        ASSERT_TRUE(button->isVisible());
        const qint64 days = fixture.day.daysTo(expected.due);
        EXPECT_TRUE(button->text().endsWith(days == 1 ? QStringLiteral("back in 1 day")
                                                      : QStringLiteral("back in %1 days").arg(days)))
            << button->text().toStdString();
        // The suggestion follows the answer: Again after a wrong one, Good after a right one.
        EXPECT_TRUE(fixture.page->ratingButtons().at(i % 2 == 0 ? 2 : 0)->isDefault());
        if (i % 2 == 0)
            QTest::keyClick(fixture.page.get(), Qt::Key(Qt::Key_0 + int(ratings[i])));
        else
            QTest::mouseClick(button, Qt::LeftButton);
        const std::optional<learn::CardState> saved = fixture.service.state(id);
        ASSERT_TRUE(saved.has_value()) << id.toStdString();
        EXPECT_EQ(saved->due, expected.due) << id.toStdString();
        EXPECT_DOUBLE_EQ(saved->memory.stability, expected.memory.stability);
    }
    // Mixed across kinds: no two cards of a kind in a row.
    for (qsizetype i = 1; i < kinds.size(); ++i)
        EXPECT_NE(kinds.at(i), kinds.at(i - 1)) << i;
    ASSERT_TRUE(fixture.page->session().isFinished());
    EXPECT_EQ(fixture.page->currentPage(), fixture.page->summary()->parentWidget());
    const QString summary = fixture.page->summary()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("You studied 6 cards and answered 3 right."))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Again 2 · Hard 1 · Good 2 · Easy 1"))) << summary.toStdString();
    EXPECT_EQ(fixture.service.store().reviewCount(), 6);

    // Back on the start page, nothing is left today; the cards rated Again are due tomorrow.
    QTest::mouseClick(fixture.page->findChild<QPushButton *>(QStringLiteral("studyBack")), Qt::LeftButton);
    EXPECT_FALSE(fixture.page->startButton()->isEnabled());
    EXPECT_EQ(fixture.page->statusLabel()->text(), QStringLiteral("Today: 0 to review, 0 new"));
    fixture.service.setDay(fixture.day.addDays(1));
    QStringList dueTomorrow = fixture.service.plan().due;
    dueTomorrow.sort();
    QStringList ratedAgain{studied.at(0), studied.at(5)};
    ratedAgain.sort();
    EXPECT_EQ(dueTomorrow, ratedAgain);
}

TEST(StudyPage, RaisingNewCardsPerDayAddsCardsToTodayAndIsRemembered)
{
    StudyFixture fixture(2);
    QTest::mouseClick(fixture.page->startButton(), Qt::LeftButton);
    ASSERT_EQ(fixture.page->session().count(), 2);
    fixture.answer(true);
    QTest::keyClick(fixture.page.get(), Qt::Key_4);
    fixture.answer(true);
    QTest::keyClick(fixture.page.get(), Qt::Key_4);
    ASSERT_TRUE(fixture.page->session().isFinished());
    EXPECT_EQ(fixture.service.plan().order.size(), 0);
    QSpinBox *box = fixture.page->newPerDayBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Up);
    EXPECT_EQ(fixture.service.plan().fresh.size(), 2) << "four a day, two begun already";
    EXPECT_EQ(StudyService(&test::base(), &test::learnContent(), fixture.folder.path()).newPerDay(), 4);
    EXPECT_EQ(fixture.page->statusLabel()->text(), QStringLiteral("Today: 0 to review, 2 new"));
}

TEST(StudyToday, TheHomePageCountsTodaysCardsAndLeadsToThem)
{
    StudyFixture fixture(3);
    StudyToday today(&fixture.service);
    today.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&today));
    EXPECT_EQ(today.countLabel()->text(), QStringLiteral("3 cards to study today: 0 to review, 3 new"));
    QApplication::setActiveWindow(fixture.page.get());
    QTest::mouseClick(fixture.page->startButton(), Qt::LeftButton);
    fixture.answer(true);
    QTest::keyClick(fixture.page.get(), Qt::Key_3);
    EXPECT_EQ(today.countLabel()->text(), QStringLiteral("2 cards to study today: 0 to review, 2 new"));
    QSignalSpy requested(&today, &StudyToday::studyRequested);
    QTest::mouseClick(today.studyButton(), Qt::LeftButton);
    EXPECT_EQ(requested.size(), 1);
}

} // namespace
