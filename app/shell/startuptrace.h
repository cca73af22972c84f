// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace calfatlas::app {

// Milliseconds since the kernel started this process (not since main()), from /proc; -1 if unknown.
double millisecondsSinceProcessStart();

// `calfatlas --trace-startup`: prints on stderr when the main window is first exposed
// (window-visible-ms=N) and when the first diagram is fully painted (first-diagram-ms=N).
class StartupTrace : public QObject {
    Q_OBJECT

public:
    StartupTrace(QWidget *window, bool quitWhenDone, QObject *parent = nullptr);

public slots:
    void diagramPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishIfDone();

    bool m_windowSeen = false;
    bool m_diagramSeen = false;
    bool m_quitWhenDone = false;
};

} // namespace calfatlas::app
