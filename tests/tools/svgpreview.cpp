// SPDX-License-Identifier: MIT
// Renders an anatomy plate the way the app's Qt SVG does, to a PNG, for looking at the art:
//   calfatlas-svgpreview IN.svg OUT.png [WIDTH] [--hide LAYER]... [--dark]
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: calfatlas-svgpreview IN.svg OUT.png [WIDTH] [--hide LAYER]... [--dark]\n";
        return 2;
    }
    const QString in = args.takeFirst();
    const QString out = args.takeFirst();
    int width = 900;
    QStringList hidden;
    bool dark = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--hide") && !args.isEmpty())
            hidden << args.takeFirst();
        else if (arg == QLatin1String("--dark"))
            dark = true;
        else
            width = arg.toInt();
    }
    QSvgRenderer renderer(in);
    if (!renderer.isValid()) {
        err << "cannot read " << in << "\n";
        return 1;
    }
    const QRectF box = renderer.viewBoxF();
    const qreal scale = width / box.width();
    QImage image(QSize(width, int(box.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(dark ? QColor(0x1E, 0x21, 0x24) : QColor(0xFA, 0xFA, 0xF7));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QStringList layers{QStringLiteral("bones-vessels"), QStringLiteral("deep"),
                             QStringLiteral("neurovascular"), QStringLiteral("soleus-plantaris"),
                             QStringLiteral("gastrocnemius"), QStringLiteral("skin")};
    if (!renderer.elementExists(QStringLiteral("layer-bones-vessels")))
        renderer.render(&painter, QRectF(QPointF(0, 0), image.size())); // a drawing without layers
    for (const QString &layer : layers) {
        if (hidden.contains(layer))
            continue;
        const QString id = QStringLiteral("layer-") + layer;
        if (!renderer.elementExists(id))
            continue;
        const QRectF bounds = renderer.boundsOnElement(id);
        if (bounds.isEmpty())
            continue;
        const QRectF target((bounds.x() - box.x()) * scale, (bounds.y() - box.y()) * scale, bounds.width() * scale,
                            bounds.height() * scale);
        renderer.render(&painter, id, target);
    }
    painter.end();
    return image.save(out) ? 0 : 1;
}
