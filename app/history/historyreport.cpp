// SPDX-License-Identifier: MIT
#include "historyreport.h"

#include "common/datafile.h"

#include "history/export.h"

#include "assessment/kneetowall.h"
#include "assessment/legnames.h"
#include "common/userfile.h"
#include "history/trend.h"
#include "historytext.h"
#include "measurementchart.h"
#include "planlog.h"
#include "trendchart.h"
#include "ui/palette.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <functional>

namespace calfatlas::app {

using namespace calfatlas::assessment;
using history::SavedSelfTest;

namespace {

// Its texts' translation context, as lupdate reads it.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(HistoryReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString yesNo(const std::optional<bool> &value)
{
    return value ? (*value ? ReportText::tr("Yes") : ReportText::tr("No")) : ReportText::tr("Not answered");
}

QString levelText(const std::optional<Level> &level, const SelfTestContent &content)
{
    return level ? content.level(*level).label : ReportText::tr("Not done");
}

QString citedLabels(const QStringList &keys, const References &references, QStringList &cited)
{
    for (const QString &key : keys) {
        if (!cited.contains(key))
            cited.append(key);
    }
    const QString labels = references.shortLabels(keys);
    return labels.isEmpty() ? QString() : QStringLiteral(" <span class='source'>[%1]</span>").arg(esc(labels));
}

QString aboutHtml(const Answers &answers, const SelfTestContent &content)
{
    const Context &context = answers.context;
    QString html = QStringLiteral("<table class='answers'>");
    html += row(ReportText::tr("Runs"), yesNo(context.runner));
    html +=
        row(ReportText::tr("Foot strike"),
            context.strike == Strike::Unknown ? ReportText::tr("Not answered") : content.strike(context.strike).label);
    html += row(ReportText::tr("Changing to a midfoot strike"), yesNo(context.convertingToMidfoot));
    html += row(ReportText::tr("Weekly running volume went up by"),
                context.volumeIncreasePercent ? ReportText::tr("%1 %").arg(*context.volumeIncreasePercent)
                                              : ReportText::tr("Not answered"));
    html += row(ReportText::tr("Pointing the foot down hurts"), yesNo(context.painfulPlantarflexion));
    html += row(ReportText::tr("The pain started suddenly"), yesNo(context.suddenOnset));
    html += row(ReportText::tr("A risk of blood clots"), yesNo(answers.clotRisk));
    html += row(ReportText::tr("Throbbing or cramping pain at rest"), yesNo(answers.restPain));
    QStringList flags;
    for (RedFlag flag : effectiveRedFlags(answers)) // clot-signs included, derived from the two answers above
        flags.append(content.redFlag(flag).shortText);
    html += row(ReportText::tr("Warning signs"),
                flags.isEmpty() ? ReportText::tr("None") : flags.join(QStringLiteral("; ")));
    return html + QStringLiteral("</table>");
}

QString legHtml(const LegResult &leg, const SelfTestContent &content, const References &references, QStringList &cited)
{
    const Answers &answers = leg.answers;
    const Assessment &result = leg.assessment;
    // A result keeps the words it was shown in; those that are the data's own English read in today's language.
    QString html = QStringLiteral("<h3>%1 — %2</h3>")
                       .arg(esc(assessment::legName(answers.side)), esc(translatedDataText(result.headline)));
    html += QStringLiteral("<table class='answers'>");
    html += row(ReportText::tr("Where it hurts"),
                answers.where ? content.area(*answers.where).label : ReportText::tr("Not answered"));
    html += row(ReportText::tr("Bench test (knee bent)"), levelText(answers.bench, content));
    html += row(ReportText::tr("Wall test (knee straight)"), levelText(answers.wall, content));
    QString distance = answers.kneeToWallCm ? ReportText::tr("%1 cm").arg(formatCentimetres(*answers.kneeToWallCm))
                                            : ReportText::tr("Not measured");
    if (answers.otherLegKneeToWallCm)
        distance += QStringLiteral(" ") +
                    ReportText::tr("(other leg %1 cm)").arg(formatCentimetres(*answers.otherLegKneeToWallCm));
    html += row(ReportText::tr("Knee-to-wall distance"), distance);
    const QString confidence = confidenceName(result);
    html +=
        row(ReportText::tr("Verdict"),
            confidence.isEmpty() ? verdictName(result.verdict)
                                 : ReportText::tr("%1 (%2)").arg(verdictName(result.verdict), confidence.toLower()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                .arg(esc(ReportText::tr("Why:")), esc(result.explanation),
                     citedLabels(result.explanationSources, references, cited));
    html += QStringLiteral("<p><b>%1</b></p><ol>")
                .arg(esc(result.verdict == Verdict::SeekCare ? ReportText::tr("What to do now:")
                                                             : ReportText::tr("What you can do:")));
    for (const Advice &advice : result.advice) {
        html += QStringLiteral("<li><b>%1.</b> %2")
                    .arg(esc(translatedDataText(advice.title)), esc(translatedDataText(advice.text)));
        if (!advice.dosage.isEmpty() && result.verdict != Verdict::SeekCare)
            html += QStringLiteral("<br/><i>%1</i> %2").arg(esc(ReportText::tr("How much:")), esc(advice.dosage));
        html += citedLabels(advice.sources, references, cited) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

// The chart as a picture for the document, on paper colours: laid out at the size it is shown (kChartWidth
// by kChartHeight document pixels) and drawn at print resolution.
constexpr int kChartWidth = 620;
constexpr int kChartHeight = 310;

// A chart painted on paper colours at print resolution, by `paint` into the area it is given.
QImage paperChart(const std::function<void(QPainter &, const QRectF &, const QPalette &, const QFont &)> &paint)
{
    constexpr qreal scale = 300.0 / 96.0;
    QImage image(qRound(kChartWidth * scale), qRound(kChartHeight * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    image.fill(Qt::white);
    QPalette paper;
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::WindowText, palette::kReportInk);
    QPainter painter(&image);
    painter.scale(scale, scale);
    QFont font;
    font.setPixelSize(12);
    paint(painter, QRectF(0, 0, kChartWidth, kChartHeight).adjusted(4, 4, -4, -4), paper, font);
    return image;
}

QImage chartImage(const std::vector<history::TrendPoint> &points, const QString &title)
{
    return paperChart([&](QPainter &painter, const QRectF &area, const QPalette &paper, const QFont &font) {
        paintTrend(painter, area, points, paper, font, title);
    });
}

QImage measurementImage(measure::Test test, const std::vector<history::SavedMeasurement> &measurements)
{
    return paperChart([&](QPainter &painter, const QRectF &area, const QPalette &paper, const QFont &font) {
        paintMeasurements(painter, area, test, measurements, paper, font);
    });
}

// Each test measured: its chart and, per leg, the latest against the first.
QString measurementsHtml(QTextDocument &document, const std::vector<history::SavedMeasurement> &measurements,
                         const References &references, QStringList &cited)
{
    if (measurements.empty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Measurements")));
    const std::vector<history::SeriesChange> changes = history::changesSinceFirst(measurements);
    for (measure::Test test : {measure::Test::HeelRaise, measure::Test::KneeToWall}) {
        std::vector<history::SavedMeasurement> ofTest;
        for (const history::SavedMeasurement &m : measurements) {
            if (m.test == test)
                ofTest.push_back(m);
        }
        if (ofTest.empty())
            continue;
        const bool raises = test == measure::Test::HeelRaise;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(raises ? ReportText::tr("Heel-raise test") : ReportText::tr("Knee-to-wall")));
        const QString name = QStringLiteral("measurements-%1.png").arg(measure::idOf(test));
        document.addResource(QTextDocument::ImageResource, QUrl(name), measurementImage(test, ofTest));
        html += QStringLiteral("<p><img src='%1' width='%2' height='%3'/></p>")
                    .arg(name)
                    .arg(kChartWidth)
                    .arg(kChartHeight);
        const QStringList sources{raises ? QStringLiteral("HebertLosier2017") : QStringLiteral("Powden2015")};
        for (const history::SeriesChange &series : changes) {
            if (series.first.test != test)
                continue;
            const QString unit = raises ? ReportText::tr("raises") : ReportText::tr("cm");
            const QString leg =
                series.first.side == Side::Left ? ReportText::tr("Left leg") : ReportText::tr("Right leg");
            const QString sentence =
                (series.change.beyondError
                     ? ReportText::tr("%1: from %2 %4 on %3 to %5 %4 on %6, beyond measurement error.")
                     : ReportText::tr("%1: from %2 %4 on %3 to %5 %4 on %6, within measurement error."))
                    .arg(leg, QLocale().toString(series.first.value), takenAtText(series.first.takenAt), unit,
                         QLocale().toString(series.latest.value), takenAtText(series.latest.takenAt));
            html += QStringLiteral("<p>%1%2</p>").arg(esc(sentence), citedLabels(sources, references, cited));
        }
    }
    return html;
}

// The plan back to running: where it stands, its level over time with the gates passed, and its log.
QString planHtml(QTextDocument &document, const std::vector<plan::Plan> &plans, const plan::PlanContent *content,
                 const std::vector<history::SavedMeasurement> &measurements, const SelfTestContent &selfTest,
                 const References &references, QStringList &cited)
{
    if (plans.empty() || !content)
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Back to running")));
    const plan::Plan &latest = plans.back();
    const plan::Status status =
        plan::replay(*content, latest, measurements, latest.stopped.value_or(QDate::currentDate()));
    const QString state = latest.stopped  ? ReportText::tr("stopped on %1").arg(dateText(*latest.stopped))
                          : status.paused ? ReportText::tr("paused after a warning sign")
                                          : ReportText::tr("running");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportText::tr("%1, started on %2, %3. Now at level %4 of %5 (%6): %7.")
                             .arg(assessment::legName(latest.leg), dateText(latest.started), state)
                             .arg(status.level)
                             .arg(content->levelCount())
                             .arg(content->phaseOf(status.level).title, content->level(status.level).title)));
    document.addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("plan-levels.png")),
        paperChart([&](QPainter &painter, const QRectF &area, const QPalette &paper, const QFont &font) {
            paintPlanLevels(painter, area, *content, levelPoints(*content, plans, measurements),
                            paper.color(QPalette::WindowText), font);
        }));
    html +=
        QStringLiteral("<p><img src='plan-levels.png' width='%1' height='%2'/></p>").arg(kChartWidth).arg(kChartHeight);
    html += QStringLiteral("<table width='100%' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                           "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                .arg(esc(ReportText::tr("Date")), esc(ReportText::tr("What")), esc(ReportText::tr("Pain")),
                     esc(ReportText::tr("Level")), esc(ReportText::tr("Notes")));
    for (const PlanLogRow &row : planLogRows(*content, plans, measurements, &selfTest)) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(dateText(row.date)), esc(row.what), esc(row.pain), esc(row.level), esc(row.notes));
    }
    html += QStringLiteral("</table>");
    QStringList sources = content->about().sources;
    for (const plan::Phase &phase : content->phases()) {
        if (phase.gate)
            sources += phase.gate->text.sources;
    }
    sources.removeDuplicates();
    html += QStringLiteral("<p class='meta'>%1%2</p>")
                .arg(esc(ReportText::tr(
                         "Levels move with the pain of each session and the next morning; the big steps wait "
                         "for the measurements.")),
                     citedLabels(sources, references, cited));
    return html;
}

// The self-tests at a glance, a row per leg: date, leg, verdict, urgency and knee-to-wall distance.
QString summaryHtml(const std::vector<SavedSelfTest> &tests)
{
    if (tests.empty())
        return {};
    QString html = QStringLiteral("<table class='summary' width='100%' border='1' cellspacing='0' cellpadding='5'>"
                                  "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(esc(ReportText::tr("Date")), esc(ReportText::tr("Leg")), esc(ReportText::tr("Verdict")),
                            esc(ReportText::tr("Urgency")), esc(ReportText::tr("Knee-to-wall")));
    for (const SavedSelfTest &test : tests) {
        for (const LegResult &leg : test.legs) {
            const Assessment &result = leg.assessment;
            const QString confidence = result.confidence ? confidenceName(result).toLower() : QString();
            const QString verdict = confidence.isEmpty()
                                        ? verdictName(result.verdict)
                                        : ReportText::tr("%1 (%2)").arg(verdictName(result.verdict), confidence);
            const QString distance = leg.answers.kneeToWallCm
                                         ? ReportText::tr("%1 cm").arg(formatCentimetres(*leg.answers.kneeToWallCm))
                                         : ReportText::tr("Not measured");
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(dateText(test.takenAt.toLocalTime().date())), esc(assessment::legName(leg.answers.side)),
                         esc(verdict), esc(urgencyName(result)), esc(distance));
        }
    }
    return html + QStringLiteral("</table>");
}

// Each leg of the reported self-tests over those self-tests: one chart per leg, only of what was asked.
QString trendsHtml(QTextDocument &document, const std::vector<SavedSelfTest> &tests)
{
    QString html;
    bool heading = false;
    for (const auto &leg : history::chartedLegs(tests)) {
        const std::vector<history::TrendPoint> points = history::trendFor(tests, leg);
        if (!heading) {
            html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Over time")));
            heading = true;
        }
        const QString name = QStringLiteral("chart-%1.png").arg(assessment::legKey(leg));
        // The leg's name is drawn in the picture, so that a page break never parts it from its chart.
        document.addResource(QTextDocument::ImageResource, QUrl(name), chartImage(points, assessment::legName(leg)));
        html += QStringLiteral("<p><img src='%1' width='%3' height='%4'/></p><p class='meta'>%2</p>")
                    .arg(name, esc(describeTrend(points)))
                    .arg(kChartWidth)
                    .arg(kChartHeight);
    }
    return html;
}

} // namespace

