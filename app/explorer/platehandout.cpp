// SPDX-License-Identifier: MIT
#include "platehandout.h"

#include "diagramview.h"
#include "ui/palette.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace calfatlas::app {

namespace {
constexpr qreal kCaptionMargin = 40; // logical pixels each side of the caption
constexpr qreal kCaptionGap = 10;    // between its parts
constexpr qreal kVectorRatio = 2;    // device pixels per logical pixel of the plate's art in SVG and PDF
constexpr qreal kPageMarginMm = 12;
constexpr int kTopMargin = 16; // above the plate's edge words

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

qreal wrappedHeight(const QFont &font, qreal width, const QString &text)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace

QStringList handoutFormatIds()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

std::optional<HandoutFormat> handoutFormatFromId(const QString &id)
{
    const qsizetype index = handoutFormatIds().indexOf(id.toLower());
    if (index < 0)
        return std::nullopt;
    return HandoutFormat(index);
}

QString idOf(HandoutFormat format)
{
    return handoutFormatIds().at(int(format));
}

PlateHandout::PlateHandout(const DiagramView &view, HandoutCaption caption, int width)
    : m_view(std::make_unique<DiagramView>()), m_caption(std::move(caption)),
      m_width(std::clamp(width, kMinimumWidth, kMaximumWidth))
{
    // The copy takes the view's labels setting before its height is worked out: labels need side columns.
    m_view->resize(m_width, m_width);
    m_view->showAs(view);
    m_plateHeight = m_view->heightToFit(m_width);
    m_view->resize(m_width, m_plateHeight);
    m_view->showAs(view);
}

PlateHandout::~PlateHandout() = default;

QSize PlateHandout::size() const
{
    return {m_width, kTopMargin + m_plateHeight + int(std::ceil(captionHeight()))};
}

void PlateHandout::prepare(qreal ratio)
{
    if (!qFuzzyCompare(ratio, m_ratio)) {
        m_ratio = ratio;
        m_view->setRenderRatio(ratio);
    }
    m_view->waitForRender();
}

qreal PlateHandout::captionHeight() const
{
    const QFont base = m_view->font();
    const qreal width = m_width - 2 * kCaptionMargin;
    qreal height = kCaptionGap * 2 + wrappedHeight(scaled(base, 1.25, true), width, m_caption.title);
    if (!m_caption.detail.isEmpty())
        height += kCaptionGap / 2 + wrappedHeight(base, width, m_caption.detail);
    if (!m_caption.sources.isEmpty()) {
        height += kCaptionGap + QFontMetricsF(scaled(base, 0.9, true)).height();
        for (const QString &source : m_caption.sources)
            height += 2 + wrappedHeight(scaled(base, 0.85, false), width, source);
    }
    return height + kCaptionGap * 2;
}

// The plate as the view draws it, then the caption below it, on the plate's paper.
void PlateHandout::paint(QPainter &painter)
{
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), palette::kDiagramPaper.current());
    const qreal captionTop = kTopMargin + m_plateHeight;
    m_view->paintInto(painter, QRectF(0, kTopMargin, m_width, m_plateHeight));
    paintCaption(painter, QRectF(0, captionTop, m_width, size().height() - captionTop));
}

void PlateHandout::paintCaption(QPainter &painter, const QRectF &area) const
{
    const QPalette colours = m_view->palette();
    const QFont base = m_view->font();
    const qreal width = area.width() - 2 * kCaptionMargin;
    qreal y = area.top() + kCaptionGap;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colours.color(QPalette::PlaceholderText), 0.8));
    painter.drawLine(QPointF(kCaptionMargin, y), QPointF(area.right() - kCaptionMargin, y));
    y += kCaptionGap;
    const auto paragraph = [&](const QFont &font, const QColor &colour, const QString &text) {
        painter.setFont(font);
        painter.setPen(colour);
        const qreal height = wrappedHeight(font, width, text);
        painter.drawText(QRectF(kCaptionMargin, y, width, height), Qt::TextWordWrap | Qt::AlignLeft, text);
        y += height;
    };
    paragraph(scaled(base, 1.25, true), colours.color(QPalette::WindowText), m_caption.title);
    if (!m_caption.detail.isEmpty()) {
        y += kCaptionGap / 2;
        paragraph(base, colours.color(QPalette::WindowText), m_caption.detail);
    }
    if (!m_caption.sources.isEmpty()) {
        y += kCaptionGap;
        paragraph(scaled(base, 0.9, true), colours.color(QPalette::WindowText), tr("Sources"));
        for (const QString &source : m_caption.sources) {
            y += 2;
            paragraph(scaled(base, 0.85, false), colours.color(QPalette::PlaceholderText), source);
        }
    }
    painter.restore();
}

QImage PlateHandout::toImage(qreal scale)
{
    prepare(scale);
    QImage image((QSizeF(size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    // Text is laid out as on screen: the image takes the view's dots per inch.
    image.setDotsPerMeterX(int(std::round(m_view->logicalDpiX() / 0.0254)));
    image.setDotsPerMeterY(int(std::round(m_view->logicalDpiY() / 0.0254)));
    QPainter painter(&image);
    paint(painter);
    painter.end();
    return image;
}

// One page: the handout fitted into `page` (device units of the view's dots per inch), centred at the top.
bool PlateHandout::paintPages(QPagedPaintDevice &device, const QRectF &page, bool fillPage)
{
    prepare(kVectorRatio);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    if (fillPage)
        painter.fillRect(QRectF(0, 0, device.width(), device.height()), palette::kDiagramPaper.current());
    const QSizeF fitted = QSizeF(size()).scaled(page.size(), Qt::KeepAspectRatio);
    const qreal factor = fitted.width() / size().width();
    painter.translate(page.left() + (page.width() - fitted.width()) / 2, page.top());
    painter.scale(factor, factor);
    paint(painter);
    return painter.end();
}

bool PlateHandout::print(QPrinter &printer)
{
    // Units of the view's dots per inch, so the text is set as on screen and then scaled with the plate.
    printer.setResolution(m_view->logicalDpiY());
    return paintPages(printer, printer.pageLayout().paintRectPixels(printer.resolution()), false);
}

bool PlateHandout::write(const QString &path, HandoutFormat format, qreal scale, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        file.cancelWriting();
        if (error)
            *error = why;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool written = false;
    if (format == HandoutFormat::Png) {
        written = toImage(scale).save(&file, "PNG");
    } else if (format == HandoutFormat::Svg) {
        prepare(kVectorRatio);
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size());
        generator.setViewBox(QRect(QPoint(0, 0), size()));
        generator.setResolution(m_view->logicalDpiY());
        generator.setTitle(m_caption.title);
        generator.setDescription(m_caption.sources.join(QLatin1Char('\n')));
        QPainter painter;
        written = painter.begin(&generator);
        if (written) {
            paint(painter);
            written = painter.end();
        }
    } else {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(m_view->logicalDpiY());
        writer.setTitle(m_caption.title);
        writer.setCreator(QStringLiteral("CalfAtlas " CALFATLAS_VERSION));
        const qreal margin = kPageMarginMm / 25.4 * writer.resolution();
        written = paintPages(
            writer, QRectF(0, 0, writer.width(), writer.height()).adjusted(margin, margin, -margin, -margin), true);
    }
    if (!written)
        return fail(file.errorString().isEmpty() ? tr("the drawing could not be made") : file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace calfatlas::app
