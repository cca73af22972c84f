// SPDX-License-Identifier: MIT
#include "tourpage.h"

#include "anatomy/knowledgebase.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "learn/learncontent.h"
#include "ui/featuresettings.h"
#include "ui/sourcelinks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calfatlas::app {

QString TourPage::settingsKey()
{
    return QStringLiteral("learn/tourStep");
}

TourPage::TourPage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
                   QWidget *parent)
    : QWidget(parent), m_content(content), m_references(references)
{
    m_explorer = new ExplorerPage(base, references, ExplorerPage::builtInViews(), this);
    m_explorer->setInfoPanelVisible(false); // the tour's own words take its place
    m_explorer->setCompactToolbar();        // the tour chooses the structures

    QWidget *panel = buildPanel();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_explorer);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({660, 380});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Resume where the tour was left; a step that no longer exists starts it again.
    const QString saved = FeatureSettings().value(settingsKey()).toString();
    int start = 0;
    for (qsizetype i = 0; i < m_content->tour().size(); ++i) {
        if (m_content->tour().at(i).id == saved)
            start = int(i);
    }
    showStep(start);
}

// The step's words beside the diagram: where the tour is, the title, the text and the buttons.
QWidget *TourPage::buildPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("tourPanel"));
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(16, 14, 16, 12);
    column->setSpacing(8);
    m_counter = new QLabel(panel);
    m_counter->setObjectName(QStringLiteral("tourCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("tourProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Tour progress"));
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("tourTitle"));
    m_title->setWordWrap(true);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.45);
    heading.setWeight(QFont::DemiBold);
    m_title->setFont(heading);
    m_text = new QTextBrowser(panel);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("What this step shows"));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->viewport()->setAutoFillBackground(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const QString key = referenceKeyOf(url.toString()); !key.isEmpty())
            emit referenceRequested(key);
    });
    QHBoxLayout *buttons = buildButtons(panel);
    column->addWidget(m_counter);
    column->addWidget(m_progress);
    column->addSpacing(4);
    column->addWidget(m_title);
    column->addWidget(m_text, 1);
    column->addLayout(buttons);
    return panel;
}

// Previous, the atlas and Next.
QHBoxLayout *TourPage::buildButtons(QWidget *panel)
{
    m_openAtlas = new QPushButton(tr("Open in the atlas"), panel);
    m_openAtlas->setToolTip(tr("Show this structure in the Explore area, with all its facts"));
    connect(m_openAtlas, &QPushButton::clicked, this,
            [this] { emit showStructureRequested(m_content->tour().at(m_step).select); });

    m_back = new QPushButton(tr("Previous"), panel);
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("The previous step (Alt+Left)"));
    m_next = new QPushButton(tr("Next"), panel);
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(tr("The next step (Alt+Right)"));
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(m_step + 1 < stepCount() ? m_step + 1 : 0); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_openAtlas);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    return buttons;
}

int TourPage::stepCount() const
{
    return int(m_content->tour().size());
}

void TourPage::showStep(int index)
{
    if (index < 0 || index >= stepCount() || index == m_step)
        return;
    m_step = index;
    FeatureSettings().setValue(settingsKey(), m_content->tour().at(index).id);
    applyStep();
}

void TourPage::applyStep()
{
    const learn::TourStep &step = m_content->tour().at(m_step);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_progress->setRange(0, stepCount());
    m_progress->setValue(m_step + 1);
    m_progress->setAccessibleDescription(m_counter->text());
    m_title->setText(step.title);
    QString html;
    for (const anatomy::Fact &paragraph : step.paragraphs)
        html += QStringLiteral("<p style=\"line-height:130%\">%1</p>").arg(factHtml(*m_references, paragraph));
    m_text->setHtml(html);
    m_back->setEnabled(m_step > 0);
    const bool last = m_step + 1 == stepCount();
    m_next->setText(last ? tr("Start again") : tr("Next"));
    m_next->setToolTip(last ? tr("Back to the first step") : tr("The next step (Alt+Right)"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));

    // The diagram follows: the step's view, its structure highlighted, peeled down to the step's layer.
    m_explorer->showView(step.view);
    m_explorer->setLabelsVisible(step.labels);
    DiagramView *diagram = m_explorer->diagram();
    diagram->selectStructure(step.select);
    const qsizetype peel = diagram->plate().layers().indexOf(step.peel);
    if (peel >= 0)
        diagram->setPeeled(int(peel));
}

} // namespace calfatlas::app
