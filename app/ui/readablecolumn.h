// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace calfatlas::app {

// Where a readable column sits in a window wider than it: on the left, in line with a page title above it, or
// in the middle.
enum class ColumnPlace { Left, Centre };

// A widget in `parent` holding `content` at most `maxWidth` pixels wide, so that lines of text stay a readable
// length however wide the window is; the spare width goes beside it. For a scroll area's widget.
QWidget *readableColumn(QWidget *content, int maxWidth, ColumnPlace place, QWidget *parent);

} // namespace calfatlas::app
