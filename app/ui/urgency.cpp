// SPDX-License-Identifier: MIT
#include "urgency.h"

#include "palette.h"
#include "theme.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace calfatlas::app {

using assessment::Urgency;

namespace {

class UrgencyBadge {
    Q_DECLARE_TR_FUNCTIONS(UrgencyBadge)
};

QPixmap badgeIcon(Urgency urgency, const QWidget *parent)
{
    const QColor colour = urgencyColour(urgency);
    const int size = QFontMetrics(parent->font()).height() + 6;
    const qreal ratio = parent->devicePixelRatioF();
    QPixmap icon(QSize(size, size) * ratio);
    icon.setDevicePixelRatio(ratio);
    icon.fill(Qt::transparent);
    QPainter painter(&icon);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, size - 2, size - 2);
    painter.setPen(QPen(colour, 2));
    painter.setBrush(urgency == Urgency::Soon ? QBrush(Qt::NoBrush) : QBrush(colour));
    if (urgency == Urgency::Emergency)
        painter.drawPolygon(QPolygonF{{box.center().x(), box.top()}, box.bottomRight(), box.bottomLeft()});
    else
        painter.drawEllipse(box);
    QFont glyph = parent->font();
    glyph.setBold(true);
    glyph.setPixelSize(int(size * 0.62));
    painter.setFont(glyph);
    painter.setPen(urgency == Urgency::Soon ? colour : palette::kBadgeMark);
    painter.drawText(box.adjusted(0, urgency == Urgency::Emergency ? size * 0.18 : 0, 0, 0), Qt::AlignCenter,
                     urgency == Urgency::Soon ? QStringLiteral("i") : QStringLiteral("!"));
    return icon;
}

} // namespace

QColor urgencyColour(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Emergency: return palette::kEmergency;
    case Urgency::SameDay: return palette::kSameDay;
    case Urgency::Soon: return palette::kSoon;
    }
    return {};
}

QWidget *urgencyBadge(Urgency urgency, QWidget *parent)
{
    auto *badge = new QWidget(parent);
    badge->setObjectName(QStringLiteral("urgencyBadge"));
    auto *row = new QHBoxLayout(badge);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto *picture = new QLabel(badge);
    picture->setPixmap(badgeIcon(urgency, parent));
    row->addWidget(picture);
    auto *words = new QLabel(urgency == Urgency::Emergency ? UrgencyBadge::tr("Emergency: call now")
                             : urgency == Urgency::SameDay ? UrgencyBadge::tr("Urgent: be seen today")
                                                           : UrgencyBadge::tr("Soon: see a clinician within days"),
                             badge);
    words->setObjectName(QStringLiteral("urgencyWords"));
    QFont bold = words->font();
    bold.setWeight(QFont::DemiBold);
    words->setFont(bold);
    QPalette palette = words->palette();
    // The same hue, lighter on a dark window so that the words stay readable.
    palette.setColor(QPalette::WindowText,
                     isDarkPalette() ? urgencyColour(urgency).lighter(160) : urgencyColour(urgency));
    words->setPalette(palette);
    row->addWidget(words);
    row->addStretch(1);
    badge->setAccessibleName(words->text());
    return badge;
}

} // namespace calfatlas::app
