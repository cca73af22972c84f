// SPDX-License-Identifier: MIT
#pragma once

#include "plan/planengine.h"

#include "history/record.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class QVBoxLayout;

namespace calfatlas {
class References;
namespace assessment {
class SelfTestContent;
}
} // namespace calfatlas

namespace calfatlas::app {

class HistoryModel;
class HistoryService;
class TrendChart;
class MeasurementChart;
class PlanChart;
class PlanLogModel;

// The History area: the saved self-tests newest first, the chosen one in full with its note, each leg's
// trend over time, and reports to export or print. Deleting can be undone; an empty history invites the
// first self-test.
class HistoryPage : public QWidget {
    Q_OBJECT

public:
    HistoryPage(HistoryService *service, const assessment::SelfTestContent *content, const References *references,
                QWidget *parent = nullptr);
    ~HistoryPage() override;

    QUndoStack *undoStack() const { return m_undo; }
    // The self-tests shown, newest first.
    const std::vector<history::SavedSelfTest> &tests() const;
    std::optional<qint64> selectedId() const;
    void select(qint64 id);

    // Writes a PDF of the selected self-test, or of the whole history; false with a message shown on failure.
    bool exportPdf(const QString &path, bool wholeHistory);
    // "calfatlas-history-2026-12-06.pdf", in the Documents folder unless the person picks another.
    QString defaultPdfName(bool wholeHistory) const;

public slots:
    void reload();

signals:
    void startSelfTestRequested();

private:
    QWidget *makeEmptyState();
    QWidget *makeBrowser();
    QLayout *makeTitleRow(QWidget *page);
    QTableView *makeList(QWidget *parent);
    QWidget *makeDetail(QWidget *parent);
    QLayout *makeDetailActions(QWidget *detail);
    void addNoteEditor(QWidget *detail, QVBoxLayout *detailColumn);
    QWidget *makeOverTime(QWidget *parent);
    QWidget *makeTrendTab(QWidget *parent);
    QWidget *makeMeasurementsTab(QWidget *parent);
    QWidget *makePlanTab(QWidget *parent);
    const history::SavedSelfTest *testWithId(std::optional<qint64> id) const;
    void showSelected();
    void keepEditedNote();
    void showTrend();
    void deleteSelected();
    void saveNote();
    void chooseAndExportPdf(bool wholeHistory);
    void printReport(bool wholeHistory);
    void showMessage(const QString &text, bool problem);
    std::vector<history::SavedSelfTest> reportedTests(bool wholeHistory) const;
    std::unique_ptr<QTextDocument> makeReport(bool wholeHistory,
                                              const std::vector<history::SavedSelfTest> &tests) const;

    HistoryService *m_service;
    const assessment::SelfTestContent *m_content;
    const References *m_references;
    HistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    std::optional<qint64> m_shownId; // the self-test in the detail pane
    bool m_noteEdited = false;       // the note editor holds text not yet saved
    bool m_reloading = false;        // the list is being filled again
    QUndoStack *m_undo = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_notice = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QTableView *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_saveNote = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_exportOne = nullptr;
    QPushButton *m_printOne = nullptr;
    QComboBox *m_trendLeg = nullptr;
    TrendChart *m_chart = nullptr;
    QComboBox *m_measureTest = nullptr;
    MeasurementChart *m_measureChart = nullptr;
    PlanChart *m_planChart = nullptr;
    PlanLogModel *m_planLog = nullptr;
    std::vector<plan::Plan> m_plans;
    std::vector<history::SavedMeasurement> m_measurements;
};

} // namespace calfatlas::app
