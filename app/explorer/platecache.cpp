// SPDX-License-Identifier: MIT
#include "platecache.h"

#include "ui/startupclock.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <cstring>
#include <memory>

namespace calfatlas::app {

namespace {

constexpr char kMagic[8] = {'C', 'A', 'L', 'F', 'R', 'A', 'S', 'T'};
constexpr quint32 kFormat = 2;
constexpr qsizetype kAlign = 16;       // each piece's pixels start on such a boundary, as QImage wants
constexpr qsizetype kPrefixBytes = 16; // magic, format, the header's size
const QString kSuffix = QStringLiteral(".raster");

// Everything the pixels depend on, hashed.
QByteArray keyOf(const anatomy::Plate &plate, const RenderRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray parameters;
    QDataStream out(&parameters, QIODevice::WriteOnly);
    out << kFormat << QString::fromLatin1(qVersion()) << request.plateToDevice << request.deviceRegion;
    hash.addData(parameters);
    hash.addData(plate.svg());
    return hash.result();
}

const anatomy::PlatePiece *pieceOf(const anatomy::Plate &plate, const QString &id)
{
    for (const anatomy::PlatePiece &piece : plate.pieces()) {
        if (piece.id == id)
            return &piece;
    }
    return nullptr;
}

qsizetype aligned(qsizetype size)
{
    return (size + kAlign - 1) / kAlign * kAlign;
}

// A quick 64-bit checksum of a piece's pixels (rows of whole 32-bit pixels, so whole words but perhaps one).
quint64 checksum(const uchar *bytes, qsizetype size)
{
    quint64 sum = 0xcbf29ce484222325ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, bytes + i, 8);
        sum = (sum ^ word) * 0x100000001b3ULL;
    }
    for (; i < size; ++i)
        sum = (sum ^ bytes[i]) * 0x100000001b3ULL;
    return sum;
}

// Where a piece's pixels lie in the file's data, and their checksum.
struct Stored {
    RenderedPiece piece;
    qint32 layer = 0;
    quint64 offset = 0;
    quint64 sum = 0;
};

QDataStream &operator>>(QDataStream &in, Stored &stored)
{
    return in >> stored.piece.id >> stored.layer >> stored.piece.isStructure >> stored.piece.onDemand >>
           stored.piece.rect >> stored.offset >> stored.sum;
}

// Whether a stored piece is one the plate draws, as the plate draws it, within the request.
bool fits(const Stored &stored, const anatomy::Plate &plate, const RenderRequest &request)
{
    const anatomy::PlatePiece *drawn = pieceOf(plate, stored.piece.id);
    return drawn && drawn->layer == stored.layer && drawn->isStructure == stored.piece.isStructure &&
           drawn->shownWith.isEmpty() != stored.piece.onDemand && !stored.piece.rect.isEmpty() &&
           request.deviceRegion.contains(stored.piece.rect);
}

// The pixels of each piece as stored: ARGB32 premultiplied rows without padding.
QImage storedPixels(const QImage &image)
{
    return image.format() == QImage::Format_ARGB32_Premultiplied
               ? image
               : image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

PlateRasterCache::PlateRasterCache(QString folder, qint64 limitBytes)
    : m_folder(std::move(folder)), m_limitBytes(limitBytes)
{
}

QString PlateRasterCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/plates");
}

QString PlateRasterCache::fileFor(const anatomy::Plate &plate, const RenderRequest &request) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(keyOf(plate, request).toHex().left(40)) + kSuffix;
}

std::optional<RenderedPlate> PlateRasterCache::load(const anatomy::Plate &plate, const RenderRequest &request) const
{
    const QString path = fileFor(plate, request);
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return std::nullopt;
    startupMark("cache-read");
    std::optional<RenderedPlate> result = read(*file, plate, request);
    if (!result) {
        file->close();
        QFile::remove(path); // unreadable: rendered afresh and stored again
        return std::nullopt;
    }
    // The pieces' images use the mapped file in place, and keep it mapped until the last of them goes.
    for (RenderedPiece &piece : result->pieces) {
        const uchar *pixels = piece.image.constBits();
        piece.image = QImage(
            pixels, piece.rect.width(), piece.rect.height(), qsizetype(piece.rect.width()) * 4,
            QImage::Format_ARGB32_Premultiplied,
            [](void *owner) { delete static_cast<std::shared_ptr<QFile> *>(owner); }, new std::shared_ptr<QFile>(file));
    }
    // Used now: the last to go when the folder is trimmed.
    QFile touch(path);
    if (touch.open(QIODevice::ReadWrite))
        touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    result->fromCache = true;
    startupMark("cache-unpacked");
    return result;
}

