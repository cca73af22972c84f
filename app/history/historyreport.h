// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftestcontent.h"
#include "common/references.h"
#include "history/record.h"
#include "plan/planengine.h"
#include "reportpages.h"

#include <QSizeF>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;
class QWidget;

namespace calfatlas::app {

// A report a clinician can read: a summary of the self-tests at the top (date, leg, verdict, urgency,
// knee-to-wall), then for each self-test its answers, the verdict and why, the advice and the note; then
// each leg's trend over these self-tests (and no others), the sources in full and what the self-test is not.
// With measurements, a section of them: each test's chart, and for each leg the latest against the first,
// beyond or within measurement error. With a plan back to running, its level over time and its log.
std::unique_ptr<QTextDocument> makeReport(const std::vector<history::SavedSelfTest> &tests,
                                          const assessment::SelfTestContent &content, const References &references,
                                          const std::vector<history::SavedMeasurement> &measurements = {},
                                          const std::vector<plan::Plan> &plans = {},
                                          const plan::PlanContent *planContent = nullptr);

// One self-test as HTML (answers, verdict and why, advice), for the detail pane; cited source keys are added
// to *cited when given.
QString selfTestHtml(const history::SavedSelfTest &test, const assessment::SelfTestContent &content,
                     const References &references, QStringList *cited = nullptr);

// Lays the report out on pages of `page` (in the device's pixels): each section kept on one page, no heading
// at the foot of a page, and set a little smaller when that saves a nearly empty last page. Returns the
// decision; the document is then paginated to match.
ReportPages paginateReport(QTextDocument &report, QPaintDevice &device, const QSizeF &page);

// Paints the report onto the device's pages, numbered at the foot; the number of pages.
int paintReport(QTextDocument &report, QPagedPaintDevice &device);

// Writes the report as an A4 PDF, atomically and readable by the person alone; false with a reason on failure.
bool writePdf(QTextDocument &report, const QString &path, QString *error = nullptr);

// Asks for a printer and prints the report; false when the person cancelled.
bool printReport(QTextDocument &report, QWidget *parent);

} // namespace calfatlas::app
