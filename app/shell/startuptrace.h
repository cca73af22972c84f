// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace calfatlas::app {

// `calfatlas --trace-startup`: prints on stderr when the main window is first exposed (window-visible-ms=N),
// when the area shown first has painted (first-page-ms=N) and, when that area is Explore, when its diagram is
// first fully painted (first-diagram-ms=N). The steps in between are printed by startupMark() (startupclock.h)
// until the last of these.
class StartupTrace : public QObject {
    Q_OBJECT

public:
    // `waitForDiagram`: the area shown first is Explore, so start-up ends with its first complete diagram.
    StartupTrace(QWidget *window, bool waitForDiagram, bool quitWhenDone, QObject *parent = nullptr);

    // The first page built: its first paint is timed.
    void watchPage(QWidget *page);

public slots:
    void diagramPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishIfDone();

    QObject *m_window = nullptr;
    QObject *m_page = nullptr;
    bool m_windowSeen = false;
    bool m_pageSeen = false;
    bool m_diagramSeen = false;
    bool m_waitForDiagram = true;
    bool m_quitWhenDone = false;
};

} // namespace calfatlas::app
