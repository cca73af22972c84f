// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/assessment.h"
#include "history/record.h"

#include <QString>

namespace calfatlas::app {

// Words for a saved self-test in lists, the detail pane and reports.
QString verdictName(assessment::Verdict verdict);
// "Emergency", "Same day", "Soon", or "No warning signs".
QString urgencyName(const assessment::Assessment &assessment);
// "Likely", "Possible", "Same day", "Soon", or empty.
QString confidenceName(const assessment::Assessment &assessment);
// "2 Mar 2026" ("2. März 2026" in German).
QString dateText(const QDate &date);
// "2 Mar 2026, 08:30" in local time.
QString takenAtText(const QDateTime &time);
// "Left leg / Right leg", for the detail; "Left", "Left, right" or "Not given" for the list.
QString legsText(const history::SavedSelfTest &test);
QString shortLegsText(const history::SavedSelfTest &test);
// One verdict per leg, joined: "Soleus / Gastrocnemius".
QString verdictsText(const history::SavedSelfTest &test);
QString confidencesText(const history::SavedSelfTest &test);

} // namespace calfatlas::app
