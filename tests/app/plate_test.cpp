// SPDX-License-Identifier: MIT
// Plates: what the explorer reads from an SVG, and that the real art matches the knowledge base.
#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "builtins.h"
#include "explorer/explorerpage.h"
#include "explorer/platerender.h"
#include "testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using anatomy::Plate;
using anatomy::PlatePiece;

namespace {

TEST(Plate, ReadsLayersPiecesAndMarkers)
{
    QString problem;
    const Plate plate = Plate::fromFile(test::dataFile(QStringLiteral("test-plate.svg")), &problem);
    ASSERT_TRUE(plate.isValid()) << problem.toStdString();
    EXPECT_EQ(plate.layers(), (QStringList{QStringLiteral("gastrocnemius"), QStringLiteral("soleus-plantaris"),
                                           QStringLiteral("bones-vessels")}));
    EXPECT_EQ(plate.structureIds(),
              (QStringList{QStringLiteral("tibia"), QStringLiteral("soleus"),
                           QStringLiteral("gastrocnemius-medial-head"), QStringLiteral("gastrocnemius-lateral-head")}));
    EXPECT_EQ(plate.layerOf(QStringLiteral("soleus")), 1);
    EXPECT_EQ(plate.viewBox(), QRectF(0, 0, 200, 200));
    ASSERT_TRUE(plate.origin(QStringLiteral("gastrocnemius-medial-head")));
    EXPECT_EQ(*plate.origin(QStringLiteral("gastrocnemius-medial-head")), QPointF(75, 60));
    EXPECT_FALSE(plate.origin(QStringLiteral("soleus")));
}

TEST(Plate, MalformedSvgIsRefusedWithAReason)
{
    QString problem;
    EXPECT_FALSE(
        Plate::fromBytes("<svg viewBox=\"0 0 10 10\"><g id=\"layer-skin\"></svg>", QStringLiteral("bad.svg"), &problem)
            .isValid());
    EXPECT_TRUE(problem.contains(QStringLiteral("bad.svg")));
    EXPECT_FALSE(
        Plate::fromBytes("<svg><g id=\"layer-kitchen\"/></svg>", QStringLiteral("odd.svg"), &problem).isValid());
    EXPECT_FALSE(Plate::fromFile(QStringLiteral("/nonexistent.svg"), &problem).isValid());
    EXPECT_TRUE(problem.contains(QStringLiteral("cannot be read")));
}

// The art and the knowledge base describe the same structures, in the same layers.
TEST(PlateArt, EveryIdIsInTheKnowledgeBaseAndEveryStructureIsDrawn)
{
    const anatomy::KnowledgeBase &base = test::base();
    QSet<QString> drawn;
    for (const ExplorerPage::View &view : ExplorerPage::builtInViews()) {
        QString problem;
        const Plate plate = Plate::fromFile(view.resource, &problem);
        ASSERT_TRUE(plate.isValid()) << problem.toStdString();
        for (const PlatePiece &piece : plate.pieces()) {
            if (!piece.isStructure)
                continue;
            const anatomy::Structure *structure = base.find(piece.id);
            ASSERT_NE(structure, nullptr) << view.id.toStdString() << ": " << piece.id.toStdString();
            EXPECT_EQ(plate.layers().at(piece.layer), structure->layer)
                << view.id.toStdString() << ": " << piece.id.toStdString();
            drawn.insert(piece.id);
        }
    }
    // Joints are entries the info panel tells about; no plate draws them.
    for (const anatomy::Structure &structure : base.structures()) {
        if (structure.kind == anatomy::Kind::Joint) {
            EXPECT_FALSE(drawn.contains(structure.id)) << structure.id.toStdString();
        } else {
            EXPECT_TRUE(drawn.contains(structure.id)) << structure.id.toStdString() << " is in no view";
        }
    }
}

TEST(PlateArt, UsesOnlyWhatQtSvgRenders)
{
    static const QRegularExpression forbidden(QStringLiteral("<(clipPath|mask|filter|marker|pattern|symbol|style)\\b|"
                                                             "\\bclass=|\\btransform="));
    for (const ExplorerPage::View &view : ExplorerPage::builtInViews()) {
        QFile file(view.resource);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << view.resource.toStdString();
        const QString svg = QString::fromUtf8(file.readAll());
        EXPECT_FALSE(forbidden.match(svg).hasMatch())
            << view.id.toStdString() << ": " << forbidden.match(svg).captured().toStdString();
    }
}

TEST(PlateArt, MusclesOfTheBackViewMarkTheirOrigins)
{
    const Plate plate = Plate::fromFile(QStringLiteral(":/calfatlas/art/posterior.svg"));
    for (const char *id :
         {"gastrocnemius-medial-head", "gastrocnemius-lateral-head", "soleus", "plantaris", "popliteus"}) {
        EXPECT_TRUE(plate.origin(QString::fromLatin1(id))) << id;
        EXPECT_TRUE(plate.insertion(QString::fromLatin1(id))) << id;
    }
}

// Two wide muscles with a gap of 4 between them, a nerve 3 wide over the first and another beside the second.
RenderedPlate pickingPlate()
{
    const QByteArray svg = R"(<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
<g id="layer-soleus-plantaris">
  <g id="soleus"><rect x="20" y="0" width="60" height="100" fill="#A33A30"/></g>
  <g id="plantaris"><rect x="84" y="0" width="40" height="100" fill="#A33A30"/></g>
  <g id="tibial-nerve"><rect x="150" y="0" width="3" height="100" fill="#E8C547"/></g>
  <g id="sural-nerve"><rect x="40" y="0" width="3" height="100" fill="#E8C547"/></g>
</g></svg>)";
    QString problem;
    const Plate plate = Plate::fromBytes(svg, QStringLiteral("picking.svg"), &problem);
    EXPECT_TRUE(plate.isValid()) << problem.toStdString();
    return renderPlate(plate, {QTransform(), QRect(0, 0, 200, 100), 0, {}});
}

// A pointer picks a thin structure from 14 px wide, and a wide one only where its ink is.
TEST(PlatePicking, ThinStructuresAreTargetsOfTheSmallestWidth)
{
    const RenderedPlate plate = pickingPlate();
    const auto near = [&plate](int x) { return plate.structureNear(QPoint(x, 50), 0, 14); };
    EXPECT_EQ(near(151), QStringLiteral("tibial-nerve"));
    EXPECT_EQ(near(146), QStringLiteral("tibial-nerve")); // 4 px to its left, over the canvas
    EXPECT_EQ(near(157), QStringLiteral("tibial-nerve")); // 4 px to its right
    EXPECT_EQ(near(141), QString());                      // too far: 9 px
    EXPECT_EQ(near(50), QStringLiteral("soleus"));
    EXPECT_EQ(near(78), QStringLiteral("soleus")); // 6 px from the plantaris, inside the soleus
    EXPECT_EQ(near(86), QStringLiteral("plantaris"));
    EXPECT_EQ(near(82), QString()); // in the gap between two wide muscles, neither reaches out
    EXPECT_EQ(near(130), QString());
    // Where a thin structure lies on a wide one, the margin around it belongs to the thin one.
    EXPECT_EQ(plate.structureAt(QPoint(37, 50), 0), QStringLiteral("soleus"));
    EXPECT_EQ(near(37), QStringLiteral("sural-nerve"));
    EXPECT_EQ(near(47), QStringLiteral("sural-nerve"));
    EXPECT_EQ(near(30), QStringLiteral("soleus"));
}

} // namespace
