// SPDX-License-Identifier: MIT
// DiagramView: painting. Only blits of rasterised pieces and overlays drawn by our own QPainter code.
#include "diagramview.h"
#include "knowledgetint.h"

#include "ui/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace calfatlas::app {

namespace {
constexpr int kVisibilityGrid = 7;  // device pixels between visibility samples
constexpr int kMinimumSamples = 12; // smaller visible parts get no label
constexpr qreal kLabelGap = 26;     // between the art and a label column
const QPointF kPeelSlide(-90, -30); // where a peeled layer drifts as it fades
} // namespace

QColor DiagramView::canvas() const
{
    return palette::kDiagramPaper.current();
}

QColor DiagramView::accent() const
{
    return palette::kDiagramAccent.current();
}

const QImage &DiagramView::frameFrom(int firstLayer)
{
    auto it = m_frames.find(firstLayer);
    if (it == m_frames.end())
        it = m_frames.insert(firstLayer, m_rendered.composeInk(firstLayer));
    return *it;
}

const PlacedImage &DiagramView::visibleOf(const QString &id)
{
    auto it = m_visible.find(id);
    if (it == m_visible.end())
        it = m_visible.insert(id, visiblePart(m_rendered, id, firstVisibleLayer()));
    return *it;
}

const DiagramView::Visibility &DiagramView::visibilityOf(const QString &id)
{
    ensureLabels();
    static const Visibility none;
    const auto it = m_visibility.constFind(id);
    return it == m_visibility.constEnd() ? none : *it;
}

void DiagramView::ensureLabels()
{
    if (m_labelsValid)
        return;
    m_labelsValid = true;
    m_visibility.clear();
    m_labels.clear();
    if (m_rendered.isEmpty())
        return;
    const QTransform deviceToLogical = m_rendered.request.plateToDevice.inverted() * plateToLogical();
    const int first = firstVisibleLayer();
    for (const RenderedPiece &piece : m_rendered.pieces) {
        if (!piece.isStructure || piece.layer < first || !m_rendered.isDrawn(piece))
            continue;
        QPointF sum;
        QList<QPoint> visible;
        for (int y = kVisibilityGrid / 2; y < piece.rect.height(); y += kVisibilityGrid) {
            const auto *row = reinterpret_cast<const QRgb *>(piece.image.constScanLine(y));
            for (int x = kVisibilityGrid / 2; x < piece.rect.width(); x += kVisibilityGrid) {
                if (qAlpha(row[x]) < 128)
                    continue;
                const QPoint device = piece.rect.topLeft() + QPoint(x, y);
                if (m_rendered.structureAt(device, first) == piece.id) {
                    visible.append(device);
                    sum += device;
                }
            }
        }
        if (visible.isEmpty())
            continue;
        Visibility info;
        info.samples = int(visible.size());
        const QPointF centre = sum / qreal(visible.size());
        QPoint best = visible.first();
        QRect bounds(best, QSize(1, 1));
        for (const QPoint &point : visible) {
            bounds |= QRect(point, QSize(1, 1));
            if (QLineF(point, centre).length() < QLineF(best, centre).length())
                best = point;
        }
        info.anchor = deviceToLogical.map(QPointF(best));
        info.bounds = deviceToLogical.mapRect(
            QRectF(bounds).adjusted(-kVisibilityGrid, -kVisibilityGrid, kVisibilityGrid, kVisibilityGrid));
        m_visibility.insert(piece.id, info);
        if (info.samples >= kMinimumSamples) {
            // Room for the bold face a hovered or selected label takes.
            QFont bold = font();
            bold.setBold(true);
            const qreal width = QFontMetricsF(bold).horizontalAdvance(nameOf(piece.id)) + 14;
            m_labels.append({piece.id, info.anchor, QRectF(0, 0, width, 0), true});
        }
    }
    const QRectF art = plateToLogical().mapRect(m_plate.viewBox());
    m_labels =
        layoutLabels(m_labels, art, QRectF(rect()).adjusted(8, 8, -8, -8), fontMetrics().height() + 6, kLabelGap);
}

QStringList DiagramView::navigableStructures() const
{
    auto *self = const_cast<DiagramView *>(this);
    self->ensureLabels();
    QList<std::pair<QPointF, QString>> order;
    for (auto it = m_visibility.constBegin(); it != m_visibility.constEnd(); ++it)
        order.append({it->anchor, it.key()});
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        // Reading order: top to bottom, in bands of 40 px, left to right within a band.
        const int bandA = int(a.first.y() / 40);
        const int bandB = int(b.first.y() / 40);
        return bandA != bandB ? bandA < bandB : a.first.x() < b.first.x();
    });
    QStringList ids;
    for (const auto &entry : order)
        ids.append(entry.second);
    return ids;
}

QRectF DiagramView::structureRect(const QString &id) const
{
    return const_cast<DiagramView *>(this)->visibilityOf(id).bounds;
}

void DiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintInto(painter, rect());
    if (!m_announcedFirstFrame && isRenderCurrent()) {
        m_announcedFirstFrame = true;
        emit firstCompleteFrame();
    }
}

