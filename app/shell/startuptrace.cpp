// SPDX-License-Identifier: MIT
#include "startuptrace.h"

#include "ui/startupclock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace calfatlas::app {

StartupTrace::StartupTrace(QWidget *window, bool waitForDiagram, bool quitWhenDone, QObject *parent)
    : QObject(parent), m_waitForDiagram(waitForDiagram), m_quitWhenDone(quitWhenDone)
{
    window->winId(); // create the native window now, so its expose event can be watched
    m_window = window->windowHandle();
    m_window->installEventFilter(this);
}

void StartupTrace::watchPage(QWidget *page)
{
    if (m_page || m_pageSeen)
        return;
    // A page covered by its children gets no paint event of its own: the window's next repaint is the page's.
    m_page = page->window();
    m_page->installEventFilter(this);
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_windowSeen && watched == m_window && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_windowSeen = true;
            std::fprintf(stderr, "window-visible-ms=%.0f\n", millisecondsSinceProcessStart());
            finishIfDone();
        }
    } else if (!m_pageSeen && watched == m_page && event->type() == QEvent::UpdateRequest) {
        m_pageSeen = true;
        m_page->removeEventFilter(this);
        // The window paints in this event; the next turn of the event loop is after it.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr, "first-page-ms=%.0f\n", millisecondsSinceProcessStart());
            finishIfDone();
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::diagramPainted()
{
    if (m_diagramSeen)
        return;
    m_diagramSeen = true;
    std::fprintf(stderr, "first-diagram-ms=%.0f\n", millisecondsSinceProcessStart());
    finishIfDone();
}

void StartupTrace::finishIfDone()
{
    std::fflush(stderr);
    const bool done = m_windowSeen && m_pageSeen && (m_diagramSeen || !m_waitForDiagram);
    if (!done)
        return;
    setStartupMarksEnabled(false);
    if (m_quitWhenDone)
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace calfatlas::app
