// SPDX-License-Identifier: MIT
#include "platelabels.h"

#include "platerender.h"

#include "anatomy/labellayout.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <cmath>
#include <limits>
#include <memory>

namespace calfatlas::app {

namespace {

constexpr int kRasterLongSide = 720;         // pixels along the plate's longer side
constexpr int kCandidateStep = 3;            // pixels between anchor candidates
constexpr qreal kAnchorSpacingShare = 0.035; // of the plate's longer side: anchors this far apart are apart
constexpr int kInk = 128;
constexpr int kNothing = -2;
constexpr int kArt = -1;

QString plateKey(const anatomy::Plate &plate)
{
    return plate.name() + QLatin1Char(':') + QString::number(qHash(plate.svg()));
}

struct Raster {
    RenderedPlate rendered;
    qreal scale = 1;
    QSize size;
    QRectF ink; // plate units
};

// Where any piece has ink, in plate units.
QRectF inkOf(const Raster &raster, const QPointF &origin)
{
    QRect ink;
    for (const RenderedPiece &piece : raster.rendered.pieces) {
        if (piece.onDemand)
            continue;
        for (int y = 0; y < piece.rect.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(piece.image.constScanLine(y));
            for (int x = 0; x < piece.rect.width(); ++x) {
                if (qAlpha(row[x]) >= kInk)
                    ink |= QRect(piece.rect.topLeft() + QPoint(x, y), QSize(1, 1));
            }
        }
    }
    return QRectF(QPointF(ink.topLeft()) / raster.scale + origin, QSizeF(ink.size()) / raster.scale);
}

// The plates measured so far; measuring runs on the GUI thread or ahead of time on a worker.
struct Cache {
    QMutex mutex;
    QHash<QString, std::shared_ptr<const Raster>> rasters;
    QHash<QString, QList<ShownStructure>> shown;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

std::shared_ptr<const Raster> rasterOf(const anatomy::Plate &plate)
{
    const QString key = plateKey(plate);
    {
        const QMutexLocker lock(&cache().mutex);
        if (auto found = cache().rasters.value(key))
            return found;
    }
    const QRectF box = plate.viewBox();
    auto raster = std::make_shared<Raster>();
    raster->scale = kRasterLongSide / std::max(box.width(), box.height());
    raster->size = QSize(int(std::ceil(box.width() * raster->scale)), int(std::ceil(box.height() * raster->scale)));
    RenderRequest request;
    request.plateToDevice.scale(raster->scale, raster->scale);
    request.plateToDevice.translate(-box.x(), -box.y());
    request.deviceRegion = QRect(QPoint(0, 0), raster->size);
    request.plateName = plate.name();
    raster->rendered = renderPlate(plate, request);
    raster->ink = inkOf(*raster, box.topLeft());
    const QMutexLocker lock(&cache().mutex);
    cache().rasters.insert(key, raster);
    return raster;
}

// Which piece shows at each pixel: its index, kArt for art that is not a structure, kNothing for paper.
QList<int> owners(const Raster &raster, int firstLayer, const QStringList &shownOnDemand)
{
    QList<int> owner(qsizetype(raster.size.width()) * raster.size.height(), kNothing);
    const QList<RenderedPiece> &pieces = raster.rendered.pieces;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const RenderedPiece &piece = pieces.at(i);
        if (piece.layer < firstLayer || (piece.onDemand && !shownOnDemand.contains(piece.id)))
            continue;
        for (int y = 0; y < piece.rect.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(piece.image.constScanLine(y));
            int *out = owner.data() + qsizetype(piece.rect.top() + y) * raster.size.width() + piece.rect.left();
            for (int x = 0; x < piece.rect.width(); ++x) {
                if (qAlpha(row[x]) >= kInk)
                    out[x] = piece.isStructure ? int(i) : kArt;
            }
        }
    }
    return owner;
}

// For each pixel of a structure, how far (in pixels) it lies from the edge of that structure's visible part.
QList<float> clearances(const QList<int> &owner, const QSize &size)
{
    const int w = size.width();
    const int h = size.height();
    const float far = std::numeric_limits<float>::max() / 4;
    QList<float> distance(owner.size(), 0);
    const auto same = [&](int x, int y, int id) {
        return x >= 0 && y >= 0 && x < w && y < h && owner.at(qsizetype(y) * w + x) == id;
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int id = owner.at(qsizetype(y) * w + x);
            if (id < 0)
                continue;
            const bool edge = !same(x - 1, y, id) || !same(x + 1, y, id) || !same(x, y - 1, id) || !same(x, y + 1, id);
            distance[qsizetype(y) * w + x] = edge ? 1.0F : far;
        }
    }
    // Two chamfer passes, each only within one structure.
    constexpr float kDiagonal = 1.4142F;
    const int forward[4][2] = {{-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
    for (int pass = 0; pass < 2; ++pass) {
        const int sign = pass == 0 ? 1 : -1;
        for (int step = 0; step < w * h; ++step) {
            const int index = pass == 0 ? step : w * h - 1 - step;
            const int x = index % w;
            const int y = index / w;
            const int id = owner.at(index);
            if (id < 0)
                continue;
            float &d = distance[index];
            for (const auto &offset : forward) {
                const int nx = x + sign * offset[0];
                const int ny = y + sign * offset[1];
                if (same(nx, ny, id))
                    d = std::min(d, distance.at(qsizetype(ny) * w + nx) +
                                        (offset[0] != 0 && offset[1] != 0 ? kDiagonal : 1.0F));
            }
        }
    }
    return distance;
}

QList<ShownStructure> measure(const anatomy::Plate &plate, int firstLayer, const QStringList &shownOnDemand)
{
    const std::shared_ptr<const Raster> held = rasterOf(plate);
    const Raster &raster = *held;
    const QList<int> owner = owners(raster, firstLayer, shownOnDemand);
    const QList<float> distance = clearances(owner, raster.size);
    const QList<RenderedPiece> &pieces = raster.rendered.pieces;
    QList<int> count(pieces.size(), 0);
    QList<QList<anatomy::AnchorCandidate>> candidates(pieces.size());
    QList<std::pair<float, int>> deepest(pieces.size(), {-1.0F, 0});
    const QPointF origin = plate.viewBox().topLeft();
    const auto toPlate = [&](int index) {
        const int x = index % raster.size.width();
        const int y = index / raster.size.width();
        return origin + QPointF(x + 0.5, y + 0.5) / raster.scale;
    };
    for (int index = 0; index < int(owner.size()); ++index) {
        const int id = owner.at(index);
        if (id < 0)
            continue;
        ++count[id];
        if (distance.at(index) > deepest.at(id).first)
            deepest[id] = {distance.at(index), index};
        const int x = index % raster.size.width();
        const int y = index / raster.size.width();
        if (x % kCandidateStep == 0 && y % kCandidateStep == 0)
            candidates[id].append({toPlate(index), distance.at(index) / raster.scale});
    }
    QList<ShownStructure> shown;
    QList<QList<anatomy::AnchorCandidate>> choices;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const qreal area = count.at(i) / (raster.scale * raster.scale);
        if (!anatomy::isLabelled(area, plate.viewBox()))
            continue;
        // The deepest point always competes, so a thin structure missed by the candidate grid still has one.
        candidates[i].append({toPlate(deepest.at(i).second), deepest.at(i).first / raster.scale});
        shown.append({pieces.at(i).id, area, {}});
        choices.append(candidates.at(i));
    }
    const QRectF box = plate.viewBox();
    const QList<QPointF> anchors =
        anatomy::spreadAnchors(choices, kAnchorSpacingShare * std::max(box.width(), box.height()));
    for (qsizetype i = 0; i < shown.size(); ++i)
        shown[i].anchor = anchors.at(i);
    return shown;
}

QString stageKey(const anatomy::Plate &plate, int firstLayer, const QStringList &shownOnDemand)
{
    return plateKey(plate) + QLatin1Char('/') + QString::number(firstLayer) + QLatin1Char('/') +
           shownOnDemand.join(QLatin1Char(','));
}

} // namespace

QList<ShownStructure> labelledStructures(const anatomy::Plate &plate, int firstLayer, const QStringList &shownOnDemand)
{
    const QString key = stageKey(plate, firstLayer, shownOnDemand);
    {
        const QMutexLocker lock(&cache().mutex);
        const auto it = cache().shown.constFind(key);
        if (it != cache().shown.constEnd())
            return *it;
    }
    QList<ShownStructure> shown = measure(plate, firstLayer, shownOnDemand);
    const QMutexLocker lock(&cache().mutex);
    cache().shown.insert(key, shown);
    return shown;
}

QRectF inkBounds(const anatomy::Plate &plate)
{
    return plate.isValid() ? rasterOf(plate)->ink : QRectF();
}

void measureAheadOfTime(const anatomy::Plate &plate)
{
    if (!plate.isValid())
        return;
    {
        const QMutexLocker lock(&cache().mutex);
        if (cache().shown.contains(stageKey(plate, 0, {})))
            return;
    }
    QThreadPool::globalInstance()->start([plate] {
        for (int stage = 0; stage < int(plate.layers().size()); ++stage)
            labelledStructures(plate, stage, {});
    });
}

} // namespace calfatlas::app
