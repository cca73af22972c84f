// SPDX-License-Identifier: MIT
#include "legmap.h"

#include "assessment/selftestcontent.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>
#include <QToolTip>

#include <array>

namespace calfatlas::app {

using namespace calfatlas::assessment;

namespace {

// The part of the posterior plate (600 × 1400, a right leg, medial side on the left) the map shows: from
// above the knee crease to below the heel.
const QRectF kCrop(120, 120, 360, 1250);
constexpr double kPlateWidth = 600;

// The places drawn, in the order the arrow keys visit them: from the knee down, inner before outer.
constexpr std::array kDrawnAreas{Area::BehindKnee, Area::UpperCalf, Area::InnerShin, Area::OuterLeg,
                                 Area::LowerCalf,  Area::Achilles,  Area::Heel};
// Which place a point belongs to when two shapes overlap: the narrow ones first.
constexpr std::array kHitOrder{Area::Achilles, Area::Heel,      Area::BehindKnee, Area::InnerShin,
                               Area::OuterLeg, Area::UpperCalf, Area::LowerCalf};

QSvgRenderer &plateArt()
{
    static QSvgRenderer renderer(QStringLiteral(":/calfatlas/art/posterior.svg"));
    return renderer;
}

// A closed curve through the points (Catmull-Rom, as cubic Béziers), so the places have soft outlines.
QPainterPath smoothClosed(const QList<QPointF> &points)
{
    QPainterPath path;
    const qsizetype n = points.size();
    if (n < 3)
        return path;
    path.moveTo(points[0]);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p0 = points[(i + n - 1) % n];
        const QPointF &p1 = points[i];
        const QPointF &p2 = points[(i + 1) % n];
        const QPointF &p3 = points[(i + 2) % n];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    path.closeSubpath();
    return path;
}

// A band along the skin's edge, `inward` plate units wide, narrowing at both ends.
QPainterPath band(const QList<QPointF> &edge, double inward)
{
    QList<QPointF> outline = edge;
    for (qsizetype i = edge.size() - 1; i >= 0; --i) {
        const bool end = i == 0 || i == edge.size() - 1;
        outline.append(edge[i] + QPointF(end ? inward * 0.5 : inward, 0));
    }
    return smoothClosed(outline);
}

} // namespace

LegMap::LegMap(const SelfTestContent &content, std::optional<Side> side, QWidget *parent)
    : QWidget(parent), m_content(content), m_mirrored(side == Side::Left)
{
    setObjectName(QStringLiteral("legMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(side == Side::Left    ? tr("Drawing of the back of the left leg")
                      : side == Side::Right ? tr("Drawing of the back of the right leg")
                                            : tr("Drawing of the back of the leg"));
    updateAccessibleDescription();
}

void LegMap::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setFocusPolicy(interactive ? Qt::StrongFocus : Qt::NoFocus);
    setMouseTracking(interactive);
    setCursor(Qt::ArrowCursor);
    update();
}

void LegMap::setChosen(std::optional<Area> area)
{
    if (m_chosen == area)
        return;
    m_chosen = area;
    updateAccessibleDescription();
    update();
}

QSize LegMap::sizeHint() const
{
    return {150, heightForWidth(150)};
}

QSize LegMap::minimumSizeHint() const
{
    return {90, heightForWidth(90)};
}

int LegMap::heightForWidth(int width) const
{
    return qRound(width * kCrop.height() / kCrop.width());
}

QTransform LegMap::toWidget() const
{
    const double scale = std::min(width() / kCrop.width(), height() / kCrop.height());
    const double left = (width() - kCrop.width() * scale) / 2;
    const double top = (height() - kCrop.height() * scale) / 2;
    QTransform transform;
    transform.translate(left, top);
    transform.scale(scale, scale);
    transform.translate(-kCrop.left(), -kCrop.top());
    if (m_mirrored) {
        transform.translate(kPlateWidth, 0);
        transform.scale(-1, 1);
    }
    return transform;
}

QPainterPath LegMap::shapeOf(Area area) const
{
    switch (area) {
    case Area::BehindKnee: {
        QPainterPath path;
        path.addEllipse(QPointF(300, 212), 78, 44);
        return path;
    }
    case Area::UpperCalf:
        return smoothClosed({{214, 290},
                             {300, 270},
                             {388, 290},
                             {412, 400},
                             {404, 520},
                             {380, 630},
                             {300, 664},
                             {218, 630},
                             {196, 520},
                             {192, 400}});
    case Area::LowerCalf:
        return smoothClosed({{226, 690},
                             {300, 682},
                             {372, 690},
                             {360, 800},
                             {342, 900},
                             {318, 954},
                             {282, 954},
                             {258, 900},
                             {240, 800}});
    case Area::Achilles: {
        QPainterPath path;
        path.addRoundedRect(QRectF(272, 972, 56, 204), 24, 24);
        return path;
    }
    case Area::Heel: {
        QPainterPath path;
        path.addEllipse(QPointF(300, 1284), 62, 62);
        return path;
    }
    case Area::InnerShin:
        return band({{166, 560}, {172, 660}, {186, 760}, {204, 860}, {222, 960}, {234, 1060}, {236, 1110}}, 34);
    case Area::OuterLeg:
        return band({{446, 430}, {448, 530}, {438, 630}, {422, 740}, {402, 850}, {386, 950}, {374, 1070}}, -34);
    case Area::WholeCalf: return shapeOf(Area::UpperCalf).united(shapeOf(Area::LowerCalf));
    }
    return {};
}

std::optional<Area> LegMap::areaAt(const QPointF &point) const
{
    bool invertible = false;
    const QPointF plate = toWidget().inverted(&invertible).map(point);
    if (!invertible)
        return std::nullopt;
    for (Area area : kHitOrder) {
        if (shapeOf(area).contains(plate))
            return area;
    }
    return std::nullopt;
}

QPointF LegMap::centreOf(Area area) const
{
    // The middle of the shape, nudged onto the shape itself for the curved bands.
    const QPainterPath shape = shapeOf(area);
    QPointF centre = shape.boundingRect().center();
    if (!shape.contains(centre))
        centre = shape.pointAtPercent(0.25) * 0.5 + shape.pointAtPercent(0.75) * 0.5;
    return toWidget().map(centre);
}

void LegMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform transform = toWidget();
    painter.setTransform(transform);