void DiagramView::paintDiagram(QPainter &painter)
{
    painter.fillRect(rect(), canvas());
    if (m_rendered.isEmpty()) {
        paintPlaceholder(painter);
        return;
    }
    if (!m_renderTimer.isActive() && !m_watcher.isRunning() &&
        !qFuzzyCompare(m_rendered.request.plateToDevice.m11(), plateToDevice().m11()))
        const_cast<QTimer &>(m_renderTimer).start(0); // the screen's pixel ratio changed under us

    const QTransform deviceToLogical = m_rendered.request.plateToDevice.inverted() * plateToLogical();
    const qreal position = m_peelPosition;
    const int base = int(std::ceil(position - 1e-6));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !deviceToLogical.isIdentity());
    painter.setTransform(deviceToLogical, true);
    const QImage &frame = frameFrom(base);
    painter.drawImage(frame.offset(), frame); // the frame covers the layers' ink only
    painter.restore();
    if (position < base - 1e-6) {
        // The layer being peeled (or put back) fades and drifts away instead of being cut.
        const int layer = base - 1;
        const qreal shown = base - position;
        painter.save();
        painter.setOpacity(shown);
        painter.setTransform(deviceToLogical * QTransform::fromTranslate(kPeelSlide.x() * (1 - shown) * m_scale,
                                                                         kPeelSlide.y() * (1 - shown) * m_scale),
                             true);
        for (const RenderedPiece &piece : m_rendered.pieces) {
            if (piece.layer == layer && m_rendered.isDrawn(piece))
                painter.drawImage(piece.rect.topLeft(), piece.image);
        }
        painter.restore();
        return;
    }
    paintOverlays(painter);
    paintMarkers(painter);
    paintMistakeBadge(painter);
    if (m_labelsVisible && !m_namesHidden)
        paintLabels(painter);
    paintOrientation(painter);
}

void DiagramView::paintInto(QPainter &painter, const QRectF &target)
{
    if (width() <= 0 || height() <= 0)
        return;
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / width(), target.height() / height());
    painter.setClipRect(rect(), Qt::IntersectClip);
    painter.setFont(font());
    paintDiagram(painter);
    painter.restore();
}

void DiagramView::paintPlaceholder(QPainter &painter)
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter, m_plate.isValid() ? tr("Drawing the plate…") : tr("No plate to show"));
}

void DiagramView::paintOverlays(QPainter &painter)
{
    const QTransform deviceToLogical = m_rendered.request.plateToDevice.inverted() * plateToLogical();
    const int ring = std::max(2, int(std::round(2 * devicePixelRatioNow())));
    painter.save();
    painter.setTransform(deviceToLogical, true);
    const QStringList onPlate = m_fills.isEmpty() ? QStringList() : m_plate.structureIds();
    for (auto fill = m_fills.constBegin(); fill != m_fills.constEnd(); ++fill) {
        if (!onPlate.contains(fill.key()))
            continue;
        if (!m_filled.contains(fill.key()))
            m_filled.insert(fill.key(), filled(visibleOf(fill.key()), fill.value()));
        const PlacedImage &image = m_filled[fill.key()];
        if (!image.isNull())
            painter.drawImage(image.rect.topLeft(), image.image);
    }
    if (!m_selected.isEmpty()) {
        const PlacedImage &shape = visibleOf(m_selected);
        if (!shape.isNull()) {
            // Everything else steps back a little; the selection keeps its full colour and gains a glow.
            QColor veil = canvas();
            veil.setAlphaF(0.38);
            painter.fillRect(m_rendered.request.deviceRegion, veil);
            if (m_selectionGlow.isNull()) {
                QColor halo = accent();
                halo.setAlphaF(0.85);
                m_selectionGlow = glow(shape, halo, ring * 5);
                m_selectionRing = outlineRing(shape, accent(), ring + 1);
            }
            painter.drawImage(m_selectionGlow.rect.topLeft(), m_selectionGlow.image);
            painter.drawImage(shape.rect.topLeft(), shape.image);
            painter.drawImage(m_selectionRing.rect.topLeft(), m_selectionRing.image);
        }
    }
    if (!m_mistake.isEmpty() && m_mistake != m_selected) {
        if (m_mistakeRing.isNull())
            m_mistakeRing = outlineRing(visibleOf(m_mistake), palette::kWrongAnswer, ring + 1);
        painter.drawImage(m_mistakeRing.rect.topLeft(), m_mistakeRing.image);
    }
    if (!m_hovered.isEmpty() && m_hovered != m_selected) {
        if (m_hoverRing.isNull()) {
            const PlacedImage &shape = visibleOf(m_hovered);
            m_hoverTint = tint(shape, isDarkPalette() ? Qt::white : accent(), 0.22);
            m_hoverRing = outlineRing(shape, accent(), ring);
        }
        if (!m_hoverRing.isNull()) {
            painter.drawImage(m_hoverTint.rect.topLeft(), m_hoverTint.image);
            painter.drawImage(m_hoverRing.rect.topLeft(), m_hoverRing.image);
        }
    }
    painter.restore();
    if (hasFocus() && m_keyboardFocus && !m_focused.isEmpty()) {
        // The keyboard focus is a dashed frame, unlike hover and selection, so it never relies on colour.
        const QRectF box = structureRect(m_focused).adjusted(-4, -4, 4, 4);
        if (!box.isEmpty()) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1.6, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box, 6, 6);
            painter.restore();
        }
    }
}

