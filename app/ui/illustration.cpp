// SPDX-License-Identifier: MIT
#include "ui/illustration.h"

#include <QPainter>

namespace calfatlas::app {

QString Illustration::resourcePath(const QString &name)
{
    return QStringLiteral(":/calfatlas/illustrations/%1.svg").arg(name);
}

Illustration::Illustration(const QString &name, const QSize &preferred, QWidget *parent)
    : QWidget(parent), m_renderer(resourcePath(name)), m_preferred(preferred)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(preferred / 2);
}

int Illustration::heightForWidth(int width) const
{
    const QSizeF box = m_renderer.viewBoxF().size();
    return box.isEmpty() ? m_preferred.height()
                         : int(std::min<qreal>(m_preferred.height(), width * box.height() / box.width()));
}

void Illustration::paintEvent(QPaintEvent *)
{
    if (!m_renderer.isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF size = m_renderer.viewBoxF().size();
    size.scale(QSizeF(this->size()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    m_renderer.render(&painter, target);
}

} // namespace calfatlas::app