    // The art: the calf muscles and the heel bone faint, the skin over them.
    QSvgRenderer &art = plateArt();
    const auto draw = [&](const char *id, double opacity) {
        const QString element = QString::fromLatin1(id);
        if (!art.elementExists(element))
            return;
        painter.setOpacity(opacity);
        art.render(&painter, element, art.transformForElement(element).mapRect(art.boundsOnElement(element)));
    };
    for (const char *id : {"calcaneus", "soleus", "calcaneal-tendon"})
        draw(id, 0.32);
    for (const char *id : {"gastrocnemius-medial-head", "gastrocnemius-lateral-head"})
        draw(id, 0.38);
    draw("art-skin", 1.0);
    painter.setOpacity(1.0);

    // The places: outlined; the one under the pointer tinted; the chosen one filled.
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor line = palette().color(QPalette::WindowText);
    const double pixel = 1.0 / std::max(0.01, transform.m11() < 0 ? -transform.m11() : transform.m11());
    const QPainterPath bands = shapeOf(Area::InnerShin).united(shapeOf(Area::OuterLeg));
    const bool wholeCalf = m_chosen == Area::WholeCalf || m_hovered == Area::WholeCalf;
    for (Area area : kDrawnAreas) {
        QPainterPath shape = shapeOf(area);
        if (area == Area::UpperCalf || area == Area::LowerCalf)
            shape = shape.subtracted(bands);
        const bool chosen =
            m_chosen == area || (m_chosen == Area::WholeCalf && (area == Area::UpperCalf || area == Area::LowerCalf));
        const bool hovered = m_hovered == area || (wholeCalf && m_hovered == Area::WholeCalf &&
                                                   (area == Area::UpperCalf || area == Area::LowerCalf));
        if (!m_interactive && !chosen)
            continue; // beside a result, only the chosen place
        QColor fill = accent;
        fill.setAlphaF(chosen ? 0.55F : hovered ? 0.3F : 0.07F);
        QColor stroke = chosen || hovered ? accent.darker(115) : line;
        if (!chosen && !hovered)
            stroke.setAlphaF(0.35F);
        QPen pen(stroke, (chosen ? 2.4 : hovered ? 1.8 : 1.1) * pixel);
        if (!chosen && !hovered)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPath(shape);
    }
    // The keyboard's place: a focus ring around it.
    if (hasFocus() && m_hovered) {
        QPen ring(accent, 2.2 * pixel, Qt::SolidLine);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        const QRectF box = shapeOf(*m_hovered).boundingRect().adjusted(-8, -8, 8, 8);
        painter.drawRoundedRect(box, 14, 14);
    }
}

void LegMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_interactive)
        return;
    const std::optional<Area> area = areaAt(event->position());
    setHovered(area);
    setCursor(area ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void LegMap::mousePressEvent(QMouseEvent *event)
{
    if (!m_interactive || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const std::optional<Area> area = areaAt(event->position())) {
        setChosen(area);
        emit areaChosen(*area);
    }
}

void LegMap::leaveEvent(QEvent *event)
{
    if (!hasFocus())
        setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

void LegMap::keyPressEvent(QKeyEvent *event)
{
    if (!m_interactive)
        return QWidget::keyPressEvent(event);
    const auto at = m_hovered ? std::find(kDrawnAreas.begin(), kDrawnAreas.end(), *m_hovered) : kDrawnAreas.end();
    const qsizetype index = at == kDrawnAreas.end() ? -1 : at - kDrawnAreas.begin();
    const qsizetype count = qsizetype(kDrawnAreas.size());
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right: setHovered(kDrawnAreas[size_t((index + 1) % count)]); return;
    case Qt::Key_Up:
    case Qt::Key_Left: setHovered(kDrawnAreas[size_t((index <= 0 ? count : index) - 1)]); return;
    case Qt::Key_Space:
        if (m_hovered) {
            setChosen(m_hovered);
            emit areaChosen(*m_hovered);
        }
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void LegMap::focusInEvent(QFocusEvent *event)
{
    // The keyboard starts on the chosen place, or at the top.
    if (m_interactive && !m_hovered) {
        const bool drawn =
            m_chosen && std::find(kDrawnAreas.begin(), kDrawnAreas.end(), *m_chosen) != kDrawnAreas.end();
        setHovered(drawn ? m_chosen : std::optional(kDrawnAreas.front()));
    }
    update();
    QWidget::focusInEvent(event);
}

void LegMap::focusOutEvent(QFocusEvent *event)
{
    if (!underMouse())
        setHovered(std::nullopt);
    update();
    QWidget::focusOutEvent(event);
}

bool LegMap::event(QEvent *event)
{
    // The name of the place under the pointer, as a tooltip too.
    if (event->type() == QEvent::ToolTip && m_interactive) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Area> area = areaAt(help->pos()))
            QToolTip::showText(help->globalPos(), m_content.area(*area).label, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void LegMap::setHovered(std::optional<Area> area)
{
    if (m_hovered == area)
        return;
    m_hovered = area;
    update();
    emit hoveredChanged(area);
}

void LegMap::updateAccessibleDescription()
{
    setAccessibleDescription(m_chosen ? tr("Chosen: %1").arg(m_content.area(*m_chosen).label)
                                      : tr("Nothing chosen yet. The list beside it offers the same places."));
}

} // namespace calfatlas::app
