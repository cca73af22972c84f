// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace calfatlas {

// Wraps a paragraph at `width` columns, every line indented by `indent` spaces, for plain-text reports.
QString wrapText(const QString &text, int indent = 0, int width = 78);

} // namespace calfatlas
