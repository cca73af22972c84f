// SPDX-License-Identifier: MIT
// The rasterised plates kept between runs: read back exactly, missed when anything they depend on changes,
// and never trusted when the file is damaged.
#include "anatomy/plate.h"
#include "explorer/diagramview.h"
#include "explorer/platecache.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QThreadPool>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using anatomy::Plate;

namespace {

Plate testPlate()
{
    QString problem;
    Plate plate = Plate::fromFile(test::dataFile(QStringLiteral("test-plate.svg")), &problem);
    EXPECT_TRUE(plate.isValid()) << problem.toStdString();
    return plate;
}

// Twice the plate's size, shifted, as the diagram asks for it.
RenderRequest requestFor(const Plate &plate, qreal scale = 2.0)
{
    RenderRequest request;
    request.plateToDevice = QTransform::fromScale(scale, scale) * QTransform::fromTranslate(10, 4);
    request.deviceRegion = QRect(-20, -20, 480, 480);
    request.plateName = plate.name();
    return request;
}

void expectSamePieces(const RenderedPlate &expected, const RenderedPlate &actual)
{
    ASSERT_EQ(actual.pieces.size(), expected.pieces.size());
    for (qsizetype i = 0; i < expected.pieces.size(); ++i) {
        const RenderedPiece &want = expected.pieces.at(i);
        const RenderedPiece &got = actual.pieces.at(i);
        EXPECT_EQ(got.id, want.id);
        EXPECT_EQ(got.layer, want.layer);
        EXPECT_EQ(got.isStructure, want.isStructure);
        EXPECT_EQ(got.onDemand, want.onDemand);
        EXPECT_EQ(got.rect, want.rect);
        EXPECT_EQ(got.image.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                  want.image.convertToFormat(QImage::Format_ARGB32_Premultiplied))
            << want.id.toStdString();
    }
}

TEST(PlateRasterCache, ReadsBackWhatItStoredPixelForPixel)
{
    QTemporaryDir dir;
    const PlateRasterCache cache(dir.path());
    const Plate plate = testPlate();
    const RenderRequest request = requestFor(plate);
    EXPECT_FALSE(cache.load(plate, request)) << "nothing is kept yet";
    const RenderedPlate drawn = renderPlate(plate, request);
    ASSERT_FALSE(drawn.isEmpty());
    ASSERT_TRUE(cache.store(plate, drawn));
    EXPECT_EQ(QFile(cache.fileFor(plate, request)).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());

    const std::optional<RenderedPlate> recalled = cache.load(plate, request);
    ASSERT_TRUE(recalled);
    EXPECT_TRUE(recalled->fromCache);
    expectSamePieces(drawn, *recalled);
    // Hit-testing and composing work on what was read back as on what was drawn.
    const RenderedPiece &soleus = *drawn.piece(QStringLiteral("soleus"));
    const QPoint inSoleus = soleus.rect.center();
    EXPECT_EQ(recalled->structureAt(inSoleus, 0), drawn.structureAt(inSoleus, 0));
    EXPECT_EQ(recalled->compose(1), drawn.compose(1));
}

TEST(PlateRasterCache, ChangedArtOrSizeOrScaleMisses)
{
    QTemporaryDir dir;
    const PlateRasterCache cache(dir.path());
    const Plate plate = testPlate();
    const RenderRequest request = requestFor(plate);
    ASSERT_TRUE(cache.store(plate, renderPlate(plate, request)));
    ASSERT_TRUE(cache.load(plate, request));

    // The same plate with one colour changed: another hash, so the old pixels are never shown for it.
    QByteArray svg = plate.svg();
    const qsizetype fill = svg.indexOf("fill=\"#");
    ASSERT_GE(fill, 0);
    svg[fill + 7] = svg[fill + 7] == '0' ? '1' : '0';
    const Plate changed = Plate::fromBytes(svg, plate.name());
    ASSERT_TRUE(changed.isValid());
    EXPECT_FALSE(cache.load(changed, request));
    EXPECT_NE(cache.fileFor(changed, request), cache.fileFor(plate, request));

    EXPECT_FALSE(cache.load(plate, requestFor(plate, 3.0))) << "another zoom or pixel ratio";
    RenderRequest larger = request;
    larger.deviceRegion.setWidth(request.deviceRegion.width() + 1);
    EXPECT_FALSE(cache.load(plate, larger)) << "another window size";
    EXPECT_TRUE(cache.load(plate, request)) << "the stored entry is untouched by the misses";
}

TEST(PlateRasterCache, CorruptOrTruncatedFileIsAMissAndIsReplaced)
{
    QTemporaryDir dir;
    const PlateRasterCache cache(dir.path());
    const Plate plate = testPlate();
    const RenderRequest request = requestFor(plate);
    const RenderedPlate drawn = renderPlate(plate, request);
    ASSERT_TRUE(cache.store(plate, drawn));
    const QString path = cache.fileFor(plate, request);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    const auto damaged = [&](const QByteArray &bytes) {
        QFile::remove(path);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const bool missed = !cache.load(plate, request);
        EXPECT_FALSE(QFile::exists(path)) << "a damaged file is removed";
        return missed;
    };
    EXPECT_TRUE(damaged(good.left(good.size() / 2))) << "truncated in the pixels";
    EXPECT_TRUE(damaged(good.left(40))) << "truncated in the header";
    EXPECT_TRUE(damaged(QByteArray())) << "empty";
    EXPECT_TRUE(damaged(QByteArray(good.size(), 'x'))) << "garbage";
    QByteArray flipped = good;
    flipped[flipped.size() - 100] = char(flipped.at(flipped.size() - 100) ^ 0x5a);
    EXPECT_TRUE(damaged(flipped)) << "one byte of a piece's pixels changed";

    // The next store replaces it, and it reads back whole again.
    ASSERT_TRUE(cache.store(plate, drawn));
    const std::optional<RenderedPlate> recalled = cache.load(plate, request);
    ASSERT_TRUE(recalled);
    expectSamePieces(drawn, *recalled);
}

TEST(PlateRasterCache, KeepsTheFolderWithinItsLimitDroppingTheOldestFirst)
{
    QTemporaryDir dir;
    const Plate plate = testPlate();
    const RenderedPlate first = renderPlate(plate, requestFor(plate, 2.0));
    const PlateRasterCache probe(dir.path());
    ASSERT_TRUE(probe.store(plate, first));
    const qint64 entry = QFileInfo(probe.fileFor(plate, first.request)).size();
    QFile::remove(probe.fileFor(plate, first.request));

    // Room for about two entries of this size.
    const PlateRasterCache cache(dir.path(), entry * 5 / 2);
    for (const qreal scale : {2.0, 2.01, 2.02, 2.03})
        ASSERT_TRUE(cache.store(plate, renderPlate(plate, requestFor(plate, scale))));
    qint64 total = 0;
    const QFileInfoList files = QDir(dir.path()).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files)
        total += info.size();
    EXPECT_LE(total, entry * 5 / 2);
    EXPECT_TRUE(cache.load(plate, requestFor(plate, 2.03))) << "the newest stays";
}

// The diagram reads its plate from the cache when it is there, and fills the cache when it is not.
TEST(PlateRasterCache, DiagramFillsTheCacheAndShowsTheSamePlateFromIt)
{
    QTemporaryDir dir;
    auto cache = std::make_shared<PlateRasterCache>(dir.path());
    const Plate plate = testPlate();
    QImage drawnFresh;
    QString pickedFresh;
    for (const bool secondRun : {false, true}) {
        DiagramView view;
        view.setRasterCache(cache);
        view.setPlate(plate);
        view.resize(640, 480);
        view.show();
        ASSERT_TRUE(view.waitForRender(30000));
        QThreadPool::globalInstance()->waitForDone(); // the store runs beside the view
        QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&frame);
        view.paintDiagram(painter);
        painter.end();
        const QString picked = view.structureAt(view.plateToWidget(QPointF(100, 150)));
        if (!secondRun) {
            EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "the fitted view was kept";
            drawnFresh = frame;
            pickedFresh = picked;
        } else {
            EXPECT_EQ(frame, drawnFresh);
            EXPECT_EQ(picked, pickedFresh);
        }
    }
    EXPECT_FALSE(pickedFresh.isEmpty());
}

} // namespace
