// SPDX-License-Identifier: MIT
#pragma once

#include "common/references.h"
#include "measure/measurement.h"

#include <QWidget>

namespace calfatlas::app {

// A judged measurement of both legs: each leg's value against its norm and the benchmark, the change since
// the last saved one (beyond or within measurement error, in those words), and the asymmetry; each figure
// with its source.
class MeasureResultView : public QWidget {
    Q_OBJECT

public:
    MeasureResultView(const measure::Judgement &judgement, const References &references, QWidget *parent = nullptr);

    // The sentences shown, in order (for tests and the clipboard).
    QStringList lines() const { return m_lines; }

private:
    void addLine(const QString &text, const QStringList &sources, bool strong = false);

    const References &m_references;
    QStringList m_lines;
};

} // namespace calfatlas::app
