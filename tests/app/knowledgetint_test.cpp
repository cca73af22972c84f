// SPDX-License-Identifier: MIT
// Knowledge on the plate, clicked through the window: the toggle tints the plate by the saved reviews and shows the
// legend, and "Study what's weak" opens Study on the weakest cards.
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/knowledgetint.h"
#include "learn/recallmap.h"
#include "learn/studypage.h"
#include "learn/studystore.h"
#include "learnfixture.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace calfatlas;
using namespace calfatlas::app;

namespace {

// Reviews saved in the app's own study store, under this test's XDG_DATA_HOME, removed again afterwards.
class SeededStore {
public:
    SeededStore() : m_folder(learn::StudyStore::defaultFolder())
    {
        EXPECT_TRUE(m_folder.startsWith(qEnvironmentVariable("XDG_DATA_HOME"))) << "never the person's real data";
        const QDate today = QDate::currentDate();
        learn::StudyStore store(m_folder);
        EXPECT_TRUE(store.review(QStringLiteral("click:soleus"), learn::fsrs::Rating::Good, today.addDays(-30)).ok);
        EXPECT_TRUE(
            store.review(QStringLiteral("innervated_by:soleus"), learn::fsrs::Rating::Again, today.addDays(-9)).ok);
        EXPECT_TRUE(store.review(QStringLiteral("origin:soleus"), learn::fsrs::Rating::Easy, today.addDays(-1)).ok);
        m_states = store.states();
    }
    ~SeededStore()
    {
        for (const QString &name : QDir(m_folder).entryList({learn::StudyStore::fileName() + QLatin1Char('*')}))
            QFile::remove(QDir(m_folder).filePath(name));
    }
    const QHash<QString, learn::CardState> &states() const { return m_states; }

private:
    QString m_folder;
    QHash<QString, learn::CardState> m_states;
};

TEST(KnowledgeTint, TheToggleTintsThePlateWithALegendAndStudyWhatsWeakOpensStudy)
{
    const SeededStore seeded;
    ASSERT_EQ(seeded.states().size(), 3);
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("explore"));
    auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")));
    ASSERT_NE(explorer, nullptr);
    auto *tint = explorer->findChild<KnowledgeTint *>();
    ASSERT_NE(tint, nullptr);
    auto *toggle = explorer->findChild<QToolButton *>(QStringLiteral("knowledgeTint"));
    auto *legend = explorer->findChild<QFrame *>(QStringLiteral("knowledgeLegend"));
    ASSERT_NE(toggle, nullptr);
    ASSERT_NE(legend, nullptr);
    ASSERT_TRUE(toggle->isVisible());
    EXPECT_FALSE(legend->isVisible());
    DiagramView *diagram = explorer->diagram();
    ASSERT_TRUE(diagram->waitForRender());
    const std::optional<QPoint> soleus = test::pointOn(diagram, QStringLiteral("soleus"));
    ASSERT_TRUE(soleus.has_value());
    const QImage plain = diagram->grab().toImage();

    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(legend->isVisible());
    QStringList words;
    for (const QLabel *label : legend->findChildren<QLabel *>())
        words.append(label->text());
    for (learn::RecallBand band : learn::recallBands())
        EXPECT_TRUE(words.contains(recallBandText(band))) << recallBandText(band).toStdString();
    // The soleus takes the band of its weakest studied card; a structure never studied says so.
    const QDate today = QDate::currentDate();
    double weakest = 1.0;
    for (const learn::CardState &state : seeded.states())
        weakest = std::min(weakest, learn::recallProbability(state, today));
    EXPECT_EQ(tint->bands().value(QStringLiteral("soleus")), learn::recallBand(weakest));
    EXPECT_EQ(tint->bands().value(QStringLiteral("plantaris")), learn::RecallBand::NotStudied);
    const QImage tinted = diagram->grab().toImage();
    EXPECT_NE(plain.pixel(*soleus * plain.devicePixelRatio()), tinted.pixel(*soleus * tinted.devicePixelRatio()))
        << "the soleus is painted over";
    EXPECT_LE(legend->mapTo(explorer, QPoint(0, legend->height())).y(), diagram->mapTo(explorer, QPoint(0, 0)).y())
        << "the legend lies above the plate, hiding none of it";

    auto *studyWeak = legend->findChild<QPushButton *>(QStringLiteral("studyWeak"));
    ASSERT_NE(studyWeak, nullptr);
    ASSERT_TRUE(studyWeak->isEnabled());
    QTest::mouseClick(studyWeak, Qt::LeftButton);
    EXPECT_EQ(window.currentArea(), QStringLiteral("learn"));
    auto *learnArea = qobject_cast<LearnArea *>(window.areaPage(QStringLiteral("learn")));
    ASSERT_NE(learnArea, nullptr);
    EXPECT_EQ(learnArea->currentSection(), QStringLiteral("study"));
    const QList<learn::StudyCard> cards = learn::studyCards(test::base(), test::learnContent(), learn::studyPlateIds());
    const QStringList expected = learn::weakestCards(cards, seeded.states(), today, KnowledgeTint::weakSessionSize());
    ASSERT_EQ(expected.size(), 3);
    EXPECT_EQ(learnArea->study()->session().order(), expected);
    EXPECT_TRUE(learnArea->study()->promptLabel()->isVisible()) << "the first card is asked";
    for (const learn::StudyCard &card : cards) {
        if (card.id == expected.first())
            EXPECT_EQ(learnArea->study()->promptLabel()->text(), card.question.prompt);
    }

    window.showArea(QStringLiteral("explore"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(legend->isVisible());
    EXPECT_TRUE(tint->bands().isEmpty());
}

} // namespace
