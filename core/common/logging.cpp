// SPDX-License-Identifier: MIT
#include "common/logging.h"

// Warnings are shown by default; info and debug only when QT_LOGGING_RULES asks for them.
Q_LOGGING_CATEGORY(lcHistory, "calfatlas.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcData, "calfatlas.data", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPlan, "calfatlas.plan", QtWarningMsg)
