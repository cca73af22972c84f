// SPDX-License-Identifier: MIT
#include "studytoday.h"

#include "studyservice.h"
#include "ui/card.h"
#include "ui/textwidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

StudyToday::StudyToday(StudyService *study, QWidget *parent) : QWidget(parent), m_study(study)
{
    setObjectName(QStringLiteral("studyToday"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *card = new Card(this);
    outer->addWidget(card);
    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(20, 12, 20, 12);
    row->setSpacing(12);
    auto *text = new QVBoxLayout;
    text->addWidget(headingLabel(tr("Study"), card, 1.15));
    m_count = wrappingLabel(QString(), card);
    m_count->setObjectName(QStringLiteral("studyDueCount"));
    text->addWidget(m_count);
    row->addLayout(text, 1);
    m_button = new QPushButton(tr("Study now"), card);
    m_button->setObjectName(QStringLiteral("studyNow"));
    connect(m_button, &QPushButton::clicked, this, &StudyToday::studyRequested);
    row->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(study, &StudyService::changed, this, &StudyToday::refresh);
}

void StudyToday::showEvent(QShowEvent *event)
{
    refresh(); // the day may have turned since it was last shown
    QWidget::showEvent(event);
}

void StudyToday::refresh()
{
    const learn::StudyDay plan = m_study->plan();
    if (plan.order.isEmpty()) {
        m_count->setText(tr("Nothing to study today: every card is learnt for now."));
    } else {
        const int count = int(plan.order.size());
        m_count->setText((count == 1 ? tr("1 card to study today") : tr("%1 cards to study today").arg(count)) +
                         QStringLiteral(": ") + tr("%1 to review, %2 new").arg(plan.due.size()).arg(plan.fresh.size()));
    }
    m_button->setEnabled(!plan.order.isEmpty());
}

} // namespace calfatlas::app