QString selfTestHtml(const SavedSelfTest &test, const SelfTestContent &content, const References &references,
                     QStringList *cited)
{
    QStringList keys;
    QString html =
        QStringLiteral("<h2>%1</h2>").arg(esc(ReportText::tr("Self-test of %1").arg(takenAtText(test.takenAt))));
    html += QStringLiteral("<p class='meta'>%1</p>")
                .arg(esc(ReportText::tr("CalfAtlas %1, rules version %2").arg(test.appVersion).arg(test.ruleVersion)));
    if (!test.note.isEmpty())
        html +=
            QStringLiteral("<table class='note' width='100%' cellpadding='6'><tr><td><b>%1</b> %2</td></tr></table>")
                .arg(esc(ReportText::tr("Note:")), esc(test.note).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    if (!test.legs.empty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(ReportText::tr("About the person"))) +
                aboutHtml(test.legs.front().answers, content);
    for (const LegResult &leg : test.legs)
        html += legHtml(leg, content, references, keys);
    if (cited) {
        for (const QString &key : keys) {
            if (!cited->contains(key))
                cited->append(key);
        }
    }
    return html;
}

std::unique_ptr<QTextDocument> makeReport(const std::vector<SavedSelfTest> &tests, const SelfTestContent &content,
                                          const References &references,
                                          const std::vector<history::SavedMeasurement> &measurements,
                                          const std::vector<plan::Plan> &plans, const plan::PlanContent *planContent)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 18px; } h3 { font-size: 11.5pt; "
                       "margin-top: 12px; }"
                       "td.label { color: %1; padding-right: 16px; } .meta, .source { color: %1; }"
                       ".note { background-color: %2; } .disclaimer { color: %3; }"
                       "table.summary { border-color: %1; border-style: solid; border-collapse: collapse; }"
                       "table.summary th { background-color: %2; text-align: left; }")
            .arg(palette::kReportMuted.name(), palette::kReportNote.name(), palette::kReportDisclaimer.name()));
    QStringList cited;
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(esc(tests.size() == 1 ? ReportText::tr("CalfAtlas self-test report")
                                                  : ReportText::tr("CalfAtlas self-test history")));
    html +=
        QStringLiteral("<p class='meta'>%1</p>")
            .arg(esc(ReportText::tr("Self-tests in this report: %1. Made on %2.")
                         .arg(QLocale().toString(qlonglong(tests.size())), takenAtText(QDateTime::currentDateTime()))));
    html += summaryHtml(tests);
    for (const SavedSelfTest &test : tests)
        html += selfTestHtml(test, content, references, &cited);
    html += trendsHtml(*document, tests);
    html += measurementsHtml(*document, measurements, references, cited);
    html += planHtml(*document, plans, planContent, measurements, content, references, cited);

    html += QStringLiteral("<h2>%1</h2><ol>").arg(esc(ReportText::tr("Sources")));
    for (const QString &key : cited) {
        if (const Reference *reference = references.find(key))
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(reference->shortLabel), esc(reference->citation));
    }
    html += QStringLiteral("</ol><h2>%1</h2><p class='disclaimer'>%2</p>")
                .arg(esc(ReportText::tr("What this self-test is not")), esc(content.disclaimer()));
    document->setHtml(html);
    return document;
}

