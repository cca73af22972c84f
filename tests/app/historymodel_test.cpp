// SPDX-License-Identifier: MIT
// The History list's model over the history service: its rows, roles and headers, checked by Qt's own model
// tester as the service changes.
#include "history/historymodel.h"
#include "history/historyservice.h"
#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::assessment;
using calfatlas::test::legResult;

namespace {

struct Store {
    QTemporaryDir dir;
    HistoryService service{dir.filePath(QStringLiteral("history"))};
};

} // namespace

TEST(HistoryModel, RowsAreTheSavedSelfTestsNewestFirst)
{
    Store store;
    HistoryModel model(&store.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), HistoryModel::ColumnCount);

    const QDateTime base(QDate(2026, 4, 1), QTime(8, 30));
    const qint64 older =
        store.service.store().save({legResult(Level::Mild, Level::None, Side::Left)}, QStringLiteral("easy"), base).id;
    const qint64 newer =
        store.service.store().save({legResult(Level::None, Level::Mild, Side::Right)}, {}, base.addDays(3)).id;
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(newer), 0);
    EXPECT_EQ(model.rowOf(older), 1);
    EXPECT_EQ(model.rowOf(9999), -1);
    EXPECT_EQ(model.test(older)->note, QStringLiteral("easy"));
    EXPECT_EQ(model.test(9999), nullptr);

    const QModelIndex taken = model.index(1, HistoryModel::TakenColumn);
    EXPECT_EQ(taken.data().toString(), QStringLiteral("1 Apr 2026, 08:30"));
    EXPECT_EQ(taken.data(Qt::ToolTipRole).toString(), QStringLiteral("easy"));
    EXPECT_EQ(taken.data(HistoryModel::IdRole).toLongLong(), older);
    EXPECT_EQ(taken.data(HistoryModel::SortRole).toDateTime(), base);
    EXPECT_EQ(model.index(1, HistoryModel::LegColumn).data().toString(), QStringLiteral("Left"));
    EXPECT_EQ(model.index(1, HistoryModel::LegColumn).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Left leg"));
    EXPECT_EQ(model.index(0, HistoryModel::VerdictColumn).data(HistoryModel::IdRole).toLongLong(), newer);
    EXPECT_FALSE(model.index(0, HistoryModel::ConfidenceColumn).data().toString().isEmpty());
    EXPECT_EQ(model.headerData(HistoryModel::VerdictColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Verdict"));
    EXPECT_FALSE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
}

TEST(HistoryModel, SortsByTimeAndFiltersThroughAProxy)
{
    Store store;
    HistoryModel model(&store.service);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(HistoryModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Saved out of order; "9 Apr" would sort before "10 Apr" as words.
    const QDateTime base(QDate(2026, 4, 9), QTime(8, 0));
    store.service.store().save({legResult(Level::Mild, Level::None, Side::Left)}, {}, base);
    store.service.store().save({legResult(Level::Strong, Level::None, Side::Right)}, {}, base.addDays(1));
    store.service.store().save({legResult(Level::None, Level::Mild, Side::Left)}, {}, base.addDays(-5));
    model.reload();
    proxy.sort(HistoryModel::TakenColumn, Qt::AscendingOrder);
    ASSERT_EQ(proxy.rowCount(), 3);
    EXPECT_EQ(proxy.index(0, 0).data(HistoryModel::SortRole).toDateTime(), base.addDays(-5));
    EXPECT_EQ(proxy.index(1, 0).data(HistoryModel::SortRole).toDateTime(), base);
    EXPECT_EQ(proxy.index(2, 0).data(HistoryModel::SortRole).toDateTime(), base.addDays(1));
    proxy.setFilterFixedString(QStringLiteral("Right"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, HistoryModel::LegColumn).data().toString(), QStringLiteral("Right"));

    // A change in the store, read again, is checked by the tester as a reset.
    store.service.store().remove(model.tests().front().id);
    model.reload();
    EXPECT_EQ(model.rowCount(), 2);
}
