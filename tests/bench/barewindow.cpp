// SPDX-License-Identifier: MIT
// The yardstick for CalfAtlas's start-up: a bare Qt Widgets main window, timed the same way
// (milliseconds from process start to the window's first expose), then it quits.
#include "ui/startupclock.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

class ExposeWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            m_seen = true; // a second expose may come before the quit
            std::fprintf(stderr, "window-visible-ms=%.0f\n", calfatlas::app::millisecondsSinceProcessStart());
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1280, 800);
    window.winId();
    ExposeWatcher watcher;
    window.windowHandle()->installEventFilter(&watcher);
    window.show();
    return app.exec();
}