namespace {

// A section begins at a heading, or at a chart (a paragraph holding an image), unless it follows a heading.
bool beginsSection(const QTextBlock &block)
{
    if (block.blockFormat().headingLevel() > 0)
        return true;
    return block.text().contains(QChar::ObjectReplacementCharacter) &&
           !(block.previous().isValid() && block.previous().blockFormat().headingLevel() > 0);
}

// The blocks that begin the report's sections, top-level ones only, and their sections' heights.
std::vector<QTextBlock> sectionStarts(QTextDocument &report)
{
    std::vector<QTextBlock> starts;
    for (QTextBlock block = report.begin(); block.isValid(); block = block.next()) {
        if (report.frameAt(block.position()) == report.rootFrame() && (starts.empty() || beginsSection(block)))
            starts.push_back(block);
    }
    return starts;
}

void setBreakBefore(const QTextBlock &block, bool pageBreak)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(pageBreak ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
    QTextCursor(block).setBlockFormat(format);
}

ReportPages paginateAt(QTextDocument &report, const std::vector<QTextBlock> &starts, const QSizeF &page)
{
    for (const QTextBlock &block : starts)
        setBreakBefore(block, false);
    report.setPageSize(QSizeF(page.width(), -1)); // one long page, to measure
    QAbstractTextDocumentLayout *layout = report.documentLayout();
    std::vector<ReportSection> sections;
    for (size_t i = 0; i < starts.size(); ++i) {
        const double top = layout->blockBoundingRect(starts[i]).top();
        const double bottom =
            i + 1 < starts.size() ? layout->blockBoundingRect(starts[i + 1]).top() : layout->documentSize().height();
        const QTextBlock next = starts[i].next();
        const bool headingAlone = starts[i].blockFormat().headingLevel() > 0 && i + 1 < starts.size() &&
                                  next.isValid() && next == starts[i + 1];
        sections.push_back({bottom - top, headingAlone});
    }
    // What a page holds: its height less the document's margin at its top and its foot, and a little room for
    // the rounding of the page's own layout.
    const QTextFrameFormat root = report.rootFrame()->frameFormat();
    const double room = page.height() - root.topMargin() - root.bottomMargin() - page.height() * 0.01;
    ReportPages pages = paginate(sections, room);
    for (size_t index : pages.breaksBefore)
        setBreakBefore(starts[index], true);
    report.setPageSize(page);
    return pages;
}

// The height of the page number's line at the foot of each page.
double footerHeight(const QTextDocument &report, QPaintDevice &device)
{
    return QFontMetricsF(report.defaultFont(), &device).height() * 2;
}

} // namespace

