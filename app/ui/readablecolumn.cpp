// SPDX-License-Identifier: MIT
#include "readablecolumn.h"

#include <QHBoxLayout>
#include <QWidget>

namespace calfatlas::app {

QWidget *readableColumn(QWidget *content, int maxWidth, ColumnPlace place, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    content->setMaximumWidth(maxWidth);
    if (place == ColumnPlace::Centre)
        row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);
    return holder;
}

} // namespace calfatlas::app
