// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace calfatlas::app {

class DiagramView;

// What a handout says under its plate: which plate of which leg, what it shows (peel, selection), and the
// sources behind it, each a full citation.
struct HandoutCaption {
    QString title;
    QString detail;
    QStringList sources;
};

enum class HandoutFormat { Png, Svg, Pdf };

// "png", "svg", "pdf": the file suffix of each format, in the order a person is offered them.
QStringList handoutFormatIds();
std::optional<HandoutFormat> handoutFormatFromId(const QString &id);
QString idOf(HandoutFormat format);

// A plate for taking away: the view a person has, drawn afresh at the size of the file or page (not scaled
// from the screen) by the same painting code as on screen, with a caption below. It keeps its own copy of the
// view, so the screen may change meanwhile.
class PlateHandout {
    Q_DECLARE_TR_FUNCTIONS(PlateHandout)

public:
    static constexpr int kDefaultWidth = 1100; // logical pixels: wide enough for the label columns
    static constexpr int kMinimumWidth = 480;
    static constexpr int kMaximumWidth = 4000;

    PlateHandout(const DiagramView &view, HandoutCaption caption, int width = kDefaultWidth);
    ~PlateHandout();
    PlateHandout(const PlateHandout &) = delete;
    PlateHandout &operator=(const PlateHandout &) = delete;

    // The whole handout, plate and caption, in logical pixels (a PNG at scale 1 has this size).
    QSize size() const;
    const HandoutCaption &caption() const { return m_caption; }

    // The handout as an image of size() × scale pixels.
    QImage toImage(qreal scale);
    // Writes the file atomically (the whole new file or nothing); PNG at `scale`, SVG and PDF as drawings.
    // On failure returns false with the reason in *error.
    bool write(const QString &path, HandoutFormat format, qreal scale, QString *error);
    // Fits the handout to the printer's page and prints it.
    bool print(QPrinter &printer);

private:
    void prepare(qreal ratio);
    void paint(QPainter &painter);
    void paintCaption(QPainter &painter, const QRectF &area) const;
    qreal captionHeight() const;
    bool paintPages(QPagedPaintDevice &device, const QRectF &page, bool fillPage);

    std::unique_ptr<DiagramView> m_view; // never shown: draws at the handout's size
    HandoutCaption m_caption;
    int m_width;
    int m_plateHeight = 0;
    qreal m_ratio = 0;
};

} // namespace calfatlas::app
