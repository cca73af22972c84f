// SPDX-License-Identifier: MIT
#include "sessiontimer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace calfatlas::app {

namespace {

QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SessionTimer::SessionTimer(QList<Stretch> stretches, QWidget *parent)
    : QWidget(parent), m_stretches(std::move(stretches))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(tr("Start the timer"), this);
    m_button->setObjectName(QStringLiteral("timerButton"));
    m_button->setToolTip(tr("Counts each stretch down; stop it at any time"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("timerStatus"));
    m_label->setAccessibleName(tr("Timer"));
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setRange(0, 1000);
    m_bar->hide();
    row->addWidget(m_button);
    row->addWidget(m_label, 1);
    row->addWidget(m_bar, 1);
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &SessionTimer::update);
    connect(m_button, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    int total = 0;
    for (const Stretch &stretch : m_stretches)
        total += stretch.seconds;
    m_label->setText(tr("%1 in all").arg(clock(total)));
}

QList<SessionTimer::Stretch> SessionTimer::holds(int count, int holdSeconds)
{
    QList<Stretch> list;
    for (int i = 1; i <= count; ++i) {
        list.append({tr("Hold %1 of %2").arg(i).arg(count), holdSeconds});
        if (i < count)
            list.append({tr("Rest"), holdSeconds});
    }
    return list;
}

QList<SessionTimer::Stretch> SessionTimer::intervals(const plan::Intervals &intervals)
{
    QList<Stretch> list;
    for (int i = 1; i <= intervals.rounds; ++i) {
        list.append({tr("Run, round %1 of %2").arg(i).arg(intervals.rounds), intervals.runSeconds});
        if (intervals.walkSeconds > 0)
            list.append({tr("Walk, round %1 of %2").arg(i).arg(intervals.rounds), intervals.walkSeconds});
    }
    return list;
}

QString SessionTimer::status() const
{
    return m_label->text();
}

void SessionTimer::start()
{
    m_clock.start();
    m_tick.start();
    m_button->setText(tr("Stop the timer"));
    m_bar->show();
    update();
}

void SessionTimer::stop()
{
    m_tick.stop();
    m_button->setText(tr("Start the timer"));
    m_bar->hide();
    m_label->setText(tr("Stopped"));
}

void SessionTimer::update()
{
    qint64 elapsed = m_clock.elapsed() / 1000;
    for (const Stretch &stretch : m_stretches) {
        if (elapsed < stretch.seconds) {
            m_label->setText(tr("%1: %2 left").arg(stretch.name, clock(int(stretch.seconds - elapsed))));
            m_bar->setValue(int(1000 * elapsed / std::max(1, stretch.seconds)));
            return;
        }
        elapsed -= stretch.seconds;
    }
    stop();
    m_label->setText(tr("Done"));
    QApplication::beep();
}

} // namespace calfatlas::app
