// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

namespace calfatlas::app {

// A horizontal bar per muscle: the share of slow-twitch (type I) fibres, with its measured range, and the rest
// fast-twitch. Painted with QPainter in the palette's colours.
class FibreChart : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label;
        int slowMin = 0; // % type I, lower end of the measured range
        int slowMax = 0;
    };

    explicit FibreChart(QWidget *parent = nullptr);
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int labelWidth() const;
    QList<Bar> m_bars;
};

} // namespace calfatlas::app
