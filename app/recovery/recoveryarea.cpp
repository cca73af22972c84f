// SPDX-License-Identifier: MIT
#include "recoveryarea.h"

#include "kneetowalltestpage.h"
#include "planpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace calfatlas::app {

namespace {

// A page in a scroll area, its lines at a readable width.
QWidget *scrolled(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *centring = new QWidget(scroll);
    auto *row = new QHBoxLayout(centring);
    row->setContentsMargins(14, 12, 16, 12);
    page->setParent(centring);
    page->setMaximumWidth(900);
    row->addWidget(page, 100);
    row->addStretch(1);
    scroll->setWidget(centring);
    return scroll;
}

} // namespace

RecoveryArea::RecoveryArea(const References *references, const PreviousProvider &previous, MetronomeDriver *driver,
                           QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryArea"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *title = new QLabel(tr("Recovery"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    layout->addWidget(title);
    auto *subtitle = new QLabel(tr("The way back to running, one session at a time, and the measurements that "
                                   "open each big step: how strong each leg is, whether one lags, and whether a "
                                   "change since last time is real or within measurement error."),
                                this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recoveryTabs"));
    m_heelRaise = new HeelRaisePage(references, previous, driver);
    m_kneeToWall = new KneeToWallTestPage(references, previous);
    m_tabs->addTab(scrolled(m_heelRaise, m_tabs), tr("Heel-&raise test"));
    m_tabs->addTab(scrolled(m_kneeToWall, m_tabs), tr("&Knee-to-wall"));
    layout->addWidget(m_tabs, 1);
    connect(m_heelRaise, &HeelRaisePage::saveRequested, this, &RecoveryArea::saveRequested);
    connect(m_kneeToWall, &KneeToWallTestPage::saveRequested, this, &RecoveryArea::saveRequested);
}

void RecoveryArea::setSaveOutcome(measure::Test test, bool saved, const QString &message)
{
    if (test == measure::Test::HeelRaise)
        m_heelRaise->setSaveOutcome(saved, message);
    else
        m_kneeToWall->setSaveOutcome(saved, message);
}

void RecoveryArea::addPlan(PlanPage *plan)
{
    m_plan = plan;
    plan->setParent(m_tabs);
    m_tabs->insertTab(0, plan, tr("&Plan"));
    m_tabs->setCurrentIndex(0);
    connect(plan, &PlanPage::measureRequested, this, &RecoveryArea::showTest);
}

void RecoveryArea::showPlan()
{
    if (m_plan)
        m_tabs->setCurrentWidget(m_plan);
}

void RecoveryArea::showTest(measure::Test test)
{
    QWidget *page = test == measure::Test::HeelRaise ? static_cast<QWidget *>(m_heelRaise) : m_kneeToWall;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(page))
            m_tabs->setCurrentIndex(i);
    }
}

} // namespace calfatlas::app
