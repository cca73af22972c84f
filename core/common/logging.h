// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// What CalfAtlas can trace for a bug report, off unless asked for, for example:
//   QT_LOGGING_RULES="calfatlas.*.debug=true" calfatlas
// calfatlas.history: opening, migrating and moving aside the history file; calfatlas.data: loading the data
// files; calfatlas.plan: every action on the plan back to running.
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcData)
Q_DECLARE_LOGGING_CATEGORY(lcPlan)
