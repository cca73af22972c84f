// SPDX-License-Identifier: MIT
#include "diagramview.h"

#include "diagramaccessible.h"
#include "platecache.h"
#include "platelabels.h"

#include "ui/startupclock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace calfatlas::app {

namespace {
constexpr qreal kMinZoom = 0.5;
constexpr qreal kMaxZoom = 8.0;
constexpr qreal kZoomStep = 1.25;
constexpr int kPeelMs = 320;
constexpr qreal kPlainMargin = 16;
} // namespace

DiagramView::DiagramView(QWidget *parent) : QWidget(parent)
{
    installDiagramAccessibility(); // before anything asks for this widget's accessible interface
    setObjectName(QStringLiteral("diagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 320);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Anatomy diagram"));
    setAccessibleDescription(tr("Each structure is a child; Tab or the arrow keys move between them, Enter selects."));

    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &DiagramView::startRender);
    connect(&m_watcher, &QFutureWatcher<RenderedPlate>::finished, this, &DiagramView::renderFinished);

    m_peelAnimation = new QVariantAnimation(this);
    m_peelAnimation->setDuration(kPeelMs);
    m_peelAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_peelAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_peelPosition = value.toReal();
        update();
    });
    connect(m_peelAnimation, &QVariantAnimation::finished, this, [this] {
        m_peelPosition = m_peeled;
        update();
    });
}

DiagramView::~DiagramView()
{
    m_watcher.waitForFinished();
}

void DiagramView::setPlate(const anatomy::Plate &plate)
{
    m_plate = plate;
    measureAheadOfTime(m_plate);
    m_rendered = {};
    m_frames.clear();
    m_peeled = 0;
    m_peelPosition = 0;
    m_hovered.clear();
    m_focused.clear();
    const bool hadSelection = !m_selected.isEmpty();
    m_selected.clear();
    invalidateOverlays();
    fitToView();
    scheduleRender(0);
    if (hadSelection)
        emit selectionChanged({});
    emit peelChanged(0);
}

void DiagramView::setStructureTexts(const QHash<QString, StructureText> &texts)
{
    m_texts = texts;
    m_labelsValid = false;
    update();
}

QString DiagramView::nameOf(const QString &id) const
{
    const auto it = m_texts.constFind(id);
    return it == m_texts.constEnd() ? id : it->name;
}

QString DiagramView::summaryOf(const QString &id) const
{
    return m_texts.value(id).summary;
}

void DiagramView::setOrientation(const QStringList &topRightBottomLeft)
{
    m_orientation = topRightBottomLeft;
    update();
}

// ---- view transform ----

QTransform DiagramView::plateToLogical() const
{
    return mirror() * placement();
}

// Left and right swapped about the plate's middle, as a scan shows a slice seen from below.
QTransform DiagramView::mirror() const
{
    if (!m_mirrored)
        return {};
    const QRectF box = m_plate.viewBox();
    return QTransform(-1, 0, 0, 1, box.left() + box.right(), 0);
}

// Where the (possibly mirrored) plate sits in the widget, and its scale.
QTransform DiagramView::placement() const
{
    QTransform transform;
    transform.translate(m_offset.x(), m_offset.y());
    transform.scale(m_scale, m_scale);
    return transform;
}

void DiagramView::setMirrored(bool mirrored)
{
    if (mirrored == m_mirrored)
        return;
    m_mirrored = mirrored;
    // The last rasterised frame is shown mirrored at once (it is mapped through the new transform) until the
    // plate is rasterised afresh.
    invalidateOverlays();
    scheduleRender(0);
    update();
}

qreal DiagramView::devicePixelRatioNow() const
{
    return m_renderRatio > 0 ? m_renderRatio : devicePixelRatioF();
}

void DiagramView::setRenderRatio(qreal ratio)
{
    m_renderRatio = std::max(0.0, ratio);
    invalidateOverlays();
    scheduleRender(0);
}

