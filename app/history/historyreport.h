// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftestcontent.h"
#include "common/references.h"
#include "history/record.h"
#include "plan/planengine.h"

#include <QString>

#include <memory>
#include <vector>

class QTextDocument;
class QWidget;

namespace calfatlas::app {

// A report a clinician can read: for each self-test its answers, the verdict and why, the advice and the
// note; then each leg's trend over `history`, the sources in full and what the self-test is not.
// With measurements, a section of them: each test's chart, and for each leg the latest against the first,
// beyond or within measurement error. With a plan back to running, its level over time and its log.
std::unique_ptr<QTextDocument> makeReport(const std::vector<history::SavedSelfTest> &tests,
                                          const std::vector<history::SavedSelfTest> &history,
                                          const assessment::SelfTestContent &content, const References &references,
                                          const std::vector<history::SavedMeasurement> &measurements = {},
                                          const std::vector<plan::Plan> &plans = {},
                                          const plan::PlanContent *planContent = nullptr);

// One self-test as HTML (answers, verdict and why, advice), for the detail pane; cited source keys are added
// to *cited when given.
QString selfTestHtml(const history::SavedSelfTest &test, const assessment::SelfTestContent &content,
                     const References &references, QStringList *cited = nullptr);

// Writes the report as an A4 PDF, atomically and readable by the person alone; false with a reason on failure.
bool writePdf(QTextDocument &report, const QString &path, QString *error = nullptr);

// Asks for a printer and prints the report; false when the person cancelled.
bool printReport(QTextDocument &report, QWidget *parent);

} // namespace calfatlas::app
