// SPDX-License-Identifier: MIT
// The yardstick for CalfAtlas's start-up: a bare Qt Widgets main window, timed the same way
// (milliseconds from process start to the window's first expose), then it quits.
#include "shell/startuptrace.h"

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
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            std::fprintf(stderr, "window-visible-ms=%.0f\n", calfatlas::app::millisecondsSinceProcessStart());
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
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
