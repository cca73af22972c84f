// SPDX-License-Identifier: MIT
// The History area, driven with real clicks and keys on an offscreen window, each test on its own history.
#include "builtins.h"
#include "history/historypage.h"
#include "history/historyreport.h"
#include "history/historyservice.h"
#include "history/trendchart.h"
#include "historyfixture.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"
#include "ui/theme.h"
#include "wizard/choicegroup.h"
#include "wizard/selftestarea.h"
#include "wizard/selftestwizard.h"

#include <QAbstractButton>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTranslator>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::app;
using namespace calfatlas::assessment;
using calfatlas::test::bothLegsResult;
using calfatlas::test::legResult;
using calfatlas::test::references;

namespace {

struct Page {
    QTemporaryDir dir;
    HistoryService service{dir.filePath(QStringLiteral("history"))};
    std::unique_ptr<HistoryPage> page;

    void open()
    {
        page = std::make_unique<HistoryPage>(&service, &test::builtInSelfTest(), &references());
        page->resize(1100, 820);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }
    template <typename T>
    T *find(const char *name) const
    {
        return page->findChild<T *>(QString::fromLatin1(name));
    }
    QTableView *list() const { return find<QTableView>("historyList"); }
    int rows() const { return list()->model()->rowCount(); }
    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return list()->model()->index(row, column).data(role).toString();
    }
    void click(const char *name)
    {
        auto *target = find<QAbstractButton>(name);
        ASSERT_NE(target, nullptr) << name;
        ASSERT_TRUE(target->isVisible() && target->isEnabled()) << name;
        QTest::mouseClick(target, Qt::LeftButton);
    }
    void clickRow(int row)
    {
        const QModelIndex index = list()->model()->index(row, 0);
        ASSERT_TRUE(index.isValid());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(index).center());
    }
};

TEST(History, AnEmptyHistoryInvitesTheFirstSelfTest)
{
    Page p;
    p.open();
    auto *empty = p.find<QWidget>("historyEmpty");
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(p.list()->isVisible());
    QSignalSpy start(p.page.get(), &HistoryPage::startSelfTestRequested);
    p.click("startSelfTest");
    EXPECT_EQ(start.count(), 1);
}

TEST(History, ListsSavedSelfTestsNewestFirstWithTheDetail)
{
    Page p;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    ASSERT_TRUE(p.service.store().save({legResult(Level::Moderate, Level::None, Side::Left, 8.0)}, {}, base).ok);
    ASSERT_TRUE(p.service.store().save(bothLegsResult(), QStringLiteral("after intervals"), base.addDays(4)).ok);
    p.open();
    ASSERT_TRUE(p.list()->isVisible());
    ASSERT_EQ(p.rows(), 2);
    EXPECT_EQ(p.text(0, 1), QStringLiteral("Left, Right"));
    EXPECT_EQ(p.text(0, 2), QStringLiteral("Soleus / Gastrocnemius"));
    EXPECT_EQ(p.text(1, 2), QStringLiteral("Soleus"));
    EXPECT_EQ(p.text(1, 3), QStringLiteral("Likely"));
    // The newest is shown first; clicking the other shows it.
    EXPECT_EQ(p.find<QPlainTextEdit>("noteEdit")->toPlainText(), QStringLiteral("after intervals"));
    p.clickRow(1);
    EXPECT_TRUE(p.find<QPlainTextEdit>("noteEdit")->toPlainText().isEmpty());
    const QString detail = p.find<QTextBrowser>("historyDetail")->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Bench test (knee bent)"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("8 cm"))) << detail.toStdString();
    // The trend shows the chosen self-test's leg: the left, measured twice.
    auto *chart = p.find<TrendChart>("trendChart");
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(p.find<QComboBox>("trendLeg")->currentText(), QStringLiteral("Left leg"));
    ASSERT_EQ(chart->points().size(), 2u);
    EXPECT_EQ(chart->points()[0].kneeToWallCm, 8.0);
    EXPECT_EQ(chart->points()[1].kneeToWallCm, 8.5);
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("Self-tests charted: 2")))
        << chart->accessibleDescription().toStdString();
}

