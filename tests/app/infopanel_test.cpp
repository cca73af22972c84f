// SPDX-License-Identifier: MIT
// The info panel as an atlas one browses: identifiers, a link for every linked structure, clicking one opens it
// (on the plate too), Back and Forward and Alt+Left/Right walk the trail, and pointing at a link shows the
// structure on the plate.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/infopanel.h"
#include "qtprinters.h"
#include "testpaths.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::base;
using calfatlas::test::references;

namespace {

// An Explore page showing the small test plate (the tibia, the soleus and both heads of the gastrocnemius).
struct AtlasPage {
    ExplorerPage page{
        &base(),
        &references(),
        {{QStringLiteral("test"),
          QStringLiteral("Test"),
          test::dataFile(QStringLiteral("test-plate.svg")),
          {QStringLiteral("top"), QStringLiteral("right"), QStringLiteral("bottom"), QStringLiteral("left")},
          QKeySequence()}}};
    DiagramView *diagram = page.diagram();
    InfoPanel *info = page.infoPanel();

    AtlasPage()
    {
        page.resize(1100, 760);
        page.show();
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
        EXPECT_TRUE(diagram->waitForRender());
    }

    // Where the link to `id` is drawn in the panel's viewport, scrolled into view; (-1, -1) when there is none.
    QPoint linkTo(const QString &id) const
    {
        const QString href = QStringLiteral("kb:") + id;
        QTextDocument *document = info->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + 1);
                info->setTextCursor(cursor);
                info->ensureCursorVisible();
                return info->cursorRect(cursor).center();
            }
        }
        return {-1, -1};
    }

    void clickLink(const QString &id)
    {
        const QPoint point = linkTo(id);
        ASSERT_GE(point.x(), 0) << "no link to " << id.toStdString();
        QTest::mouseClick(info->viewport(), Qt::LeftButton, {}, point);
    }
};

TEST(InfoPanel, ShowsIdentifiersWithTheirSources)
{
    AtlasPage atlas;
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("soleus")));
    const QString text = atlas.info->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Identifiers")));
    for (const char *id : {"UBERON:0001389", "FMA:22542", "A04.7.02.047", "2660"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(id))) << id;
    EXPECT_TRUE(text.contains(QStringLiteral("TA2 (unverified)")));
    // A structure with no recorded identifier has no such section.
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("talus")));
    EXPECT_FALSE(atlas.info->toPlainText().contains(QStringLiteral("Identifiers")));
}

TEST(InfoPanel, EveryLinkedStructureIsALink)
{
    AtlasPage atlas;
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("soleus")));
    const anatomy::Structure &soleus = *base().find(QStringLiteral("soleus"));
    for (const anatomy::Link &link : soleus.relations) {
        for (const QString &target : link.targets)
            EXPECT_GE(atlas.linkTo(target).x(), 0) << target.toStdString();
    }
    // Seen from the other end: the nerve links back to every muscle it supplies.
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("tibial-nerve")));
    for (const QString &muscle : base().linking(anatomy::Relation::InnervatedBy, QStringLiteral("tibial-nerve")))
        EXPECT_GE(atlas.linkTo(muscle).x(), 0) << muscle.toStdString();
}

TEST(InfoPanel, ClickingALinkOpensItAndBackAndForwardWalkTheTrail)
{
    AtlasPage atlas;
    atlas.diagram->setFocus();
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("soleus")));
    EXPECT_FALSE(atlas.info->backButton()->isEnabled());

    atlas.clickLink(QStringLiteral("tibia"));
    EXPECT_EQ(atlas.info->structureId(), QStringLiteral("tibia"));
    EXPECT_EQ(atlas.diagram->selected(), QStringLiteral("tibia")); // selected on the plate as well

    atlas.clickLink(QStringLiteral("knee-joint")); // drawn on no plate: the panel shows it all the same
    EXPECT_EQ(atlas.info->structureId(), QStringLiteral("knee-joint"));
    EXPECT_TRUE(atlas.diagram->selected().isEmpty());
    EXPECT_TRUE(atlas.info->toPlainText().contains(QStringLiteral("Muscles crossing it")));

    QTest::mouseClick(atlas.info->backButton(), Qt::LeftButton);
    EXPECT_EQ(atlas.info->structureId(), QStringLiteral("tibia"));
    EXPECT_EQ(atlas.diagram->selected(), QStringLiteral("tibia"));
    EXPECT_TRUE(atlas.info->forwardButton()->isEnabled());

    // Alt+Left is Back (a button's shortcut clicks it after a short animation).
    QTest::keyClick(&atlas.page, Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return atlas.info->structureId() == QLatin1String("soleus"); }, 30000));
    EXPECT_EQ(atlas.diagram->selected(), QStringLiteral("soleus"));
    EXPECT_FALSE(atlas.info->backButton()->isEnabled());

    QTest::keyClick(&atlas.page, Qt::Key_Right, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return atlas.info->structureId() == QLatin1String("tibia"); }, 30000));
    QTest::mouseClick(atlas.info->forwardButton(), Qt::LeftButton);
    EXPECT_EQ(atlas.info->structureId(), QStringLiteral("knee-joint"));
    EXPECT_FALSE(atlas.info->forwardButton()->isEnabled());
    EXPECT_EQ(atlas.info->trail().entries(),
              (QStringList{QStringLiteral("soleus"), QStringLiteral("tibia"), QStringLiteral("knee-joint")}));
}

TEST(InfoPanel, PointingAtALinkShowsTheStructureOnThePlate)
{
    AtlasPage atlas;
    ASSERT_TRUE(atlas.page.selectStructure(QStringLiteral("tibia")));
    const QPoint soleus = atlas.linkTo(QStringLiteral("soleus"));
    ASSERT_GE(soleus.x(), 0);
    QTest::mouseMove(atlas.info->viewport(), soleus);
    EXPECT_EQ(atlas.diagram->hovered(), QStringLiteral("soleus"));
    QTest::mouseMove(atlas.info->viewport(), QPoint(4, atlas.info->viewport()->height() - 4));
    EXPECT_TRUE(atlas.diagram->hovered().isEmpty());
}

TEST(InfoPanel, SearchingForAJointShowsIt)
{
    AtlasPage atlas;
    EXPECT_TRUE(atlas.page.selectStructure(QStringLiteral("ankle-joint")));
    EXPECT_EQ(atlas.info->structureId(), QStringLiteral("ankle-joint"));
    const QString text = atlas.info->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Joint")));
    EXPECT_TRUE(text.contains(QStringLiteral("UBERON:0001488")));
}

} // namespace
