// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

namespace calfatlas::app {

// A ruler from 0 to 20 cm with the 10 cm convention marked, and a marker for each measured leg. The band
// of each zone is written on it, so colour is never the only cue.
class KneeToWallScale : public QWidget {
    Q_OBJECT

public:
    struct Mark {
        QString label; // "L", "R"
        double cm = 0;
    };

    explicit KneeToWallScale(QWidget *parent = nullptr);
    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Mark> m_marks;
};

} // namespace calfatlas::app
