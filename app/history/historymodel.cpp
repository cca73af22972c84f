// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "historyservice.h"
#include "historytext.h"

#include <algorithm>

namespace calfatlas::app {

using history::SavedSelfTest;

HistoryModel::HistoryModel(HistoryService *service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
}

void HistoryModel::reload(QStringList *problems)
{
    beginResetModel();
    m_tests = m_service->store().all(problems);
    endResetModel();
}

const SavedSelfTest *HistoryModel::test(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_tests.at(size_t(row));
}

int HistoryModel::rowOf(qint64 id) const
{
    const auto it = std::find_if(m_tests.begin(), m_tests.end(), [id](const SavedSelfTest &t) { return t.id == id; });
    return it == m_tests.end() ? -1 : int(it - m_tests.begin());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tests.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::text(const SavedSelfTest &test, int column) const
{
    switch (column) {
    case TakenColumn: return takenAtText(test.takenAt);
    case LegColumn: return shortLegsText(test);
    case VerdictColumn: return verdictsText(test);
    case ConfidenceColumn: return confidencesText(test);
    default: return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedSelfTest &test = m_tests.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole: return text(test, index.column());
    case Qt::ToolTipRole: return index.column() == TakenColumn ? QVariant(test.note) : QVariant();
    case Qt::AccessibleTextRole: return index.column() == LegColumn ? QVariant(legsText(test)) : QVariant();
    case IdRole: return test.id;
    case SortRole: return index.column() == TakenColumn ? QVariant(test.takenAt) : text(test, index.column());
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn: return tr("Taken");
    case LegColumn: return tr("Leg");
    case VerdictColumn: return tr("Verdict");
    case ConfidenceColumn: return tr("Confidence");
    default: return {};
    }
}

} // namespace calfatlas::app
