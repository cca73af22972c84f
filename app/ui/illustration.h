// SPDX-License-Identifier: MIT
#pragma once

#include <QSvgRenderer>
#include <QWidget>

namespace calfatlas::app {

// One of the self-test's drawings, kept in proportion and centred whatever room it gets.
class Illustration : public QWidget {
    Q_OBJECT

public:
    // `name` is the drawing's name in resources/illustrations ("bench-test", "seated-calf-raise", …).
    Illustration(const QString &name, const QSize &preferred, QWidget *parent = nullptr);
    bool isValid() const { return m_renderer.isValid(); }
    QSize sizeHint() const override { return m_preferred; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    static QString resourcePath(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer m_renderer;
    QSize m_preferred;
};

} // namespace calfatlas::app
