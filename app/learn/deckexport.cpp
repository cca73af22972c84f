// SPDX-License-Identifier: MIT
#include "deckexport.h"

#include "anatomy/plate.h"
#include "common/userfile.h"
#include "explorer/platerender.h"
#include "ui/palette.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QPainter>

#include <cmath>

namespace calfatlas::app {

namespace {

// Its texts' translation context, as lupdate reads it.
class DeckText {
    Q_DECLARE_TR_FUNCTIONS(DeckExport)
};

constexpr int kOutlinePixels = 3;

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A ring around the ink of a piece: its shape grown by a few pixels in every direction, less the shape itself.
QImage outline(const QImage &piece, const QColor &colour)
{
    const int grow = kOutlinePixels;
    QImage tinted = piece;
    {
        QPainter painter(&tinted);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(tinted.rect(), colour);
    }
    QImage ring(piece.size() + QSize(2 * grow, 2 * grow), QImage::Format_ARGB32_Premultiplied);
    ring.fill(Qt::transparent);
    QPainter painter(&ring);
    for (int dy = -grow; dy <= grow; ++dy) {
        for (int dx = -grow; dx <= grow; ++dx) {
            if (dx * dx + dy * dy <= grow * grow)
                painter.drawImage(grow + dx, grow + dy, tinted);
        }
    }
    painter.setCompositionMode(QPainter::CompositionMode_DestinationOut);
    painter.drawImage(grow, grow, piece);
    return ring;
}

} // namespace

QString deckName()
{
    return DeckText::tr("CalfAtlas: the lower leg");
}

CardImages cardImages(const anatomy::Plate &plate, const QString &structureId, int width)
{
    const QRectF box = plate.viewBox();
    const qreal scale = width / box.width();
    RenderRequest request;
    request.plateToDevice = QTransform::fromTranslate(-box.left(), -box.top()) * QTransform::fromScale(scale, scale);
    request.deviceRegion = QRect(0, 0, width, int(std::ceil(box.height() * scale)));
    request.plateName = plate.name();
    const RenderedPlate rendered = renderPlate(plate, request);
    // Peeled as the card asks it: the structure's layer and those beneath.
    const int layer = std::max(0, plate.layerOf(structureId));
    QImage front(request.deviceRegion.size(), QImage::Format_ARGB32_Premultiplied);
    front.fill(palette::kDiagramPaper.light);
    {
        QPainter painter(&front);
        painter.drawImage(0, 0, rendered.compose(layer));
    }
    QImage back = front;
    if (const RenderedPiece *piece = rendered.piece(structureId)) {
        QPainter painter(&back);
        QColor fill = palette::kDiagramAccent.light;
        fill.setAlpha(70);
        QImage tint = piece->image;
        {
            QPainter tinter(&tint);
            tinter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            tinter.fillRect(tint.rect(), fill);
        }
        painter.drawImage(piece->rect.topLeft(), tint);
        painter.drawImage(piece->rect.topLeft() - QPoint(kOutlinePixels, kOutlinePixels),
                          outline(piece->image, palette::kDiagramAccent.light));
    }
    return {png(front), png(back)};
}

DeckExportResult exportDeck(DeckFormat format, const QString &path, const QList<learn::StudyCard> &cards,
                            const anatomy::KnowledgeBase &base, const References &references)
{
    const QList<learn::AnkiNote> notes = learn::ankiNotes(cards, base, references);
    DeckExportResult result;
    result.notes = int(notes.size());
    QString error;
    if (format == DeckFormat::Text) {
        result.ok = writeUserFile(path, learn::ankiText(notes, deckName()), &error);
    } else {
        const anatomy::Plate plate = anatomy::Plate::fromFile(learn::studyPlatePath());
        QHash<QString, QByteArray> media;
        for (const learn::StudyCard &card : cards) {
            if (card.question.kind != learn::QuestionKind::Click)
                continue;
            const CardImages images = cardImages(plate, card.question.answer);
            media.insert(learn::ankiImageName(card.id, false), images.front);
            media.insert(learn::ankiImageName(card.id, true), images.back);
        }
        result.images = int(media.size());
        result.ok =
            learn::writeAnkiPackage(path, notes, media, deckName(), QDateTime::currentMSecsSinceEpoch(), &error);
    }
    const QString file = QDir::toNativeSeparators(path);
    result.message = result.ok ? DeckText::tr("%1 cards written to %2.").arg(result.notes).arg(file)
                               : DeckText::tr("The deck could not be written to %1: %2").arg(file, error);
    return result;
}

} // namespace calfatlas::app
