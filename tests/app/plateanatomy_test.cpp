// SPDX-License-Identifier: MIT
// The plates tell the anatomy right: relations an anatomy teacher checks first, measured on the rendered art.
#include "anatomy/plate.h"
#include "explorer/overlays.h"
#include "explorer/platerender.h"

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

using namespace calfatlas;
using namespace calfatlas::app;
using anatomy::Plate;

namespace {

constexpr int kInk = 128;

Plate builtIn(const char *name)
{
    QString problem;
    Plate plate = Plate::fromFile(QStringLiteral(":/calfatlas/art/%1.svg").arg(QLatin1String(name)), &problem);
    EXPECT_TRUE(plate.isValid()) << problem.toStdString();
    return plate;
}

// The plate rasterised at one device pixel per plate unit, so pixel and plate coordinates agree.
RenderedPlate rendered(const Plate &plate)
{
    RenderRequest request;
    request.deviceRegion = plate.viewBox().toAlignedRect();
    request.plateName = plate.name();
    return renderPlate(plate, request);
}

const RenderedPiece &pieceOf(const RenderedPlate &plate, const char *id)
{
    const RenderedPiece *piece = plate.piece(QString::fromLatin1(id));
    if (!piece)
        throw std::runtime_error(std::string("the plate does not draw ") + id);
    return *piece;
}

// The ink of an image placed at `rect` that falls inside `area` (plate units).
struct Ink {
    int pixels = 0;
    double sumX = 0;
    int minX = 1 << 20;
    int maxX = -(1 << 20);
    std::optional<double> meanX() const { return pixels ? std::optional<double>(sumX / pixels) : std::nullopt; }
};

Ink inkIn(const QRect &rect, const QImage &image, const QRect &area)
{
    Ink ink;
    const QRect part = rect.intersected(area);
    for (int y = part.top(); y <= part.bottom(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y - rect.top()));
        for (int x = part.left(); x <= part.right(); ++x) {
            if (qAlpha(row[x - rect.left()]) < kInk)
                continue;
            ++ink.pixels;
            ink.sumX += x;
            ink.minX = std::min(ink.minX, x);
            ink.maxX = std::max(ink.maxX, x);
        }
    }
    return ink;
}

Ink inkIn(const RenderedPiece &piece, const QRect &area)
{
    return inkIn(piece.rect, piece.image, area);
}

// A band across the whole plate between two heights.
QRect band(int top, int bottom)
{
    return {0, top, 4000, bottom - top};
}

// In the back view the viewer's right is the leg's outer (lateral) side. Below the popliteus the tibial nerve
// crosses behind the posterior tibial artery and then runs lateral to it down to the ankle.
TEST(PlateAnatomy, TheTibialNerveRunsLateralToThePosteriorTibialArtery)
{
    const RenderedPlate plate = rendered(builtIn("posterior"));
    const RenderedPiece &nerve = pieceOf(plate, "tibial-nerve");
    const RenderedPiece &artery = pieceOf(plate, "posterior-tibial-artery");
    for (int top = 560; top < 1200; top += 80) {
        const auto nerveX = inkIn(nerve, band(top, top + 20)).meanX();
        const auto arteryX = inkIn(artery, band(top, top + 20)).meanX();
        ASSERT_TRUE(nerveX && arteryX) << "at " << top;
        EXPECT_GT(*nerveX, *arteryX + 6) << "the nerve is not lateral to the artery at " << top;
    }
}

// Behind the knee the nerve is the most superficial of the three, then the vein, then the artery: from behind,
// the nerve is painted last.
TEST(PlateAnatomy, InThePoplitealFossaTheNerveIsMostSuperficial)
{
    const Plate plate = builtIn("posterior");
    QStringList order;
    for (const anatomy::PlatePiece &piece : plate.pieces())
        order.append(piece.id);
    EXPECT_LT(order.indexOf(QStringLiteral("popliteal-artery")), order.indexOf(QStringLiteral("popliteal-vein")));
    EXPECT_LT(order.indexOf(QStringLiteral("popliteal-vein")), order.indexOf(QStringLiteral("tibial-nerve")));
    EXPECT_EQ(plate.layerOf(QStringLiteral("popliteal-artery")), plate.layerOf(QStringLiteral("tibial-nerve")));
}

