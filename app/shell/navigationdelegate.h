// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace calfatlas::app {

// Paints the sidebar's entries: a rounded tint behind the current one and under the pointer, taken from
// the palette at paint time so it follows the light and dark themes (and costs no style sheet).
class NavigationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace calfatlas::app
