// SPDX-License-Identifier: MIT
#include "advicecard.h"

#include "selftestwizard.h"
#include "ui/illustration.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

AdviceCard::AdviceCard(const assessment::Advice &advice, SelfTestWizard *wizard, QWidget *parent) : Card(parent)
{
    setObjectName(QStringLiteral("advice-") + advice.id);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(16, 14, 16, 14);
    row->setSpacing(14);
    if (!advice.illustration.isEmpty()) {
        auto *picture = new Illustration(advice.illustration, QSize(96, 96), this);
        picture->setFixedSize(96, 96);
        picture->setAccessibleName(tr("Drawing: %1").arg(advice.title));
        row->addWidget(picture, 0, Qt::AlignTop);
    }
    auto *column = new QVBoxLayout;
    column->setSpacing(6);
    auto *title = new QLabel(advice.title, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.08);
    title->setFont(bold);
    column->addWidget(title);
    auto *text = new QLabel(advice.text, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(text);
    if (!advice.dosage.isEmpty()) {
        auto *dosage = new QLabel(tr("<b>How much:</b> %1").arg(advice.dosage.toHtmlEscaped()), this);
        dosage->setWordWrap(true);
        column->addWidget(dosage);
    }
    auto *footer = new QHBoxLayout;
    auto *sources = new QLabel(wizard->sourcesHtml(advice.sources), this);
    sources->setWordWrap(true);
    sources->setForegroundRole(QPalette::PlaceholderText);
    footer->addWidget(sources, 1);
    if (!advice.structure.isEmpty()) {
        auto *show = new QPushButton(tr("Show me"), this);
        show->setObjectName(QStringLiteral("showMe"));
        show->setToolTip(tr("Open the muscle in the atlas"));
        show->setAccessibleName(tr("Show me the muscle for %1").arg(advice.title));
        connect(show, &QPushButton::clicked, wizard,
                [wizard, id = advice.structure] { emit wizard->showStructureRequested(id); });
        footer->addWidget(show, 0, Qt::AlignBottom);
    }
    column->addLayout(footer);
    row->addLayout(column, 1);
}

} // namespace calfatlas::app