// The bundle lies on the deep muscles, under the soleus: hidden while the soleus is on, in sight once it is
// peeled, and never under the tibialis posterior.
TEST(PlateAnatomy, PeelingTheSoleusRevealsTheNeurovascularBundle)
{
    const Plate plate = builtIn("posterior");
    const RenderedPlate drawn = rendered(plate);
    const int soleus = plate.layerOf(QStringLiteral("soleus"));
    const int bundle = plate.layerOf(QStringLiteral("tibial-nerve"));
    EXPECT_EQ(bundle, soleus + 1);
    EXPECT_LT(bundle, plate.layerOf(QStringLiteral("tibialis-posterior")));
    const QRect midLeg = band(560, 900);
    for (const char *id : {"tibial-nerve", "posterior-tibial-artery", "posterior-tibial-veins"}) {
        const RenderedPiece &piece = pieceOf(drawn, id);
        const PlacedImage covered = visiblePart(drawn, piece.id, soleus);
        const PlacedImage peeled = visiblePart(drawn, piece.id, bundle);
        EXPECT_EQ(inkIn(covered.rect, covered.image, midLeg).pixels, 0) << id << " shows through the soleus";
        const int whole = inkIn(piece, midLeg).pixels;
        EXPECT_GT(whole, 100) << id;
        EXPECT_GE(inkIn(peeled.rect, peeled.image, midLeg).pixels * 10, whole * 8)
            << id << " is mostly hidden once the soleus is peeled";
    }
    const PlacedImage artery = visiblePart(drawn, QStringLiteral("popliteal-artery"), bundle);
    EXPECT_GT(inkIn(artery.rect, artery.image, band(250, 370)).pixels, 50) << "the popliteal artery on the popliteus";
}

// Behind the medial malleolus, from front (medial, the viewer's left) to back: tibialis posterior, flexor
// digitorum longus, the artery, the nerve, flexor hallucis longus.
TEST(PlateAnatomy, TheOrderBehindTheMedialMalleolus)
{
    const RenderedPlate plate = rendered(builtIn("posterior"));
    const QRect ankle = band(1160, 1185);
    double previous = -1;
    for (const char *id : {"tibialis-posterior", "flexor-digitorum-longus", "posterior-tibial-artery", "tibial-nerve",
                           "flexor-hallucis-longus"}) {
        const auto x = inkIn(pieceOf(plate, id), ankle).meanX();
        ASSERT_TRUE(x) << id << " does not reach the ankle";
        EXPECT_GT(*x, previous) << id;
        previous = *x;
    }
}

// In the side view the back of the leg is on the viewer's left. Both fibular tendons run behind the lateral
// malleolus, brevis in front of longus, and the brevis reaches the base of the fifth metatarsal.
TEST(PlateAnatomy, TheFibularTendonsRunBehindTheLateralMalleolus)
{
    const RenderedPlate plate = rendered(builtIn("lateral"));
    const QRect malleolus = band(1140, 1190);
    const Ink fibula = inkIn(pieceOf(plate, "fibula"), malleolus);
    const Ink longus = inkIn(pieceOf(plate, "fibularis-longus"), malleolus);
    const Ink brevis = inkIn(pieceOf(plate, "fibularis-brevis"), malleolus);
    ASSERT_TRUE(fibula.pixels && longus.pixels && brevis.pixels);
    EXPECT_LT(*longus.meanX(), *brevis.meanX()) << "longus lies behind brevis";
    EXPECT_LT(*brevis.meanX(), *fibula.meanX()) << "brevis lies behind the malleolus";
    EXPECT_LT(longus.maxX, fibula.minX + 4) << "longus passes in front of the malleolus";
    EXPECT_LT(brevis.maxX, fibula.minX + 14) << "brevis passes over the malleolus";
    // The fifth metatarsal's base, on the outer edge of the foot.
    EXPECT_GT(inkIn(pieceOf(plate, "fibularis-brevis"), QRect(430, 1295, 25, 20)).pixels, 20);
}