TEST(History, DeleteCanBeUndoneWithTheBarOrCtrlZ)
{
    Page p;
    const qint64 first = p.service.store().save({legResult(Level::Mild, Level::None)}).id;
    const qint64 second = p.service.store().save({legResult(Level::None, Level::Mild)}).id;
    p.open();
    ASSERT_EQ(p.rows(), 2);
    p.clickRow(0);
    EXPECT_EQ(p.page->selectedId(), second);
    p.click("deleteSelfTest");
    EXPECT_EQ(p.rows(), 1);
    EXPECT_FALSE(p.service.store().find(second).has_value());
    EXPECT_TRUE(p.find<QWidget>("undoBar")->isVisible());
    p.click("undoDelete");
    ASSERT_EQ(p.rows(), 2);
    EXPECT_TRUE(p.service.store().find(second).has_value()) << "back with its own id";
    EXPECT_FALSE(p.find<QWidget>("undoBar")->isVisible());

    // The Delete key on the list, then Ctrl+Z.
    p.clickRow(1);
    EXPECT_EQ(p.page->selectedId(), first);
    QTest::keyClick(p.list(), Qt::Key_Delete);
    EXPECT_FALSE(p.service.store().find(first).has_value());
    QTest::keyClick(p.list(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(p.service.store().find(first).has_value());
    EXPECT_EQ(p.rows(), 2);
}

TEST(History, UndoingADeleteBringsBackTheNoteBeingWritten)
{
    Page p;
    const qint64 id = p.service.store().save({legResult(Level::Mild, Level::None)}, QStringLiteral("saved")).id;
    p.open();
    auto *note = p.find<QPlainTextEdit>("noteEdit");
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    QTest::keyClick(note, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(note, QStringLiteral(" and typed"));
    p.click("deleteSelfTest");
    EXPECT_FALSE(p.service.store().find(id).has_value());
    p.click("undoDelete");
    ASSERT_TRUE(p.service.store().find(id).has_value());
    EXPECT_EQ(p.service.store().find(id)->note, QStringLiteral("saved and typed"));
    EXPECT_EQ(note->toPlainText(), QStringLiteral("saved and typed"));
}

TEST(History, DeletingTheLastShowsTheEmptyState)
{
    Page p;
    ASSERT_TRUE(p.service.store().save({legResult(Level::Mild, Level::None)}).ok);
    p.open();
    p.click("deleteSelfTest");
    EXPECT_TRUE(p.find<QWidget>("historyEmpty")->isVisible());
    EXPECT_TRUE(p.find<QWidget>("undoBar")->isVisible()) << "the undo bar stays in reach above the empty state";
    p.click("undoDelete");
    EXPECT_TRUE(p.list()->isVisible());
}

TEST(History, EditingTheNoteKeepsItAndCanBeUndone)
{
    Page p;
    const qint64 id = p.service.store().save({legResult(Level::Mild, Level::None)}, QStringLiteral("first")).id;
    p.open();
    auto *note = p.find<QPlainTextEdit>("noteEdit");
    auto *save = p.find<QPushButton>("saveNote");
    EXPECT_FALSE(save->isEnabled()) << "nothing changed yet";
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    QTest::keyClick(note, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(note, QStringLiteral(", then easy 5 km"));
    EXPECT_TRUE(save->isEnabled());
    p.click("saveNote");
    EXPECT_EQ(p.service.store().find(id)->note, QStringLiteral("first, then easy 5 km"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(p.text(0, 0, Qt::ToolTipRole), QStringLiteral("first, then easy 5 km"));
    p.page->undoStack()->undo();
    EXPECT_EQ(p.service.store().find(id)->note, QStringLiteral("first"));
    EXPECT_EQ(note->toPlainText(), QStringLiteral("first"));
}

TEST(History, ANoteIsKeptWhenAnotherSelfTestIsChosenOrTheListRefreshes)
{
    Page p;
    const qint64 older =
        p.service.store()
            .save({legResult(Level::Mild, Level::None)}, {}, QDateTime::currentDateTimeUtc().addDays(-1))
            .id;
    const qint64 newer = p.service.store().save({legResult(Level::None, Level::Mild)}).id;
    p.open();
    auto *note = p.find<QPlainTextEdit>("noteEdit");
    // A refresh (here: a save from elsewhere) keeps what is being typed.
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    QTest::keyClicks(note, QStringLiteral("stiff in the morning"));
    ASSERT_TRUE(p.service.save({legResult(Level::Strong, Level::None)}, {}).ok);
    EXPECT_EQ(note->toPlainText(), QStringLiteral("stiff in the morning"));
    EXPECT_EQ(p.page->selectedId(), newer);
    // Choosing another self-test saves the note rather than dropping it.
    p.clickRow(2);
    EXPECT_EQ(p.page->selectedId(), older);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return p.service.store().find(newer)->note == QLatin1String("stiff in the morning"); }, 30000));
    EXPECT_TRUE(note->toPlainText().isEmpty());
    EXPECT_EQ(p.page->selectedId(), older) << "the choice stays after the note is saved";
}

TEST(History, ANewerFileIsShownReadOnlyWithItsReason)
{
    Page p;
    const QString folder = p.dir.filePath(QStringLiteral("history"));
    {
        history::HistoryStore store(folder);
        ASSERT_TRUE(store.save({legResult(Level::Mild, Level::None)}).ok);
        QSqlQuery(QSqlDatabase::database(store.connectionName(), false))
            .exec(QStringLiteral("PRAGMA user_version = 50"));
    }
    p.open();
    auto *notice = p.find<QLabel>("historyNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("newer version"))) << notice->text().toStdString();
    EXPECT_EQ(p.rows(), 1);
    EXPECT_FALSE(p.find<QPushButton>("deleteSelfTest")->isEnabled());
    EXPECT_TRUE(p.find<QPlainTextEdit>("noteEdit")->isReadOnly());
}

TEST(History, ACorruptFileIsReportedWithWhereItWasKept)
{
    Page p;
    const QString folder = p.dir.filePath(QStringLiteral("history"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile bad(QDir(folder).filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(5000, '#'));
    bad.close();
    p.open();
    auto *notice = p.find<QLabel>("historyNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(p.service.store().movedAsidePath())) << notice->text().toStdString();
    EXPECT_TRUE(p.find<QWidget>("historyEmpty")->isVisible());
}

TEST(History, ExportsAPdfThePersonAloneCanRead)
{
    Page p;
    ASSERT_TRUE(p.service.store().save(bothLegsResult(), QStringLiteral("report note")).ok);
    p.open();
    const QString path = p.dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(p.page->exportPdf(path, false));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_GT(bytes.size(), 20000) << "text and the trend chart";
    EXPECT_EQ(pdf.permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    EXPECT_FALSE(p.page->exportPdf(p.dir.filePath(QStringLiteral("missing/report.pdf")), true));
    EXPECT_TRUE(p.find<QLabel>("historyNotice")->text().contains(QStringLiteral("missing/report.pdf")));
}

TEST(History, TheReportHasEverythingAClinicianNeeds)
{
    const std::vector<history::SavedSelfTest> tests{{3, QDateTime(QDate(2026, 5, 2), QTime(7, 0), Qt::UTC),
                                                     QStringLiteral("0.1.0"), 1, QStringLiteral("sore"),
                                                     bothLegsResult()}};
    const auto report = makeReport(tests, test::builtInSelfTest(), references());
    const QString text = report->toPlainText();
    for (const char *expected : {"Bench test (knee bent)", "Wall test (knee straight)", "8.5 cm", "Why:",
                                 "What you can do:", "Over time", "Sources", "What this self-test is not", "sore"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(text.contains(test::builtInSelfTest().disclaimer()));
    EXPECT_TRUE(text.contains(bothLegsResult()[0].assessment.headline));
    // Sources in full, not just their short labels.
    const Reference *cited = references().find(bothLegsResult()[0].assessment.explanationSources.front());
    ASSERT_NE(cited, nullptr);
    EXPECT_TRUE(text.contains(cited->citation)) << cited->citation.toStdString();
    EXPECT_FALSE(report->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-left.png"))).isNull());
}

// A German reader gets a German report: its headings, labels and values go through the translation (the
// words below are English ones that a report in German must not contain).
TEST(History, AReportInGermanHasNoEnglishLabels)
{
    // Saved in English: the built-in data (and the result made from it) are loaded before German is installed.
    const std::vector<history::SavedSelfTest> tests{{3, QDateTime(QDate(2026, 5, 2), QTime(7, 0), Qt::UTC),
                                                     QStringLiteral("0.1.0"), 1, QStringLiteral("sore"),
                                                     bothLegsResult()}};
    const QString englishHeadline = tests[0].legs[0].assessment.headline;
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral("calfatlas_de.qm"), QStringLiteral(CALFATLAS_BINARY_DIR "/app/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto report = makeReport(tests, test::builtInSelfTest(), references());
    const QString text = report->toPlainText();
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(text.contains(QStringLiteral("2. Mai 2026"))) << "dates in the reader's words";
    for (const char *english :
         {"About the person", "Self-test of", "Bench test (knee bent)", "Not answered", "What you can do", "Over time",
          "Sources", "What this self-test is not", "Runs", "Verdict", "Why:", "Urgency", "Knee-to-wall",
          "No warning signs", "Left leg", "May 2026"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(english))) << english;
    EXPECT_TRUE(text.contains(QStringLiteral("Angaben zur Person")));
    // A result saved in English reads in German where its words are the data's own.
    EXPECT_FALSE(text.contains(englishHeadline)) << englishHeadline.toStdString();
}

// Measurements in the report: a chart per test, and each leg's latest against its first, in words.
TEST(History, TheReportSaysWhetherMeasurementsChangedBeyondError)
{
    using calfatlas::measure::Test;
    const QDateTime day(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    const std::vector<history::SavedMeasurement> measurements{
        {1, day, Test::HeelRaise, Side::Left, 14, std::nullopt, QStringLiteral("0.1.0")},
        {2, day.addDays(21), Test::HeelRaise, Side::Left, 23, std::nullopt, QStringLiteral("0.1.0")},
        {3, day, Test::KneeToWall, Side::Right, 10, std::nullopt, QStringLiteral("0.1.0")},
        {4, day.addDays(21), Test::KneeToWall, Side::Right, 11, std::nullopt, QStringLiteral("0.1.0")},
    };
    const auto report = makeReport({}, test::builtInSelfTest(), references(), measurements);
    const QString text = report->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Measurements")));
    EXPECT_TRUE(text.contains(QStringLiteral("beyond measurement error"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("within measurement error")));
    EXPECT_TRUE(text.contains(references().find(QStringLiteral("HebertLosier2017"))->citation));
    EXPECT_FALSE(
        report->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("measurements-heel-raise.png"))).isNull());
}

// After a self-test stopped by a warning sign (no leg, nothing to chart) the chart shows the leg that has data.
TEST(History, AfterAWarningSignTheChartShowsTheLegWithData)
{
    Page p;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-5);
    ASSERT_TRUE(p.service.store().save({legResult(Level::Mild, Level::None, Side::Right, 9.0)}, {}, base).ok);
    ASSERT_TRUE(p.service.store().save(test::redFlagResult(), {}, base.addDays(2)).ok);
    p.open();
    ASSERT_EQ(p.rows(), 2);
    EXPECT_EQ(p.text(0, 1), QStringLiteral("Not given")) << "the warning sign is the newest, and chosen";
    auto *leg = p.find<QComboBox>("trendLeg");
    EXPECT_EQ(leg->count(), 1) << "only legs with something to chart";
    EXPECT_EQ(leg->currentText(), QStringLiteral("Right leg"));
    EXPECT_EQ(p.find<TrendChart>("trendChart")->points().size(), 1u);
}

// Selecting a row marks its point in the chart; clicking a point chooses its row.
TEST(History, TheListAndTheChartFollowEachOther)
{
    Page p;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-20);
    std::vector<qint64> ids;
    ids.reserve(5);
    for (qint64 i = 0; i < 4; ++i)
        ids.push_back(
            p.service.store()
                .save({legResult(Level::Moderate, Level::None, Side::Left, 7.0 + double(i))}, {}, base.addDays(5 * i))
                .id);
    // Two on one day, with the same distance: their points must not sit on each other.
    ids.push_back(p.service.store()
                      .save({legResult(Level::Mild, Level::None, Side::Left, 10.0)}, {}, base.addDays(15).addSecs(60))
                      .id);
    p.open();
    auto *chart = p.find<TrendChart>("trendChart");
    ASSERT_EQ(chart->points().size(), 5u);
    EXPECT_EQ(chart->marked(), ids.back()) << "the newest is chosen and marked";
    p.clickRow(3); // the second oldest
    EXPECT_EQ(p.page->selectedId(), ids[1]);
    EXPECT_EQ(chart->marked(), ids[1]);

    const std::optional<QPointF> twin = chart->pointOf(ids[3]);
    const std::optional<QPointF> newest = chart->pointOf(ids[4]);
    ASSERT_TRUE(twin && newest);
    EXPECT_GE(std::abs(newest->x() - twin->x()), 15.9) << "same-day points are set apart";
    for (const size_t target : {size_t(3), size_t(0), size_t(4)}) {
        const std::optional<QPointF> at = chart->pointOf(ids[target]);
        ASSERT_TRUE(at.has_value());
        QTest::mouseClick(chart, Qt::LeftButton, {}, at->toPoint());
        EXPECT_EQ(p.page->selectedId(), ids[target]) << target;
        EXPECT_EQ(chart->marked(), ids[target]);
        EXPECT_TRUE(p.list()->selectionModel()->isRowSelected(p.list()->currentIndex().row(), {}));
    }
    // A click away from every point changes nothing.
    QTest::mouseClick(chart, Qt::LeftButton, {}, QPoint(chart->width() - 2, 2));
    EXPECT_EQ(p.page->selectedId(), ids[4]);
}

// The list sorts by a click on a heading, through the model's sort role (the time, not its words).
TEST(History, AClickOnAHeadingSortsTheList)
{
    Page p;
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-40);
    ASSERT_TRUE(p.service.store().save({legResult(Level::Mild, Level::None, Side::Left)}, {}, base).ok);
    ASSERT_TRUE(p.service.store().save({legResult(Level::None, Level::Mild, Side::Right)}, {}, base.addDays(31)).ok);
    ASSERT_TRUE(p.service.store().save({legResult(Level::Strong, Level::None, Side::Left)}, {}, base.addDays(9)).ok);
    p.open();
    EXPECT_EQ(p.text(0, 1), QStringLiteral("Right")) << "newest first";
    QHeaderView *header = p.list()->horizontalHeader();
    const auto clickHeading = [&](int column) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    };
    clickHeading(0);
    EXPECT_EQ(p.text(0, 1), QStringLiteral("Left")) << "oldest first";
    EXPECT_EQ(p.text(1, 1), QStringLiteral("Left"));
    EXPECT_EQ(p.text(2, 1), QStringLiteral("Right"));
    clickHeading(1);
    EXPECT_EQ(p.text(0, 1), QStringLiteral("Left"));
    EXPECT_EQ(p.text(2, 1), QStringLiteral("Right"));
}

// Default file names carry the date, and the one self-test's report charts only that self-test.
TEST(History, AReportOfOneSelfTestChartsOnlyThatOne)
{
    Page p;
    const QDateTime day(QDate(2026, 3, 14), QTime(9, 0));
    ASSERT_TRUE(p.service.store().save({legResult(Level::Mild, Level::None, Side::Left, 9.0)}, {}, day).ok);
    ASSERT_TRUE(p.service.store().save({legResult(Level::None, Level::None, Side::Left, 11.0)}, {}, day.addDays(7)).ok);
    p.open();
    p.clickRow(1);
    EXPECT_EQ(p.page->defaultPdfName(false), QStringLiteral("calfatlas-self-test-2026-03-14.pdf"));
    EXPECT_EQ(p.page->defaultPdfName(true),
              QStringLiteral("calfatlas-history-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const auto one = makeReport({p.page->tests().back()}, test::builtInSelfTest(), references());
    EXPECT_TRUE(one->toPlainText().contains(QStringLiteral("Self-tests charted: 1"))) << "only the one asked for";
    const auto all = makeReport(p.page->tests(), test::builtInSelfTest(), references());
    EXPECT_TRUE(all->toPlainText().contains(QStringLiteral("Self-tests charted: 2")));
}

// A long report keeps each section on one page and ends on a page worth printing.
TEST(History, TheReportKeepsSectionsTogether)
{
    std::vector<history::SavedSelfTest> tests;
    tests.reserve(7);
    for (qint64 i = 0; i < 7; ++i)
        tests.push_back({i + 1, QDateTime(QDate(2026, 5, 2).addDays(7 * i), QTime(7, 0), Qt::UTC),
                         QStringLiteral("0.1.0"), 1, i % 2 ? QStringLiteral("after intervals") : QString(),
                         i % 3 ? bothLegsResult() : std::vector{legResult(Level::Mild, Level::None, Side::Left, 9.0)}});
    const auto report = makeReport(tests, test::builtInSelfTest(), references());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(writePdf(*report, path));
    // Every section that begins a page was moved there whole; no heading is the last thing on a page.
    const int pages = report->pageCount();
    EXPECT_GT(pages, 3);
    QAbstractTextDocumentLayout *layout = report->documentLayout();
    const double pageHeight = report->pageSize().height();
    for (QTextBlock block = report->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || report->frameAt(block.position()) != report->rootFrame())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const double page = std::floor(heading.top() / pageHeight);
        const double pageBottom = (page + 1) * pageHeight;
        if (block.next().isValid()) {
            EXPECT_EQ(std::floor(layout->blockBoundingRect(block.next()).top() / pageHeight), page)
                << block.text().toStdString() << ": a heading at a page's foot";
        }
        if (block.text().startsWith(QStringLiteral("Left leg")) ||
            block.text().startsWith(QStringLiteral("Right leg"))) {
            // A leg's section (up to the next heading) ends on the heading's page.
            QTextBlock next = block.next();
            while (next.isValid() &&
                   (next.blockFormat().headingLevel() == 0 || report->frameAt(next.position()) != report->rootFrame()))
                next = next.next();
            ASSERT_TRUE(next.isValid());
            const double end = layout->blockBoundingRect(next.previous()).bottom();
            EXPECT_LE(end, pageBottom + 1) << block.text().toStdString() << " runs over a page";
        }
    }
    // The last page holds more than a few lines.
    const double lastTop = (pages - 1) * pageHeight;
    EXPECT_GT(layout->documentSize().height() - lastTop, pageHeight * kNearlyEmptyPage * 0.9);
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.readAll().count("/Type /Page\n"), pages) << "as many pages as laid out";
}

// From the self-test's first page: the emergency questions, then the other warning signs, "no" to all but
// `yes`; then Next, to the care page.
void answerWarningSigns(SelfTestWizard *wizard, const QString &yes)
{
    for (int page = 0; page < 2; ++page) {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QStringList questions = allRedFlagIds();
        questions << QStringLiteral("clot-risk") << QStringLiteral("rest-pain");
        for (const QString &id : questions) {
            auto *question = wizard->currentPage()->findChild<ChoiceGroup *>(id);
            if (!question)
                continue;
            auto *radio = question->findChild<QRadioButton *>(id == yes ? QStringLiteral("yes") : QStringLiteral("no"));
            QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        }
    }
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

// Walks the real wizard in the real window, saves, and finds the result in History.
TEST(History, TheWizardsSaveLandsInTheHistory)
{
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.resize(1100, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *history = qobject_cast<HistoryPage *>(window.areaPage(QStringLiteral("history")));
    ASSERT_NE(history, nullptr);
    const size_t before = history->tests().size();
    auto *area = qobject_cast<SelfTestArea *>(window.areaPage(QStringLiteral("selftest")));
    window.showArea(QStringLiteral("selftest"));
    SelfTestWizard *wizard = area->wizard();
    answerWarningSigns(wizard, QStringLiteral("numbness"));
    ASSERT_EQ(wizard->currentId(), SelfTestWizard::Care);
    auto *save = wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("save"));
    ASSERT_TRUE(save->isVisible()) << "the wizard offers Save once the history listens";
    QTest::mouseClick(save, Qt::LeftButton);
    auto *status = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("saveStatus"));
    EXPECT_EQ(status->text(), QStringLiteral("Saved to your history."));
    EXPECT_FALSE(save->isEnabled()) << "saved once";
    ASSERT_EQ(history->tests().size(), before + 1) << "the History view refreshes after a save";
    EXPECT_EQ(history->tests().front().legs.at(0).assessment.verdict, Verdict::SeekCare);
    EXPECT_EQ(history->tests().front().legs.at(0).answers.redFlags, std::vector{RedFlag::Numbness});

    // "Open in History" shows the saved entry there.
    const qint64 savedId = history->tests().front().id;
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("openSaved")), Qt::LeftButton);
    EXPECT_EQ(window.currentArea(), QStringLiteral("history"));
    EXPECT_EQ(history->selectedId(), savedId);

    // From an empty History, "Start the self-test" opens the wizard.
    window.showArea(QStringLiteral("history"));
    emit history->startSelfTestRequested();
    EXPECT_EQ(window.currentArea(), QStringLiteral("selftest"));
}

// When the history cannot be written, the wizard says why and keeps the answers and the button for another try.
TEST(History, AFailedSaveKeepsTheAnswersOnScreen)
{
    const QString folder = history::HistoryStore::defaultFolder();
    ASSERT_TRUE(folder.startsWith(qEnvironmentVariable("XDG_DATA_HOME"))) << "never the person's real data";
    // Something that is not a folder where the history's folder should be.
    QDir().rename(folder, folder + QStringLiteral(".kept"));
    QDir().mkpath(QFileInfo(folder).path());
    QFile blocker(folder);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *area = qobject_cast<SelfTestArea *>(window.areaPage(QStringLiteral("selftest")));
    window.showArea(QStringLiteral("selftest"));
    SelfTestWizard *wizard = area->wizard();
    answerWarningSigns(wizard, QStringLiteral("heel-gap"));
    auto *save = wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("save"));
    QTest::mouseClick(save, Qt::LeftButton);
    const QString status = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("saveStatus"))->text();
    QFile::remove(folder);
    QDir().rename(folder + QStringLiteral(".kept"), folder);
    EXPECT_TRUE(status.startsWith(QStringLiteral("Not saved"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("Your answers are still here"))) << status.toStdString();
    EXPECT_TRUE(save->isEnabled()) << "ready for another try";
    EXPECT_EQ(wizard->currentId(), SelfTestWizard::Care);
    EXPECT_EQ(wizard->answers().redFlags, std::vector{RedFlag::HeelGap});
}

// Screenshots for the eye (CALFATLAS_SHOTS=folder, CALFATLAS_SHOTS_THEME=light|dark); not run by default.
TEST(Screens, DISABLED_History)
{
    const QString folder = qEnvironmentVariable("CALFATLAS_SHOTS", QStringLiteral("/tmp"));
    const QString theme = qEnvironmentVariable("CALFATLAS_SHOTS_THEME", QStringLiteral("light"));
    applyTheme(*qApp, themeFromId(theme).value_or(Theme::Light));
    // CALFATLAS_SHOTS_LANGUAGE=de: the page and its report in German.
    const QString language = qEnvironmentVariable("CALFATLAS_SHOTS_LANGUAGE");
    QTranslator translator;
    if (!language.isEmpty() && translator.load(QStringLiteral("calfatlas_%1.qm").arg(language),
                                               QStringLiteral(CALFATLAS_BINARY_DIR "/app/i18n"))) {
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(language));
    }
    Page p;
    p.open();
    QApplication::processEvents();
    p.page->grab().save(QStringLiteral("%1/history-empty-%2.png").arg(folder, theme));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-40);
    const Level benches[] = {Level::Strong, Level::Strong, Level::Moderate, Level::Moderate, Level::Mild, Level::None};
    const Level walls[] = {Level::Mild, Level::None, Level::Mild, Level::None, Level::None, Level::None};
    const double distances[] = {7.5, 8.0, 8.5, 9.5, 10.5, 11.0};
    for (int i = 0; i < 6; ++i)
        p.service.save(
            {legResult(benches[i], walls[i], Side::Left, i == 1 ? std::nullopt : std::optional(distances[i]))},
            i == 5 ? QStringLiteral("Easy 8 km, no pain on the hills") : QString());
    // Spread the saves over the weeks.
    int n = 0;
    for (const auto &test : p.service.store().all()) {
        QSqlQuery move(QSqlDatabase::database(p.service.store().connectionName(), false));
        move.prepare(QStringLiteral("UPDATE self_tests SET taken_at = ? WHERE id = ?"));
        move.addBindValue(history::isoTime(base.addDays(38 - 7 * n++)));
        move.addBindValue(test.id);
        move.exec();
    }
    p.service.save(bothLegsResult());
    // Another the same day, and a self-test stopped by a warning sign: the newest, with nothing to chart.
    p.service.save({legResult(Level::Mild, Level::None, Side::Left, 8.5)});
    p.service.save(test::redFlagResult());
    p.page->reload();
    p.clickRow(1);
    QApplication::processEvents();
    p.page->grab().save(QStringLiteral("%1/history-%2.png").arg(folder, theme));
    p.page->exportPdf(QStringLiteral("%1/history-report-%2%3.pdf").arg(folder, theme, language), true);
    p.page->exportPdf(QStringLiteral("%1/history-one-%2%3.pdf").arg(folder, theme, language), false);

    // The area in the real window, with the navigation, on the same self-tests.
    {
        history::HistoryStore shared(history::HistoryStore::defaultFolder());
        for (const auto &test : p.service.store().all())
            shared.restore(test);
    }
    const calfatlas::Content &data = calfatlas::test::builtIns();
    MainWindow window;
    addAreas(window, data);
    window.resize(1280, 860);
    window.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showArea(QStringLiteral("history"));
    QApplication::processEvents();
    window.grab().save(QStringLiteral("%1/window-history-%2.png").arg(folder, theme));
}

} // namespace
