// SPDX-License-Identifier: MIT
// Renders the app's SVG icon to the PNG sizes a desktop installs, at build time:
//   calfatlas-iconrender ICON.svg OUT_DIR SIZE...   writes OUT_DIR/SIZExSIZE/apps/NAME.png
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 5) {
        err << "usage: calfatlas-iconrender ICON.svg OUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "calfatlas-iconrender: cannot read " << arguments.at(1) << "\n";
        return 1;
    }
    const QString &name = arguments.at(3);
    for (const QString &sizeText : arguments.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 2048) {
            err << "calfatlas-iconrender: bad size '" << sizeText << "'\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        QDir().mkpath(folder);
        if (!image.save(folder + QLatin1Char('/') + name + QStringLiteral(".png"))) {
            err << "calfatlas-iconrender: cannot write " << folder << "\n";
            return 1;
        }
    }
    return 0;
}
