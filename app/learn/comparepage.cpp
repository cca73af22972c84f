// SPDX-License-Identifier: MIT
#include "comparepage.h"

#include "anatomy/knowledgebase.h"
#include "fibrechart.h"
#include "learn/comparison.h"
#include "learn/learncontent.h"
#include "ui/readablecolumn.h"
#include "ui/sourcelinks.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace calfatlas::app {

ComparePage::ComparePage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base,
                         const References *references, QWidget *parent)
    : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("comparePage"));
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(20, 16, 20, 16);
    column->setSpacing(12);

    auto *title = new QLabel(tr("Soleus and gastrocnemius, side by side"), page);
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.45);
    heading.setWeight(QFont::DemiBold);
    title->setFont(heading);
    column->addWidget(title);
    column->addLayout(buildTable(page, *content, *base, *references));
    buildFibreChart(page, column, content->compareColumns(), *base, *references);
    column->addStretch(1);

    // Lines stay a readable length on a wide window.
    scroll->setWidget(readableColumn(page, 1100, ColumnPlace::Left, scroll));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

// The table: a header per column, then per row its title and a sourced cell per column.
QGridLayout *ComparePage::buildTable(QWidget *page, const learn::LearnContent &content,
                                     const anatomy::KnowledgeBase &base, const References &references)
{
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(20);
    m_grid->setVerticalSpacing(10);
    const QList<learn::CompareColumn> &columns = content.compareColumns();
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        auto *header = new QLabel(columns.at(c).title, page);
        QFont big = bold;
        big.setPointSizeF(big.pointSizeF() * 1.15);
        header->setFont(big);
        m_grid->addWidget(header, 0, int(c) + 1);
        m_grid->setColumnStretch(int(c) + 1, 1);
    }
    int row = 1;
    for (const learn::CompareRow &compareRow : content.compareRows()) {
        auto *rule = new QFrame(page);
        rule->setFrameShape(QFrame::HLine);
        rule->setForegroundRole(QPalette::Mid);
        m_grid->addWidget(rule, row++, 0, 1, int(columns.size()) + 1);
        auto *rowTitle = new QLabel(compareRow.title, page);
        rowTitle->setFont(bold);
        rowTitle->setWordWrap(true);
        rowTitle->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(rowTitle, row, 0);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const anatomy::Fact fact = learn::compareCell(compareRow, c, content, base);
            QLabel *label = makeLabel(factHtml(references, fact), page);
            label->setObjectName(QStringLiteral("cell-%1-%2").arg(compareRow.id).arg(c));
            label->setAccessibleName(QStringLiteral("%1, %2").arg(compareRow.title, columns.at(c).title));
            m_grid->addWidget(label, row, int(c) + 1);
        }
        m_rowIds.append(compareRow.id);
        ++row;
    }
    m_grid->setColumnMinimumWidth(0, 120);
    return m_grid;
}

// The fibre types as a chart, with the sources of its numbers.
void ComparePage::buildFibreChart(QWidget *page, QVBoxLayout *column, const QList<learn::CompareColumn> &columns,
                                  const anatomy::KnowledgeBase &base, const References &references)
{
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    auto *chartTitle = new QLabel(tr("Fibre types: share of slow-twitch fibres"), page);
    chartTitle->setFont(bold);
    column->addSpacing(8);
    column->addWidget(chartTitle);
    m_chart = new FibreChart(page);
    m_chart->setObjectName(QStringLiteral("fibreChart"));
    QList<FibreChart::Bar> bars;
    QStringList chartSources;
    for (const learn::CompareColumn &compareColumn : columns) {
        if (const auto fibres = learn::columnFibres(compareColumn, base)) {
            bars.append({compareColumn.title, fibres->typeOnePercentMin, fibres->typeOnePercentMax});
            for (const QString &key : fibres->fact.sources) {
                if (!chartSources.contains(key))
                    chartSources.append(key);
            }
        }
    }
    m_chart->setBars(bars);
    column->addWidget(m_chart);
    auto *chartNote = makeLabel(tr("Autopsy samples; the paler part of a bar is the measured range.") +
                                    sourceLinksHtml(references, chartSources),
                                page);
    chartNote->setObjectName(QStringLiteral("fibreChartSources"));
    chartNote->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(chartNote);
}

QLabel *ComparePage::makeLabel(const QString &html, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const QString key = referenceKeyOf(link); !key.isEmpty())
            emit referenceRequested(key);
    });
    return label;
}

QLabel *ComparePage::cell(const QString &rowId, int column) const
{
    return findChild<QLabel *>(QStringLiteral("cell-%1-%2").arg(rowId).arg(column));
}

} // namespace calfatlas::app
