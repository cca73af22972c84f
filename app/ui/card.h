// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

namespace calfatlas::app {

// A rounded panel in the palette's base colour with a hairline border; follows theme changes by itself.
class Card : public QFrame {
    Q_OBJECT

public:
    explicit Card(QWidget *parent = nullptr);

    // An accent stripe along the left edge (for example a verdict's colour); invalid for none.
    void setAccent(const QColor &accent);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
};

} // namespace calfatlas::app
