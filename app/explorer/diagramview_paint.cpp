// SPDX-License-Identifier: MIT
// DiagramView: painting. Only blits of rasterised pieces and overlays drawn by our own QPainter code.
#include "diagramview.h"
#include "knowledgetint.h"
#include "platelabels.h"

#include "ui/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace calfatlas::app {

namespace {
constexpr int kVisibilityGrid = 7; // device pixels between visibility samples
constexpr qreal kLabelGap = 22;    // between the art and a label column
constexpr qreal kLabelSpacing = 2; // between two labels of a column
constexpr qreal kPlainMargin = 16; // around the art without labels
const QString kOriginTag = QStringLiteral("#origin");
const QString kInsertionTag = QStringLiteral("#insertion");
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
    // A new selection changes only the origin and insertion tags, not what shows.
    if (m_labelsValid && m_labelledSelection == m_selected)
        return;
    if (!m_labelsValid)
        sampleVisibility();
    m_labelsValid = true;
    m_labelledSelection = m_selected;
    m_labels.clear();
    m_labelScale = 1.0;
    if (m_rendered.isEmpty())
        return;
    const QList<anatomy::LabelItem> items = labelItems();
    if (items.isEmpty())
        return;
    const QRectF art = plateToLogical().mapRect(inkBounds(m_plate));
    const anatomy::LabelLayout layout = anatomy::layoutLabels(items, art, labelArea(), kLabelGap, kLabelSpacing);
    m_labels = layout.labels;
    m_labelScale = layout.scale;
}

// Where a structure shows in this view, sampled on its device pixels: what keyboard navigation visits and
// what the accessibility tree reports.
void DiagramView::sampleVisibility()
{
    m_visibility.clear();
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
    }
}

// What gets a label: every structure that shows at this peel stage (decided on the plate, the same at every
// size), unless it is scrolled out of the view, and the origin and insertion of the selected muscle.
QList<anatomy::LabelItem> DiagramView::labelItems()
{
    QList<anatomy::LabelItem> items;
    if (!m_labelsVisible || m_namesHidden)
        return items;
    // Room for the bold face a hovered or selected label takes.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const qreal height = std::ceil(metrics.height()) + 6;
    // Zoomed in, a structure under the lines of orientation words counts as scrolled out of the view.
    const QRectF view = m_fitted ? QRectF(rect()) : labelArea();
    const QTransform toLogical = plateToLogical();
    for (const ShownStructure &shown : labelledStructures(m_plate, firstVisibleLayer(), m_rendered.shownOnDemand)) {
        const QPointF anchor = toLogical.map(shown.anchor);
        if (view.contains(anchor))
            items.append({shown.id, anchor, QSizeF(metrics.horizontalAdvance(nameOf(shown.id)) + 14, height)});
    }
    const auto marker = [&](const std::optional<QPointF> &at, const QString &id, const QString &word) {
        if (at && view.contains(toLogical.map(*at)))
            items.append({id, toLogical.map(*at), QSizeF(metrics.horizontalAdvance(word) + 18, height)});
    };
    if (!m_selected.isEmpty()) {
        marker(m_plate.origin(m_selected), kOriginTag, tr("Origin"));
        marker(m_plate.insertion(m_selected), kInsertionTag, tr("Insertion"));
    }
    return items;
}

// Label columns leave a line free at the top and the bottom for the orientation words, which move out past
// the labels (see paintOrientation).
QRectF DiagramView::labelArea() const
{
    QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    if (m_orientation.size() == 4) {
        const qreal line = fontMetrics().height() + 4;
        area.adjust(0, line, 0, -line);
    }
    return area;
}

QList<anatomy::PlacedLabel> DiagramView::labelPlacements()
{
    ensureLabels();
    return m_labels;
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
    if (hasFocus() && m_keyboardFocus && !m_focused.isEmpty())
        paintFocusOutline(painter);
}

// The keyboard focus follows the focused structure's outline as a dashed line, unlike hover and selection, so
// it never relies on colour.
void DiagramView::paintFocusOutline(QPainter &painter)
{
    if (m_focusOutline.isEmpty()) {
        const QTransform deviceToLogical = m_rendered.request.plateToDevice.inverted() * plateToLogical();
        m_focusOutline = deviceToLogical.map(inkOutline(visibleOf(m_focused)));
    }
    if (m_focusOutline.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(canvas(), 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(m_focusOutline);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2.0, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin));
    painter.drawPath(m_focusOutline);
    painter.restore();
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
    ensureLabels();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const auto mark = [&](const std::optional<QPointF> &at, const QString &tag, const QString &letter,
                          const QString &word) {
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
        if (std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const auto &label) { return label.id == tag; }))
            return;
        const QRectF box(centre.x() + radius + 4, centre.y() - 10, painter.fontMetrics().horizontalAdvance(word) + 10,
                         20);
        QColor back = canvas();
        back.setAlphaF(0.88);
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, word);
    };
    mark(m_plate.origin(m_selected), kOriginTag, tr("O", "origin marker"), tr("Origin"));
    mark(m_plate.insertion(m_selected), kInsertionTag, tr("I", "insertion marker"), tr("Insertion"));
    painter.restore();
}