void DiagramView::showAs(const DiagramView &other)
{
    setPlate(other.m_plate);
    m_texts = other.m_texts;
    m_orientation = other.m_orientation;
    m_mirrored = other.m_mirrored;
    m_peelable = other.m_peelable;
    m_labelsVisible = other.m_labelsVisible;
    m_namesHidden = other.m_namesHidden;
    m_fills = other.m_fills;
    m_peeled = other.m_peeled;
    m_peelPosition = m_peeled;
    m_selected = other.m_selected;
    invalidateOverlays();
    fitToView();
    scheduleRender(0);
}

QTransform DiagramView::plateToDevice() const
{
    const qreal dpr = devicePixelRatioNow();
    return plateToLogical() * QTransform::fromScale(dpr, dpr);
}

QPointF DiagramView::plateToWidget(const QPointF &platePoint) const
{
    return plateToLogical().map(platePoint);
}

qreal DiagramView::zoom() const
{
    const QRectF box = m_plate.viewBox();
    if (box.isEmpty())
        return 1.0;
    const qreal margin = labelMargin(width());
    const qreal fit = std::min((width() - 2 * margin) / box.width(), (height() - 2 * kPlainMargin) / box.height());
    return fit > 0 ? m_scale / fit : 1.0;
}

void DiagramView::fitToView()
{
    const QRectF box = m_plate.viewBox();
    if (box.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const qreal margin = labelMargin(width());
    m_scale =
        std::max(0.01, std::min((width() - 2 * margin) / box.width(), (height() - 2 * kPlainMargin) / box.height()));
    m_offset = QPointF((width() - box.width() * m_scale) / 2 - box.x() * m_scale,
                       (height() - box.height() * m_scale) / 2 - box.y() * m_scale);
    m_fitted = true;
    m_labelsValid = false;
    scheduleRender(60);
    update();
    emit zoomChanged(1.0);
}

int DiagramView::heightToFit(int width) const
{
    const QRectF box = m_plate.viewBox();
    if (box.isEmpty())
        return width;
    const qreal margin = labelMargin(width);
    const qreal scale = std::max(0.01, (width - 2 * margin) / box.width());
    const qreal words = fontMetrics().height() + 6; // the header and footer lines
    return int(std::ceil(box.height() * scale + 2 * (kPlainMargin + words)));
}

void DiagramView::zoomBy(qreal factor, const QPointF &anchor)
{
    if (m_plate.viewBox().isEmpty())
        return;
    const qreal current = zoom();
    const qreal target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    const qreal applied = target / current;
    if (std::abs(applied - 1.0) < 1e-6)
        return;
    // Keep the plate point under the anchor where it is.
    const QPointF platePoint = placement().inverted().map(anchor);
    m_scale *= applied;
    m_offset = anchor - platePoint * m_scale;
    m_fitted = false;
    clampOffset();
    m_labelsValid = false;
    invalidateOverlays();
    scheduleRender(120);
    update();
    emit zoomChanged(zoom());
}

void DiagramView::zoomIn()
{
    zoomBy(kZoomStep, rect().center());
}

void DiagramView::zoomOut()
{
    zoomBy(1.0 / kZoomStep, rect().center());
}

// Some of the plate always stays on screen, however far it is dragged.
void DiagramView::clampOffset()
{
    const QRectF art = plateToLogical().mapRect(m_plate.viewBox());
    const qreal keep = 80;
    QPointF shift;
    if (art.right() < keep)
        shift.rx() = keep - art.right();
    if (art.left() > width() - keep)
        shift.rx() = width() - keep - art.left();
    if (art.bottom() < keep)
        shift.ry() = keep - art.bottom();
    if (art.top() > height() - keep)
        shift.ry() = height() - keep - art.top();
    m_offset += shift;
}

// ---- rasterising off the GUI thread ----

void DiagramView::scheduleRender(int delayMs)
{
    if (!m_plate.isValid())
        return;
    m_renderTimer.start(delayMs);
}

void DiagramView::startRender()
{
    if (!m_plate.isValid() || width() <= 0 || height() <= 0)
        return;
    if (m_watcher.isRunning()) {
        m_renderQueued = true; // the newest request wins once the running one is done
        return;
    }
    const qreal dpr = devicePixelRatioNow();
    const QRect viewport(QPoint(0, 0), (QSizeF(size()) * dpr).toSize());
    RenderRequest request;
    request.plateToDevice = plateToDevice();
    // On screen a margin around the view is drawn too, for panning; a fixed ratio draws a view that never pans.
    const int marginX = m_renderRatio > 0 ? 0 : viewport.width() / 4;
    const int marginY = m_renderRatio > 0 ? 0 : viewport.height() / 4;
    request.deviceRegion = viewport.adjusted(-marginX, -marginY, marginX, marginY);
    request.generation = ++m_generation;
    request.plateName = m_plate.name();
    startupMark("render-start");
    const anatomy::Plate plate = m_plate;
    const std::shared_ptr<const PlateRasterCache> cache = m_fitted ? m_cache : nullptr;
    const int firstLayer = firstVisibleLayer();
    m_watcher.setFuture(QtConcurrent::run(
        [plate, request, cache, firstLayer] { return renderOrRecall(plate, request, cache, firstLayer); }));
}

void DiagramView::renderFinished()
{
    RenderedPlate result = m_watcher.result();
    startupMark("render-delivered");
    if (m_renderQueued) {
        m_renderQueued = false;
        startRender();
    }
    if (result.request.plateName != m_plate.name())
        return; // drawn for a plate no longer shown
    if (result.request.generation != m_generation && !m_rendered.isEmpty())
        return; // a newer view is on its way; keep showing the last good frame meanwhile
    m_rendered = std::move(result);
    m_rendered.shownOnDemand = m_plate.shownWhenSelected(m_selected);
    m_frames.clear();
    if (m_rendered.shownOnDemand.isEmpty())
        m_frames = std::exchange(m_rendered.composed, {}); // composed by the worker
    invalidateOverlays();
    m_labelsValid = false;
    update();
}

bool DiagramView::isRenderCurrent() const
{
    return !m_rendered.isEmpty() && !m_watcher.isRunning() && !m_renderTimer.isActive() && !m_renderQueued &&
           m_rendered.request.plateToDevice == plateToDevice();
}

bool DiagramView::waitForRender(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!isRenderCurrent() && timer.elapsed() < timeoutMs) {
        if (m_renderTimer.isActive()) {
            m_renderTimer.stop();
            startRender();
        }
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        m_watcher.waitForFinished();
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return isRenderCurrent();
}

QPoint DiagramView::toRenderedDevice(const QPointF &widgetPoint) const
{
    const QPointF platePoint = plateToLogical().inverted().map(widgetPoint);
    return m_rendered.request.plateToDevice.map(platePoint).toPoint();
}

void DiagramView::invalidateOverlays()
{
    m_visible.clear();
    m_hoverRing = {};
    m_hoverTint = {};
    m_selectionRing = {};
    m_selectionGlow = {};
    m_mistakeRing = {};
    m_filled.clear();
    m_focusOutline = {};
    m_labelsValid = false;
}

void DiagramView::setStructureFills(const QHash<QString, QBrush> &fills)
{
    m_fills = fills;
    m_filled.clear();
    update();
}

int DiagramView::firstVisibleLayer() const
{
    return m_peeled;
}

// ---- peel, hover, selection, focus ----

void DiagramView::setPeelable(bool peelable)
{
    m_peelable = peelable;
    if (!peelable)
        setPeeled(0, false);
}

void DiagramView::setPeeled(int layers, bool animate)
{
    layers = m_peelable ? std::clamp(layers, 0, std::max(0, layerCount() - 1)) : 0;
    if (layers == m_peeled)
        return;
    const qreal from = m_peelPosition;
    m_peeled = layers;
    invalidateOverlays();
    // What is peeled away can no longer be hovered, focused or selected.
    if (!m_hovered.isEmpty() && m_plate.layerOf(m_hovered) < m_peeled)
        setHovered({});
    if (!m_focused.isEmpty() && m_plate.layerOf(m_focused) < m_peeled)
        setFocused({});
    if (!m_selected.isEmpty() && m_plate.layerOf(m_selected) < m_peeled)
        clearSelection();
    m_peelAnimation->stop();
    if (animate && isVisible()) {
        m_peelAnimation->setStartValue(from);
        m_peelAnimation->setEndValue(qreal(layers));
        m_peelAnimation->start();
    } else {
        m_peelPosition = layers;
    }
    update();
    emit peelChanged(m_peeled);
}

QString DiagramView::structureAt(const QPointF &widgetPoint) const
{
    if (m_rendered.isEmpty())
        return {};
    // Thin structures (nerves, vessels, tendons) are as easy to point at as a target of 14 px.
    constexpr qreal kSmallestTarget = 14;
    return m_rendered.structureNear(toRenderedDevice(widgetPoint), firstVisibleLayer(),
                                    int(std::lround(kSmallestTarget * devicePixelRatioF())));
}

QString DiagramView::structureUnder(const QPointF &widgetPoint) const
{
    return m_rendered.isEmpty() ? QString()
                                : m_rendered.structureAt(toRenderedDevice(widgetPoint), firstVisibleLayer());
}

void DiagramView::setHovered(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    m_hoverRing = {};
    m_hoverTint = {};
    setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
    emit hoverChanged(id);
}

void DiagramView::highlight(const QString &id)
{
    const bool inSight = m_plate.hasStructure(id) && m_plate.layerOf(id) >= m_peeled &&
                         (!m_plate.isShownOnlyWithSelection(id) || m_plate.shownWhenSelected(m_selected).contains(id));
    setHovered(inSight ? id : QString());
}

void DiagramView::selectStructure(const QString &id)
{
    if (!m_plate.hasStructure(id))
        return;
    // Asked for by name: peel exactly down to its layer, so the whole structure is uncovered.
    setPeeled(m_plate.layerOf(id), true);
    select(id);
}

void DiagramView::select(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_selectionRing = {};
    m_selectionGlow = {};
    showOnDemandPieces();
    update();
    emit selectionChanged(id);
}

// Detail drawn only with a selection (the sinuses inside the soleus) comes and goes with it.
void DiagramView::showOnDemandPieces()
{
    const QStringList shown = m_plate.shownWhenSelected(m_selected);
    if (shown == m_rendered.shownOnDemand)
        return;
    m_rendered.shownOnDemand = shown;
    m_frames.clear();
    invalidateOverlays();
}

void DiagramView::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    m_selectionRing = {};
    m_selectionGlow = {};
    showOnDemandPieces();
    update();
    emit selectionChanged({});
}

void DiagramView::setMistake(const QString &id)
{
    if (id == m_mistake)
        return;
    m_mistake = id;
    m_mistakeRing = {};
    update();
}

void DiagramView::setFocused(const QString &id)
{
    if (id == m_focused)
        return;
    m_focused = id;
    m_focusOutline = {};
    update();
    notifyStructureFocus(this, id);
    emit focusedStructureChanged(id);
}

void DiagramView::moveFocus(int step)
{
    const QStringList order = navigableStructures();
    if (order.isEmpty())
        return;
    const qsizetype index = order.indexOf(m_focused);
    const qsizetype next = index < 0 ? (step > 0 ? 0 : order.size() - 1) : (index + step + order.size()) % order.size();
    setFocused(order.at(next));
}

void DiagramView::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    if (hidden)
        QToolTip::hideText();
    update();
}

void DiagramView::setLabelsVisible(bool visible)
{
    if (visible == m_labelsVisible)
        return;
    m_labelsVisible = visible;
    if (m_fitted)
        fitToView();
    m_labelsValid = false;
    update();
}

} // namespace calfatlas::app