// A wrong pick carries a cross as well as its red outline, so the mark never relies on colour alone.
void DiagramView::paintMistakeBadge(QPainter &painter)
{
    if (m_mistake.isEmpty() || m_mistake == m_selected)
        return;
    const Visibility &where = visibilityOf(m_mistake);
    if (where.samples == 0)
        return;
    const qreal radius = 9;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(palette::kWrongAnswer);
    painter.drawEllipse(where.anchor, radius, radius);
    const qreal arm = radius * 0.42;
    painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(where.anchor + QPointF(-arm, -arm), where.anchor + QPointF(arm, arm));
    painter.drawLine(where.anchor + QPointF(-arm, arm), where.anchor + QPointF(arm, -arm));
    painter.restore();
}

void DiagramView::paintMarkers(QPainter &painter)
{
    if (m_selected.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const auto mark = [&](const std::optional<QPointF> &at, const QString &letter, const QString &word) {
        if (!at)
            return;
        const QPointF centre = plateToWidget(*at);
        const qreal radius = 9;
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(accent());
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                         letter);
        const QRectF tag(centre.x() + radius + 4, centre.y() - 10, painter.fontMetrics().horizontalAdvance(word) + 10,
                         20);
        QColor back = canvas();
        back.setAlphaF(0.88);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(tag, 4, 4);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(tag, Qt::AlignCenter, word);
    };
    mark(m_plate.origin(m_selected), tr("O", "origin marker"), tr("Origin"));
    mark(m_plate.insertion(m_selected), tr("I", "insertion marker"), tr("Insertion"));
    painter.restore();
}

void DiagramView::paintLabels(QPainter &painter)
{
    ensureLabels();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    QColor leader = text;
    leader.setAlphaF(0.45);
    const QRectF art = plateToLogical().mapRect(m_plate.viewBox());
    QColor pill = canvas();
    pill.setAlphaF(0.86);
    for (const LabelPlacement &label : std::as_const(m_labels)) {
        const bool strong = label.id == m_selected || label.id == m_hovered;
        const QPointF end = label.onLeft ? QPointF(label.box.right(), label.box.center().y())
                                         : QPointF(label.box.left(), label.box.center().y());
        painter.setPen(QPen(strong ? accent() : leader, strong ? 1.6 : 1.0));
        painter.drawLine(end, label.anchor);
        painter.setBrush(strong ? accent() : leader);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(label.anchor, 2.6, 2.6);
        QFont font = painter.font();
        font.setBold(strong);
        painter.setFont(font);
        if (label.box.intersects(art)) {
            // Where there is no room beside the art, a label keeps legible on a pill of the canvas colour.
            const qreal width = QFontMetricsF(font).horizontalAdvance(nameOf(label.id)) + 12;
            const QRectF back = label.onLeft
                                    ? QRectF(label.box.right() - width, label.box.top(), width, label.box.height())
                                    : QRectF(label.box.left(), label.box.top(), width, label.box.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(pill);
            painter.drawRoundedRect(back, 5, 5);
        }
        painter.setPen(strong ? accent() : text);
        painter.drawText(label.box.adjusted(6, 0, -6, 0),
                         Qt::AlignVCenter | (label.onLeft ? Qt::AlignRight : Qt::AlignLeft), nameOf(label.id));
    }
    painter.restore();
}

void DiagramView::paintOrientation(QPainter &painter)
{
    if (m_orientation.size() != 4)
        return;
    // A header line above the art and a footer below it: "Medial   Anterior   Lateral" / "Posterior".
    const QRectF art = plateToLogical().mapRect(m_plate.viewBox());
    painter.save();
    QFont font = painter.font();
    font.setItalic(true);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const qreal h = fontMetrics().height();
    const qreal top = std::max(2.0, art.top() - h - 2);
    const qreal bottom = std::min(height() - h - 2, art.bottom() + 2);
    // Zoomed in, the words keep to the view's edges; the footer, which also names the leg, may run wider than
    // the art.
    const qreal left = std::max(art.left(), 4.0);
    const qreal right = std::min(art.right(), width() - 4.0);
    const QRectF header(left, top, std::max(0.0, right - left), h);
    painter.drawText(header, Qt::AlignHCenter | Qt::AlignVCenter, m_orientation.at(0));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_orientation.at(3));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_orientation.at(1));
    painter.drawText(QRectF(4, bottom, width() - 8.0, h), Qt::AlignCenter, m_orientation.at(2));
    painter.restore();
}

} // namespace calfatlas::app