// The file's pieces, checked whole against the plate and the request; each image a view of the mapped file that
// load() turns into one that keeps the mapping alive.
std::optional<RenderedPlate> PlateRasterCache::read(QFile &file, const anatomy::Plate &plate,
                                                    const RenderRequest &request) const
{
    const qint64 size = file.size();
    const uchar *map = size > kPrefixBytes ? file.map(0, size) : nullptr;
    if (!map || std::memcmp(map, kMagic, sizeof(kMagic)) != 0)
        return std::nullopt;
    quint32 format = 0;
    quint32 headerBytes = 0;
    std::memcpy(&format, map + 8, 4);
    std::memcpy(&headerBytes, map + 12, 4);
    const qsizetype dataStart = aligned(kPrefixBytes + qsizetype(headerBytes));
    if (format != kFormat || dataStart > size)
        return std::nullopt;
    QDataStream in(QByteArray::fromRawData(reinterpret_cast<const char *>(map + kPrefixBytes), headerBytes));
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray key;
    quint32 count = 0;
    in >> key >> count;
    if (in.status() != QDataStream::Ok || key != keyOf(plate, request) || count > quint32(plate.pieces().size()))
        return std::nullopt;
    RenderedPlate result;
    result.request = request;
    for (quint32 i = 0; i < count; ++i) {
        Stored stored;
        in >> stored;
        const qsizetype bytes = qsizetype(stored.piece.rect.width()) * stored.piece.rect.height() * 4;
        if (in.status() != QDataStream::Ok || !fits(stored, plate, request) || stored.offset % kAlign != 0 ||
            qint64(stored.offset) > size - dataStart - bytes)
            return std::nullopt;
        const uchar *pixels = map + dataStart + stored.offset;
        if (checksum(pixels, bytes) != stored.sum)
            return std::nullopt;
        stored.piece.layer = stored.layer;
        stored.piece.image = QImage(pixels, stored.piece.rect.width(), stored.piece.rect.height(),
                                    qsizetype(stored.piece.rect.width()) * 4, QImage::Format_ARGB32_Premultiplied);
        result.pieces.append(std::move(stored.piece));
    }
    if (!in.atEnd())
        return std::nullopt;
    return result;
}

bool PlateRasterCache::store(const anatomy::Plate &plate, const RenderedPlate &rendered) const
{
    if (rendered.isEmpty() || !QDir().mkpath(m_folder))
        return false;
    QList<QImage> images;
    QByteArray header;
    QDataStream out(&header, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << keyOf(plate, rendered.request) << quint32(rendered.pieces.size());
    quint64 offset = 0;
    for (const RenderedPiece &piece : rendered.pieces) {
        const QImage image = storedPixels(piece.image);
        const qsizetype bytes = qsizetype(image.width()) * image.height() * 4;
        if (image.size() != piece.rect.size() || image.bytesPerLine() != qsizetype(image.width()) * 4)
            return false;
        out << piece.id << qint32(piece.layer) << piece.isStructure << piece.onDemand << piece.rect << offset
            << checksum(image.constBits(), bytes);
        offset += quint64(aligned(bytes));
        images.append(image);
    }
    const quint32 headerBytes = quint32(header.size());
    QByteArray prefix(kPrefixBytes, '\0');
    std::memcpy(prefix.data(), kMagic, sizeof(kMagic));
    std::memcpy(prefix.data() + 8, &kFormat, 4);
    std::memcpy(prefix.data() + 12, &headerBytes, 4);
    header.append(QByteArray(aligned(kPrefixBytes + header.size()) - kPrefixBytes - header.size(), '\0'));
    const QString path = fileFor(plate, rendered.request);
    QSaveFile file(path);
    bool ok =
        file.open(QIODevice::WriteOnly) && file.write(prefix) == prefix.size() && file.write(header) == header.size();
    for (const QImage &image : std::as_const(images)) {
        const qsizetype bytes = qsizetype(image.width()) * image.height() * 4;
        ok = ok && file.write(reinterpret_cast<const char *>(image.constBits()), bytes) == bytes &&
             file.write(QByteArray(aligned(bytes) - bytes, '\0')) == aligned(bytes) - bytes;
    }
    if (!ok || !file.commit())
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    trim(path);
    return true;
}

// Removes the entries used longest ago until the folder is within its limit; the one just kept stays.
void PlateRasterCache::trim(const QString &kept) const
{
    QFileInfoList entries = QDir(m_folder).entryInfoList({QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Time);
    qint64 total = 0;
    for (const QFileInfo &entry : std::as_const(entries))
        total += entry.size();
    // Newest first: remove from the end.
    while (total > m_limitBytes && !entries.isEmpty()) {
        const QFileInfo oldest = entries.takeLast();
        if (oldest.absoluteFilePath() == QFileInfo(kept).absoluteFilePath())
            continue;
        if (QFile::remove(oldest.absoluteFilePath()))
            total -= oldest.size();
    }
}

RenderedPlate renderOrRecall(const anatomy::Plate &plate, const RenderRequest &request,
                             const std::shared_ptr<const PlateRasterCache> &cache, int firstLayer)
{
    std::optional<RenderedPlate> recalled = cache ? cache->load(plate, request) : std::nullopt;
    RenderedPlate result = recalled ? std::move(*recalled) : renderPlate(plate, request);
    if (result.isEmpty())
        return result;
    result.composed.insert(firstLayer, result.composeInk(firstLayer));
    if (cache && !result.fromCache) {
        // Written while the diagram is shown; the images are shared, not copied.
        QThreadPool::globalInstance()->start([cache, plate, result] { cache->store(plate, result); });
    }
    startupMark("composed");
    return result;
}

} // namespace calfatlas::app
