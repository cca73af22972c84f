// SPDX-License-Identifier: MIT
#pragma once

#include "history/record.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace calfatlas::app {

class HistoryService;

// The saved self-tests as a table (taken, leg, verdict, confidence), newest first, read from the history
// service; a view sorts, filters and reads it aloud through Qt's item views.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TakenColumn, LegColumn, VerdictColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // the self-test's id, in every column
        SortRole,              // the time for Taken, the words elsewhere
    };

    explicit HistoryModel(HistoryService *service, QObject *parent = nullptr);

    // Reads the self-tests again; those that cannot be read are named in *problems.
    void reload(QStringList *problems = nullptr);
    const std::vector<history::SavedSelfTest> &tests() const { return m_tests; }
    const history::SavedSelfTest *test(qint64 id) const;
    // The row of a self-test, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant text(const history::SavedSelfTest &test, int column) const;

    HistoryService *m_service;
    std::vector<history::SavedSelfTest> m_tests;
};

} // namespace calfatlas::app
