// SPDX-License-Identifier: MIT
#include "historypage.h"

#include "ui/textwidgets.h"

#include "assessment/legnames.h"
#include "history/trend.h"
#include "historymodel.h"
#include "historyreport.h"
#include "historyservice.h"
#include "historytext.h"
#include "historyundo.h"
#include "measurementchart.h"
#include "planlog.h"
#include "trendchart.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace calfatlas::app {

using history::SavedSelfTest;

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &toolTip, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(name);
    result->setToolTip(toolTip);
    return result;
}

} // namespace

HistoryPage::HistoryPage(HistoryService *service, const assessment::SelfTestContent *content,
                         const References *references, QWidget *parent)
    : QWidget(parent), m_service(service), m_content(content), m_references(references)
{
    setObjectName(QStringLiteral("historyPage"));
    m_model = new HistoryModel(service, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HistoryModel::SortRole);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setFilterKeyColumn(-1);
    m_undo = new QUndoStack(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setAccessibleName(tr("History notice"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    auto *undoRow = new QHBoxLayout(m_undoBar);
    undoRow->setContentsMargins(0, 0, 0, 0);
    m_undoText = new QLabel(m_undoBar);
    auto *undoButton =
        button(tr("&Undo"), QStringLiteral("undoDelete"), tr("Bring the deleted self-test back (Ctrl+Z)"), m_undoBar);
    undoRow->addWidget(m_undoText, 1);
    undoRow->addWidget(undoButton);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(makeEmptyState());
    m_stack->addWidget(makeBrowser());
    layout->addWidget(m_stack, 1);

    // Ctrl+Z and Ctrl+Shift+Z while the page has focus: deletions and note edits.
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        const auto *deleted = dynamic_cast<const DeleteSelfTestCommand *>(m_undo->command(m_undo->index() - 1));
        m_undoBar->setVisible(deleted != nullptr);
        if (deleted)
            m_undoText->setText(tr("Deleted the self-test of %1.").arg(takenAtText(deleted->test().takenAt)));
    });

    connect(m_service, &HistoryService::changed, this, &HistoryPage::reload);
    reload();
}

HistoryPage::~HistoryPage()
{
    // The undo stack is a child: deleting it clears it, and its indexChanged must not reach a page that is
    // already being taken apart.
    m_undo->disconnect(this);
}

QWidget *HistoryPage::makeEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("historyEmpty"));
    auto *column = new QVBoxLayout(page);
    column->addStretch(1);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/calfatlas/icons/nav-history.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("History"));
    column->addWidget(icon);
    auto *title = headingLabel(tr("No saved self-tests yet"), page, 1.5);
    title->setAlignment(Qt::AlignCenter);
    column->addWidget(title);
    auto *text = wrappingLabel(tr("When you finish the self-test, choose “Save to history” to keep the result here. "
                                  "Saved results show how your calf changes over the weeks, and you can export them "
                                  "as a PDF for a clinician."),
                               page);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    text->setMinimumWidth(320);
    // In a row with stretches, not with an alignment flag, so that the wrapped text gets its full height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 4);
    textRow->addStretch(1);
    column->addLayout(textRow);
    auto *start = button(tr("Start the self-test"), QStringLiteral("startSelfTest"),
                         tr("Open the guided self-test for a sore calf"), page);
    start->setDefault(true);
    column->addSpacing(8);
    column->addWidget(start, 0, Qt::AlignHCenter);
    column->addStretch(2);
    connect(start, &QPushButton::clicked, this, &HistoryPage::startSelfTestRequested);
    return page;
}

QWidget *HistoryPage::makeBrowser()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(makeTitleRow(page));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setChildrenCollapsible(false);
    m_list = makeList(split);
    QWidget *detail = makeDetail(split);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 560});
    column->addWidget(split, 3);

    column->addWidget(makeOverTime(page), 2);
    return page;
}

