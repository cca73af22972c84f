// SPDX-License-Identifier: MIT
// DiagramView: mouse, wheel, pinch, keyboard and tooltips.
#include "diagramview.h"

#include <QAccessible>
#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>

#include <cmath>

namespace calfatlas::app {

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) {
        fitToView();
        // The very first size is rendered at once, while the rest of the window paints: nothing is on screen yet
        // to stand in for it.
        if (m_rendered.isEmpty() && !m_watcher.isRunning()) {
            m_renderTimer.stop();
            startRender();
        } else {
            scheduleRender(m_rendered.isEmpty() ? 0 : 60);
        }
    } else {
        clampOffset();
        scheduleRender(60);
    }
    invalidateOverlays();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPoint = event->position();
        m_lastDragPoint = event->position();
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->position() - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            setHovered({});
        }
        if (m_dragging) {
            m_offset += event->position() - m_lastDragPoint;
            m_lastDragPoint = event->position();
            m_fitted = false;
            clampOffset();
            m_labelsValid = false;
            scheduleRender(150);
            update();
        }
        return;
    }
    setHovered(pointedAt(event->position()));
}

QRectF DiagramView::labelRect(const QString &id)
{
    if (!m_labelsVisible || m_namesHidden)
        return {};
    ensureLabels();
    for (const anatomy::PlacedLabel &label : std::as_const(m_labels)) {
        if (label.id == id)
            return label.box;
    }
    return {};
}

// What the pointer points at: a structure's ink or, beside the art, its label.
QString DiagramView::pointedAt(const QPointF &widgetPoint)
{
    QString hit = structureAt(widgetPoint);
    if (!hit.isEmpty() || !m_labelsVisible || m_namesHidden)
        return hit;
    ensureLabels();
    for (const anatomy::PlacedLabel &label : std::as_const(m_labels)) {
        if (label.box.contains(widgetPoint) && !label.id.startsWith(QLatin1Char('#')))
            return label.id;
    }
    return {};
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::ArrowCursor);
        setHovered(pointedAt(event->position()));
        return;
    }
    m_keyboardFocus = false;
    const QString hit = pointedAt(event->position());
    if (hit.isEmpty()) {
        clearSelection();
    } else {
        setFocused(hit);
        select(hit);
    }
}

void DiagramView::leaveEvent(QEvent *event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.18, steps), event->position());
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    m_keyboardFocus = true;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down: moveFocus(+1); return;
    case Qt::Key_Left:
    case Qt::Key_Up: moveFocus(-1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_focused.isEmpty())
            select(m_focused);
        return;
    case Qt::Key_Escape:
        if (!m_selected.isEmpty())
            clearSelection();
        else if (!m_focused.isEmpty())
            setFocused({});
        else
            event->ignore();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fitToView(); return;
    case Qt::Key_BracketRight: setPeeled(m_peeled + 1); return;
    case Qt::Key_BracketLeft: setPeeled(m_peeled - 1); return;
    default: QWidget::keyPressEvent(event);
    }
}

// Tab walks through the structures; past the last one it leaves the diagram as usual.
bool DiagramView::focusNextPrevChild(bool next)
{
    m_keyboardFocus = true;
    if (hasFocus()) {
        const QStringList order = navigableStructures();
        const qsizetype index = order.indexOf(m_focused);
        const qsizetype target = index < 0 ? (next ? 0 : order.size() - 1) : index + (next ? 1 : -1);
        if (!order.isEmpty() && target >= 0 && target < order.size()) {
            setFocused(order.at(target));
            return true;
        }
        setFocused({});
    }
    return QWidget::focusNextPrevChild(next);
}

bool DiagramView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = m_namesHidden ? QString() : structureAt(help->pos());
        if (id.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            const StructureText text = m_texts.value(id, {id, {}});
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("<b>%1</b>%2")
                    .arg(text.name.toHtmlEscaped(),
                         text.summary.isEmpty() ? QString() : QStringLiteral("<br>") + text.summary.toHtmlEscaped()),
                this, structureRect(id).toAlignedRect());
        }
        return true;
    }
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor() / std::max(0.01, pinch->lastScaleFactor()),
                       mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
        break;
    }
    case QEvent::FocusIn: {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)
            m_keyboardFocus = true;
        if (m_focused.isEmpty() && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)) {
            const QStringList order = navigableStructures();
            if (!order.isEmpty())
                setFocused(reason == Qt::TabFocusReason ? order.first() : order.last());
        }
        update();
        break;
    }
    case QEvent::FocusOut: update(); break;
    default: break;
    }
    return QWidget::event(event);
}

void DiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_hoverRing = {};
        m_hoverTint = {};
        m_selectionRing = {};
        m_selectionGlow = {};
        m_mistakeRing = {};
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace calfatlas::app
