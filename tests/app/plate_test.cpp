// SPDX-License-Identifier: MIT
// Plates: what the explorer reads from an SVG, and that the real art matches the knowledge base.
#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "builtins.h"
#include "explorer/explorerpage.h"
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

} // namespace
