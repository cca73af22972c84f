// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace calfatlas {
class References;
namespace anatomy {
class KnowledgeBase;
}
namespace learn {
class LearnContent;
struct CompareColumn;
} // namespace learn
} // namespace calfatlas

namespace calfatlas::app {

class FibreChart;

// Soleus and gastrocnemius side by side: attachments and joints from the knowledge base, their roles, the test
// that loads each and how to strengthen it, and a chart of their fibre types; every cell with its sources.
class ComparePage : public QWidget {
    Q_OBJECT

public:
    ComparePage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
                QWidget *parent = nullptr);

    FibreChart *chart() const { return m_chart; }
    // The cell of a row (by id) and a column, for tests.
    QLabel *cell(const QString &rowId, int column) const;

signals:
    void referenceRequested(const QString &key);

private:
    QGridLayout *buildTable(QWidget *page, const learn::LearnContent &content, const anatomy::KnowledgeBase &base,
                            const References &references);
    void buildFibreChart(QWidget *page, QVBoxLayout *column, const QList<learn::CompareColumn> &columns,
                         const anatomy::KnowledgeBase &base, const References &references);
    QLabel *makeLabel(const QString &html, QWidget *parent);

    FibreChart *m_chart = nullptr;
    QGridLayout *m_grid = nullptr;
    QStringList m_rowIds;
};

} // namespace calfatlas::app
