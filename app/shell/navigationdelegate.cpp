// SPDX-License-Identifier: MIT
#include "navigationdelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace calfatlas::app {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF box = QRectF(option.rect).adjusted(10, 2, -10, -2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(box, 7, 7);
        painter->fillPath(path, selected ? mixed(window, palette.color(QPalette::Highlight), 0.22)
                                         : mixed(window, text, 0.07));
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        painter->setPen(QPen(mixed(window, palette.color(QPalette::Highlight), 0.7), 1));
        painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
    }
    const int iconSize = option.decorationSize.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    // Too narrow for the name (the sidebar shows icons only): the icon alone, centred.
    const bool iconOnly = box.width() < iconSize + 60;
    const QRect iconRect(iconOnly ? int(box.center().x()) - iconSize / 2 : int(box.left()) + 10,
                         int(box.center().y()) - iconSize / 2, iconSize, iconSize);
    icon.paint(painter, iconRect);
    if (iconOnly) {
        painter->restore();
        return;
    }
    QFont font = option.font;
    font.setWeight(selected ? QFont::DemiBold : QFont::Normal);
    painter->setFont(font);
    painter->setPen(text);
    const QRectF textRect = box.adjusted(iconSize + 20, 0, -6, 0);
    painter->drawText(
        textRect, Qt::AlignVCenter | Qt::AlignLeft,
        painter->fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, int(textRect.width())));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width(), std::max(base.height(), option.fontMetrics.height()) + 22};
}

} // namespace calfatlas::app