// The title, and the reports of the whole history.
QLayout *HistoryPage::makeTitleRow(QWidget *page)
{
    auto *top = new QHBoxLayout;
    top->addWidget(headingLabel(tr("History"), page, 1.6));
    top->addStretch(1);
    auto *exportAll = button(tr("Export all as PDF…"), QStringLiteral("exportAllPdf"),
                             tr("A report of every saved self-test with the trends, for a clinician"), page);
    auto *printAll =
        button(tr("Print all…"), QStringLiteral("printAll"), tr("Print the report of every saved self-test"), page);
    top->addWidget(exportAll);
    top->addWidget(printAll);
    connect(exportAll, &QPushButton::clicked, this, [this] { chooseAndExportPdf(true); });
    connect(printAll, &QPushButton::clicked, this, [this] { printReport(true); });
    return top;
}

// The saved self-tests, newest first; a click on a heading sorts by it.
QTableView *HistoryPage::makeList(QWidget *parent)
{
    auto *list = new QTableView(parent);
    list->setObjectName(QStringLiteral("historyList"));
    list->setAccessibleName(tr("Saved self-tests, newest first"));
    list->setModel(m_sorted);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setWordWrap(false);
    list->setShowGrid(false);
    list->setAlternatingRowColors(true);
    list->verticalHeader()->hide();
    list->verticalHeader()->setDefaultSectionSize(list->fontMetrics().height() + 8);
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->horizontalHeader()->setStretchLastSection(true);
    list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    list->setSortingEnabled(true);
    list->sortByColumn(HistoryModel::TakenColumn, Qt::DescendingOrder);
    list->setMinimumWidth(320);
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_reloading)
            return;
        keepEditedNote();
        showSelected();
    });
    return list;
}

// The chosen self-test in full: its actions, its text and its note.
QWidget *HistoryPage::makeDetail(QWidget *parent)
{
    auto *detail = new QWidget(parent);
    auto *detailColumn = new QVBoxLayout(detail);
    detailColumn->setContentsMargins(12, 0, 0, 0);
    detailColumn->addLayout(makeDetailActions(detail));

    m_detail = new QTextBrowser(detail);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setAccessibleName(tr("The chosen self-test in full"));
    m_detail->setOpenLinks(false);
    m_detail->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { font-size: large; } h3 { margin-top: 10px; } td.label { padding-right: 12px; }"));
    detailColumn->addWidget(m_detail, 1);

    addNoteEditor(detail, detailColumn);
    return detail;
}

// Export, print and delete the chosen self-test; Delete in the list deletes too.
QLayout *HistoryPage::makeDetailActions(QWidget *detail)
{
    auto *actions = new QHBoxLayout;
    m_exportOne = button(tr("Export as PDF…"), QStringLiteral("exportPdf"),
                         tr("A report of this self-test with the trends, for a clinician (Ctrl+E)"), detail);
    m_exportOne->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_printOne =
        button(tr("Print…"), QStringLiteral("print"), tr("Print the report of this self-test (Ctrl+P)"), detail);
    m_printOne->setShortcut(QKeySequence::Print);
    m_delete = button(tr("Delete"), QStringLiteral("deleteSelfTest"),
                      tr("Delete this self-test from the history (Delete); you can undo it"), detail);
    actions->addWidget(m_exportOne);
    actions->addWidget(m_printOne);
    actions->addStretch(1);
    actions->addWidget(m_delete);
    connect(m_exportOne, &QPushButton::clicked, this, [this] { chooseAndExportPdf(false); });
    connect(m_printOne, &QPushButton::clicked, this, [this] { printReport(false); });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &HistoryPage::deleteSelected);
    return actions;
}

// The note kept with the chosen self-test, and its Save button, below the text.
void HistoryPage::addNoteEditor(QWidget *detail, QVBoxLayout *detailColumn)
{
    auto *noteLabel = new QLabel(tr("Your &note"), detail);
    m_note = new QPlainTextEdit(detail);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("How the calf felt, what you did before the test, what changed…"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 16);
    noteLabel->setBuddy(m_note);
    m_saveNote =
        button(tr("Save note"), QStringLiteral("saveNote"), tr("Keep this note with the self-test (Ctrl+S)"), detail);
    m_saveNote->setShortcut(QKeySequence::Save);
    m_saveNote->setEnabled(false);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_saveNote, 0, Qt::AlignTop);
    detailColumn->addWidget(noteLabel);
    detailColumn->addLayout(noteRow);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        const SavedSelfTest *shown = testWithId(m_shownId);
        m_noteEdited = shown && shown->note != m_note->toPlainText() &&
                       m_service->store().state() == history::HistoryStore::State::Ready;
        m_saveNote->setEnabled(m_noteEdited);
    });
    connect(m_saveNote, &QPushButton::clicked, this, &HistoryPage::saveNote);
}