// The calcaneal tendon inserts on the middle of the calcaneus's back surface, not on its upper corner.
TEST(PlateAnatomy, TheCalcanealTendonReachesTheMiddleOfTheHeel)
{
    const RenderedPlate plate = rendered(builtIn("lateral"));
    const Ink calcaneus = inkIn(pieceOf(plate, "calcaneus"), band(1200, 1400));
    int top = 1 << 20;
    int bottom = 0;
    const RenderedPiece &heel = pieceOf(plate, "calcaneus");
    for (int y = heel.rect.top(); y <= heel.rect.bottom(); ++y) {
        if (inkIn(heel, band(y, y + 1)).pixels) {
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    ASSERT_GT(calcaneus.pixels, 0);
    const RenderedPiece &tendon = pieceOf(plate, "calcaneal-tendon");
    const int lowest = tendon.rect.bottom();
    EXPECT_GT(lowest, top + (bottom - top) / 3) << "the tendon stops at the upper corner";
    EXPECT_LT(lowest, bottom - (bottom - top) / 8) << "the tendon runs under the heel";
}

// A slice has nothing on top of anything: every structure in it shows and can be picked, at every peel stage.
TEST(PlateAnatomy, TheCrossSectionShowsEveryStructureAtEveryStage)
{
    const Plate plate = builtIn("cross-section");
    const RenderedPlate drawn = rendered(plate);
    for (int stage = 0; stage < int(plate.layers().size()); ++stage) {
        for (const RenderedPiece &piece : drawn.pieces) {
            if (!piece.isStructure || piece.layer < stage)
                continue;
            const PlacedImage visible = visiblePart(drawn, piece.id, stage);
            const Ink whole = inkIn(piece, piece.rect);
            const Ink shown = inkIn(visible.rect, visible.image, visible.rect);
            EXPECT_GE(shown.pixels * 10, whole.pixels * 6)
                << piece.id.toStdString() << " is mostly hidden at stage " << stage;
            // Picked where it shows.
            bool picked = false;
            for (int y = 0; y < visible.image.height() && !picked; y += 2) {
                const auto *row = reinterpret_cast<const QRgb *>(visible.image.constScanLine(y));
                for (int x = 0; x < visible.image.width() && !picked; x += 2) {
                    if (qAlpha(row[x]) >= 250)
                        picked = drawn.structureAt(visible.rect.topLeft() + QPoint(x, y), stage) == piece.id;
                }
            }
            EXPECT_TRUE(picked) << piece.id.toStdString() << " cannot be picked at stage " << stage;
        }
    }
}

// The venous sinuses inside the soleus are drawn in the back view only while the soleus (or they) are selected.
TEST(PlateAnatomy, TheSolealSinusesShowWithTheSoleus)
{
    const Plate plate = builtIn("posterior");
    EXPECT_TRUE(plate.isShownOnlyWithSelection(QStringLiteral("soleal-veins")));
    EXPECT_EQ(plate.shownWhenSelected(QStringLiteral("soleus")), QStringList{QStringLiteral("soleal-veins")});
    EXPECT_EQ(plate.shownWhenSelected(QStringLiteral("soleal-veins")), QStringList{QStringLiteral("soleal-veins")});
    EXPECT_TRUE(plate.shownWhenSelected(QStringLiteral("tibia")).isEmpty());
    EXPECT_FALSE(builtIn("cross-section").isShownOnlyWithSelection(QStringLiteral("soleal-veins")));

    RenderedPlate drawn = rendered(plate);
    const int soleus = plate.layerOf(QStringLiteral("soleus"));
    const QPoint sinus(256, 690);
    EXPECT_EQ(drawn.structureAt(sinus, soleus), QStringLiteral("soleus"));
    const QImage without = drawn.compose(soleus);
    drawn.shownOnDemand = plate.shownWhenSelected(QStringLiteral("soleus"));
    EXPECT_EQ(drawn.structureAt(sinus, soleus), QStringLiteral("soleal-veins"));
    EXPECT_NE(drawn.compose(soleus), without);
}

} // namespace