ReportPages paginateReport(QTextDocument &report, QPaintDevice &device, const QSizeF &page)
{
    report.documentLayout()->setPaintDevice(&device);
    const std::vector<QTextBlock> starts = sectionStarts(report);
    // Set a little smaller when the last page would hold only a few lines.
    ReportPages pages;
    for (double scale : {1.0, 0.95, 0.9}) {
        pages = paginateAt(report, starts, page / scale);
        if (!endsOnANearlyEmptyPage(pages))
            break;
    }
    return pages;
}

int paintReport(QTextDocument &report, QPagedPaintDevice &device)
{
    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double footer = footerHeight(report, device);
    const QSizeF body(paper.width(), paper.height() - footer);
    paginateReport(report, device, body);
    const QSizeF page = report.pageSize();
    const double scale = body.width() / page.width();
    const int count = report.pageCount();
    QPainter painter(&device);
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -index * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, index * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, palette::kReportInk);
        report.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(report.defaultFont());
        painter.setPen(palette::kReportMuted);
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                         ReportText::tr("Page %1 of %2").arg(index + 1).arg(count));
    }
    return count;
}

bool writePdf(QTextDocument &report, const QString &path, QString *error)
{
    return writeUserFile(
        path,
        [&report](QIODevice &device) {
            QPdfWriter writer(&device);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
            writer.setResolution(300);
            writer.setTitle(ReportText::tr("CalfAtlas self-test report"));
            writer.setCreator(QStringLiteral("CalfAtlas " CALFATLAS_VERSION));
            return paintReport(report, writer) > 0;
        },
        error);
}

bool printReport(QTextDocument &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
    printer.setDocName(ReportText::tr("CalfAtlas self-test report"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportText::tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paintReport(report, printer);
    return true;
}

} // namespace calfatlas::app