// A plate's labels: names in columns beside the art, each joined by a fine leader to a dot on its structure.
void DiagramView::paintLabels(QPainter &painter)
{
    ensureLabels();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::WindowText);
    QColor leader = text;
    leader.setAlphaF(0.55);
    QColor underlay = canvas();
    underlay.setAlphaF(0.6);
    const QRectF art = plateToLogical().mapRect(inkBounds(m_plate));
    QFont base = painter.font();
    base.setPointSizeF(base.pointSizeF() * m_labelScale);
    for (const anatomy::PlacedLabel &label : std::as_const(m_labels)) {
        const bool tag = label.id.startsWith(QLatin1Char('#'));
        const bool selected = label.id == m_selected || tag;
        const bool hovered = label.id == m_hovered && !selected;
        const QColor line = selected ? accent() : (hovered ? text : leader);
        // A pale underlay keeps the leader legible where it crosses the art.
        painter.setPen(QPen(underlay, 3.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(label.leaderEnd, label.anchor);
        painter.setPen(QPen(line, selected || hovered ? 1.5 : 1.0));
        painter.drawLine(label.leaderEnd, label.anchor);
        if (!tag) {
            painter.setPen(QPen(canvas(), 1.2));
            painter.setBrush(line);
            painter.drawEllipse(label.anchor, 2.8, 2.8);
        }
        QFont font = base;
        font.setBold(selected || hovered);
        painter.setFont(font);
        const QString words = tag ? (label.id == kOriginTag ? tr("Origin") : tr("Insertion")) : nameOf(label.id);
        const qreal width = QFontMetricsF(font).horizontalAdvance(words) + (tag ? 16 : 12);
        const QRectF back = label.onLeft ? QRectF(label.box.right() - width, label.box.top(), width, label.box.height())
                                         : QRectF(label.box.left(), label.box.top(), width, label.box.height());
        if (tag) {
            painter.setPen(QPen(accent(), 1.2));
            painter.setBrush(canvas());
            painter.drawRoundedRect(back.adjusted(0.5, 1.5, -0.5, -1.5), 6, 6);
        } else if (label.box.intersects(art)) {
            // Only a view zoomed past the columns' room puts a label over the art: it keeps legible on a pill.
            QColor pill = canvas();
            pill.setAlphaF(0.86);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pill);
            painter.drawRoundedRect(back, 5, 5);
        }
        painter.setPen(selected ? accent() : text);
        painter.drawText(back.adjusted(tag ? 8 : 6, 0, tag ? -8 : -6, 0),
                         Qt::AlignVCenter | (label.onLeft ? Qt::AlignRight : Qt::AlignLeft), words);
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
    // Above and below the labels too, so that a wide plate's label columns do not run into the words.
    qreal top = art.top() - h - 2;
    qreal bottom = art.bottom() + 2;
    if (m_labelsVisible && !m_namesHidden) {
        for (const anatomy::PlacedLabel &label : std::as_const(m_labels)) {
            top = std::min(top, label.box.top() - h - 2);
            bottom = std::max(bottom, label.box.bottom() + 2);
        }
    }
    top = std::max(2.0, top);
    bottom = std::min(height() - h - 2, bottom);
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

namespace calfatlas::app {

// Room beside the art for the widest label of the plate, so the columns never need to overlap it; at most a
// quarter of the view on each side, so a wide plate (the slice) keeps half the view (a crowded or narrow view sets
// its labels smaller).
qreal DiagramView::labelMargin(qreal viewWidth) const
{
    if (!m_labelsVisible)
        return kPlainMargin;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    qreal widest = 0;
    for (const QString &id : m_plate.structureIds())
        widest = std::max(widest, metrics.horizontalAdvance(nameOf(id)) + 14);
    return std::max(kPlainMargin, std::min(widest + kLabelGap + 8, viewWidth * 0.24));
}

} // namespace calfatlas::app