// Over time: the self-tests' trend, the measurements, and the plan back to running, one tab each.
QWidget *HistoryPage::makeOverTime(QWidget *parent)
{
    auto *overTime = new QTabWidget(parent);
    overTime->setObjectName(QStringLiteral("overTime"));
    overTime->addTab(makeTrendTab(overTime), tr("Self-tests over &time"));
    overTime->addTab(makeMeasurementsTab(overTime), tr("&Measurements"));
    overTime->addTab(makePlanTab(overTime), tr("Back to &running"));
    return overTime;
}

QWidget *HistoryPage::makeTrendTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *column = new QVBoxLayout(tab);
    auto *trendRow = new QHBoxLayout;
    trendRow->addStretch(1);
    auto *legLabel = new QLabel(tr("&Leg:"), tab);
    m_trendLeg = new QComboBox(tab);
    m_trendLeg->setObjectName(QStringLiteral("trendLeg"));
    m_trendLeg->setAccessibleName(tr("Leg shown in the trend"));
    m_trendLeg->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    legLabel->setBuddy(m_trendLeg);
    trendRow->addWidget(legLabel);
    trendRow->addWidget(m_trendLeg);
    column->addLayout(trendRow);
    m_chart = new TrendChart(tab);
    m_chart->setMinimumHeight(200);
    column->addWidget(m_chart, 1);
    // A click on a point chooses its self-test in the list.
    connect(m_chart, &TrendChart::pointClicked, this, [this](qint64 id) {
        select(id);
        m_list->scrollTo(m_list->currentIndex());
    });
    connect(m_trendLeg, &QComboBox::currentIndexChanged, this, [this] { showTrend(); });
    return tab;
}

QWidget *HistoryPage::makeMeasurementsTab(QWidget *parent)
{
    // The Recovery area's measurements, with their measurement error.
    auto *tab = new QWidget(parent);
    auto *column = new QVBoxLayout(tab);
    auto *measureRow = new QHBoxLayout;
    measureRow->addStretch(1);
    auto *testLabel = new QLabel(tr("&Test:"), tab);
    m_measureTest = new QComboBox(tab);
    m_measureTest->setObjectName(QStringLiteral("measureTest"));
    m_measureTest->addItem(tr("Heel-raise test"), measure::idOf(measure::Test::HeelRaise));
    m_measureTest->addItem(tr("Knee-to-wall"), measure::idOf(measure::Test::KneeToWall));
    testLabel->setBuddy(m_measureTest);
    measureRow->addWidget(testLabel);
    measureRow->addWidget(m_measureTest);
    column->addLayout(measureRow);
    m_measureChart = new MeasurementChart(tab);
    m_measureChart->setMinimumHeight(200);
    column->addWidget(m_measureChart, 1);
    connect(m_measureTest, &QComboBox::currentIndexChanged, this, [this] {
        m_measureChart->setMeasurements(*measure::testFromId(m_measureTest->currentData().toString()), m_measurements);
    });
    return tab;
}

QWidget *HistoryPage::makePlanTab(QWidget *parent)
{
    // The plan's level over time with the gates passed, and its log, for a physiotherapist to read.
    auto *tab = new QSplitter(Qt::Horizontal, parent);
    tab->setChildrenCollapsible(false);
    m_planChart = new PlanChart(tab);
    m_planLog = new PlanLogModel(this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_planLog);
    sorted->setSortRole(Qt::UserRole);
    auto *table = new QTableView(tab);
    table->setObjectName(QStringLiteral("planLog"));
    table->setAccessibleName(tr("The plan's log, oldest first"));
    table->setModel(sorted);
    table->setSortingEnabled(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tab->addWidget(m_planChart);
    tab->addWidget(table);
    tab->setSizes({420, 620});
    return tab;
}

const std::vector<SavedSelfTest> &HistoryPage::tests() const
{
    return m_model->tests();
}

const SavedSelfTest *HistoryPage::testWithId(std::optional<qint64> id) const
{
    return id ? m_model->test(*id) : nullptr;
}

std::optional<qint64> HistoryPage::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(HistoryModel::IdRole).toLongLong();
}

void HistoryPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, HistoryModel::TakenColumn));
    if (index.isValid())
        m_list->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryPage::reload()
{
    history::HistoryStore &store = m_service->store();
    QStringList problems;
    const std::optional<qint64> previous = selectedId();
    // A note being written survives a refresh (for example a save from the self-test).
    const std::optional<QString> editedNote = m_noteEdited ? std::optional(m_note->toPlainText()) : std::nullopt;
    const std::optional<qint64> editedId = m_shownId;
    m_reloading = true; // the choice is restored below, without saving or showing on the way
    m_model->reload(&problems);
    QStringList notices;
    if (!store.notice().isEmpty())
        notices.append(store.notice());
    if (!problems.isEmpty())
        notices.append(
            tr("Some saved self-tests cannot be read and are not shown: %1").arg(problems.join(QStringLiteral("; "))));
    showMessage(notices.join(QLatin1Char('\n')), true);
    const bool writable = store.state() == history::HistoryStore::State::Ready;
    m_delete->setEnabled(writable);
    m_note->setReadOnly(!writable);

    if (previous)
        select(*previous);
    if (!m_list->currentIndex().isValid() && m_sorted->rowCount() > 0)
        m_list->selectionModel()->setCurrentIndex(m_sorted->index(0, HistoryModel::TakenColumn),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_reloading = false;
    m_measurements = store.measurements(std::nullopt, &problems);
    m_measureChart->setMeasurements(*measure::testFromId(m_measureTest->currentData().toString()), m_measurements);
    std::vector<plan::Plan> plans;
    if (m_service->hasPlanContent()) {
        plans = m_service->plans();
        m_planLog->setRows(planLogRows(*m_service->planContent(), plans, m_measurements, m_content));
        m_planChart->setPlan(m_service->planContent(), levelPoints(*m_service->planContent(), plans, m_measurements));
    }
    m_plans = plans;
    m_stack->setCurrentIndex(tests().empty() && m_measurements.empty() && plans.empty() ? 0 : 1);

    const QString shownLeg = m_trendLeg->currentData().toString();
    {
        const QSignalBlocker legBlocker(m_trendLeg);
        m_trendLeg->clear();
        for (const auto &leg : history::chartedLegs(tests()))
            m_trendLeg->addItem(assessment::legName(leg), assessment::legKey(leg));
        const int index = m_trendLeg->findData(shownLeg);
        m_trendLeg->setCurrentIndex(index >= 0 ? index : 0);
    }
    showSelected();
    if (editedNote && m_shownId == editedId)
        m_note->setPlainText(*editedNote); // textChanged marks it edited again
    showTrend();
}

void HistoryPage::showSelected()
{
    const SavedSelfTest *test = testWithId(selectedId());
    m_shownId = test ? std::optional(test->id) : std::nullopt;
    m_exportOne->setEnabled(test);
    m_printOne->setEnabled(test);
    m_delete->setEnabled(test && m_service->store().state() == history::HistoryStore::State::Ready);
    m_detail->setHtml(test ? selfTestHtml(*test, *m_content, *m_references) : QString());
    const QSignalBlocker blocker(m_note);
    m_note->setPlainText(test ? test->note : QString());
    m_noteEdited = false;
    m_saveNote->setEnabled(false);
    // The trend follows the leg of the chosen self-test when it has one to chart, and marks its point.
    m_chart->setMarked(m_shownId);
    if (const auto leg = test ? history::chartedLegOf(*test, history::chartedLegs(tests())) : std::nullopt) {
        if (m_trendLeg->currentIndex() != int(*leg))
            m_trendLeg->setCurrentIndex(int(*leg));
    }
}

void HistoryPage::keepEditedNote()
{
    const SavedSelfTest *shown = testWithId(m_shownId);
    if (!m_noteEdited || !shown)
        return;
    m_noteEdited = false;
    // Pushed once the selection has settled: the command reloads the list.
    QTimer::singleShot(0, this, [this, id = shown->id, before = shown->note, after = m_note->toPlainText()] {
        m_undo->push(new EditNoteCommand(m_service, id, before, after,
                                         [this](const QString &problem) { showMessage(problem, true); }));
    });
}

void HistoryPage::showTrend()
{
    const QString key = m_trendLeg->currentData().toString();
    for (const auto &leg : history::chartedLegs(tests())) {
        if (assessment::legKey(leg) == key) {
            m_chart->setPoints(history::trendFor(tests(), leg));
            return;
        }
    }
    m_chart->setPoints({});
}

void HistoryPage::deleteSelected()
{
    const SavedSelfTest *test = testWithId(selectedId());
    if (!test || m_service->store().state() != history::HistoryStore::State::Ready)
        return;
    // A note being written goes with its self-test, and comes back with it on undo.
    SavedSelfTest deleted = *test;
    if (m_noteEdited && m_shownId == test->id)
        deleted.note = m_note->toPlainText();
    m_noteEdited = false;
    m_undo->push(new DeleteSelfTestCommand(m_service, std::move(deleted),
                                           [this](const QString &problem) { showMessage(problem, true); }));
}

void HistoryPage::saveNote()
{
    const SavedSelfTest *test = testWithId(m_shownId);
    if (!test || test->note == m_note->toPlainText())
        return;
    m_noteEdited = false;
    m_undo->push(new EditNoteCommand(m_service, test->id, test->note, m_note->toPlainText(),
                                     [this](const QString &problem) { showMessage(problem, true); }));
}

std::vector<SavedSelfTest> HistoryPage::reportedTests(bool wholeHistory) const
{
    if (wholeHistory)
        return tests();
    const auto id = selectedId();
    std::vector<SavedSelfTest> one;
    if (const SavedSelfTest *test = testWithId(id))
        one.push_back(*test);
    return one;
}

// The whole history's report has the measurements and the plan too; one self-test's has that self-test.
std::unique_ptr<QTextDocument> HistoryPage::makeReport(bool wholeHistory, const std::vector<SavedSelfTest> &tests) const
{
    if (!wholeHistory)
        return app::makeReport(tests, *m_content, *m_references);
    return app::makeReport(tests, *m_content, *m_references, m_measurements, m_plans, m_service->planContent());
}

QString HistoryPage::defaultPdfName(bool wholeHistory) const
{
    // Dated, so that reports of different days sit side by side: the day made, or the self-test's day.
    QDate day = QDate::currentDate();
    if (const SavedSelfTest *test = testWithId(selectedId()); test && !wholeHistory)
        day = test->takenAt.toLocalTime().date();
    const QString date = day.toString(Qt::ISODate);
    return wholeHistory ? tr("calfatlas-history-%1.pdf").arg(date) : tr("calfatlas-self-test-%1.pdf").arg(date);
}

bool HistoryPage::exportPdf(const QString &path, bool wholeHistory)
{
    const std::vector<SavedSelfTest> tests = reportedTests(wholeHistory);
    if (tests.empty())
        return false;
    const auto report = makeReport(wholeHistory, tests);
    QString error;
    if (!writePdf(*report, path, &error)) {
        showMessage(tr("The PDF was not written to %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        return false;
    }
    showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void HistoryPage::chooseAndExportPdf(bool wholeHistory)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as PDF"), QDir(folder).filePath(defaultPdfName(wholeHistory)), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, wholeHistory);
}

void HistoryPage::printReport(bool wholeHistory)
{
    const std::vector<SavedSelfTest> tests = reportedTests(wholeHistory);
    if (tests.empty())
        return;
    app::printReport(*makeReport(wholeHistory, tests), this);
}

void HistoryPage::showMessage(const QString &text, bool problem)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    // Orange for a problem, the palette's highlight for news; both readable on light and dark.
    m_notice->setStyleSheet(problem ? QStringLiteral("QLabel { background: rgba(211, 110, 63, 0.16); border: 1px solid "
                                                     "rgba(211, 110, 63, 0.6); border-radius: 6px; padding: 8px; }")
                                    : QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 6px; "
                                                     "padding: 8px; }"));
}

} // namespace calfatlas::app
