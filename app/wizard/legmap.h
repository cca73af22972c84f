// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"

#include <QPainterPath>
#include <QWidget>

#include <optional>

namespace calfatlas::assessment {
class SelfTestContent;
}

namespace calfatlas::app {

// The back of one lower leg, drawn from the Explore plate's art (the skin with the calf muscles faint
// beneath it), with the places a calf can hurt drawn on it. Hovering names a place; a click, or Space on
// the place the arrow keys have reached, chooses it. "Whole calf" is shown as the upper and lower calf
// together. Read-only, it shows a chosen place beside a result.
class LegMap : public QWidget {
    Q_OBJECT

public:
    LegMap(const assessment::SelfTestContent &content, std::optional<assessment::Side> side, QWidget *parent = nullptr);

    void setInteractive(bool interactive);
    void setChosen(std::optional<assessment::Area> area);
    std::optional<assessment::Area> chosen() const { return m_chosen; }
    std::optional<assessment::Area> hovered() const { return m_hovered; }

    // The place under a point of the widget, if any.
    std::optional<assessment::Area> areaAt(const QPointF &point) const;
    // A point well inside a place, in widget coordinates (for the keyboard's focus ring and for tests).
    QPointF centreOf(assessment::Area area) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // The person chose a place on the drawing.
    void areaChosen(assessment::Area area);
    // The place under the pointer or the keyboard changed (nothing when it left the places).
    void hoveredChanged(std::optional<assessment::Area> area);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    // From the plate's coordinates (a right leg) to this widget's, mirrored for a left leg.
    QTransform toWidget() const;
    QPainterPath shapeOf(assessment::Area area) const; // in plate coordinates
    void setHovered(std::optional<assessment::Area> area);
    void updateAccessibleDescription();

    const assessment::SelfTestContent &m_content;
    bool m_mirrored = false;
    bool m_interactive = true;
    std::optional<assessment::Area> m_chosen;
    std::optional<assessment::Area> m_hovered;
};

} // namespace calfatlas::app
