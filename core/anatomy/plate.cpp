// SPDX-License-Identifier: MIT
#include "anatomy/plate.h"

#include <QFile>
#include <QXmlStreamReader>

namespace calfatlas::anatomy {

namespace {

const QString kLayerPrefix = QStringLiteral("layer-");

// The layers a plate may have, outermost first; a plate uses them in the reverse (paint) order.
const QStringList kKnownLayers{
    QStringLiteral("skin"),          QStringLiteral("gastrocnemius"), QStringLiteral("soleus-plantaris"),
    QStringLiteral("neurovascular"), QStringLiteral("deep"),          QStringLiteral("bones-vessels")};
// The plates' own attributes live in this namespace, which renderers ignore.
const QString kPlateNamespace = QStringLiteral("urn:calfatlas:plate");

QRectF parseViewBox(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 4)
        return {};
    return {parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(), parts[3].toDouble()};
}

} // namespace

Plate Plate::fromFile(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = QStringLiteral("%1 cannot be read (%2)").arg(path, file.errorString());
        return {};
    }
    return fromBytes(file.readAll(), path, problem);
}

Plate Plate::fromBytes(const QByteArray &svg, const QString &name, QString *problem)
{
    Plate plate;
    QXmlStreamReader xml(svg);
    int depth = 0;
    int layerDepth = -1; // depth of the layer group we are in, or -1
    int currentLayer = -1;
    bool inMarkers = false;
    QList<std::pair<int, PlatePiece>> found; // (paint position, piece)
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (depth == 1 && xml.name() == QLatin1String("svg"))
                plate.m_viewBox = parseViewBox(xml.attributes().value(QLatin1String("viewBox")).toString());
            if (depth == 2 && id.startsWith(kLayerPrefix)) {
                const QString layer = id.mid(kLayerPrefix.size());
                currentLayer = int(kKnownLayers.indexOf(layer));
                if (currentLayer < 0) {
                    if (problem)
                        *problem = QStringLiteral("%1: unknown layer \"%2\"").arg(name, layer);
                    return {};
                }
                layerDepth = depth;
            } else if (depth == 2 && id == QLatin1String("art-markers")) {
                inMarkers = true;
            } else if (layerDepth > 0 && depth == layerDepth + 1 && !id.isEmpty()) {
                const QString shownWith =
                    xml.attributes().value(kPlateNamespace, QLatin1String("shown-with")).toString();
                found.append({int(found.size()),
                              PlatePiece{id, currentLayer, !id.startsWith(QLatin1String("art-")), shownWith}});
            } else if (inMarkers && xml.name() == QLatin1String("circle")) {
                const QPointF at(xml.attributes().value(QLatin1String("cx")).toDouble(),
                                 xml.attributes().value(QLatin1String("cy")).toDouble());
                if (id.startsWith(QLatin1String("art-origin-")))
                    plate.m_origins.insert(id.mid(11), at);
                else if (id.startsWith(QLatin1String("art-insertion-")))
                    plate.m_insertions.insert(id.mid(14), at);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == layerDepth)
                layerDepth = -1;
            if (depth == 2)
                inMarkers = false;
            --depth;
        }
    }
    if (xml.hasError() || plate.m_viewBox.isEmpty()) {
        if (problem)
            *problem = xml.hasError() ? QStringLiteral("%1: not a valid SVG file (%2, line %3)")
                                            .arg(name, xml.errorString())
                                            .arg(xml.lineNumber())
                                      : QStringLiteral("%1: the SVG has no viewBox").arg(name);
        return {};
    }
    // Layers keep the known outside-in order, whatever subset the plate uses.
    QList<int> used;
    for (const auto &[position, piece] : found) {
        if (!used.contains(piece.layer))
            used.append(piece.layer);
    }
    std::sort(used.begin(), used.end());
    for (int known : used)
        plate.m_layers.append(kKnownLayers.at(known));
    for (auto [position, piece] : found) {
        piece.layer = int(used.indexOf(piece.layer));
        plate.m_pieces.append(piece);
    }
    plate.m_name = name;
    plate.m_svg = svg;
    return plate;
}

QStringList Plate::structureIds() const
{
    QStringList ids;
    for (const PlatePiece &piece : m_pieces) {
        if (piece.isStructure)
            ids.append(piece.id);
    }
    return ids;
}

QStringList Plate::shownWhenSelected(const QString &selectedId) const
{
    QStringList ids;
    if (selectedId.isEmpty())
        return ids;
    for (const PlatePiece &piece : m_pieces) {
        if (!piece.shownWith.isEmpty() && (piece.shownWith == selectedId || piece.id == selectedId))
            ids.append(piece.id);
    }
    return ids;
}

bool Plate::isShownOnlyWithSelection(const QString &pieceId) const
{
    for (const PlatePiece &piece : m_pieces) {
        if (piece.id == pieceId)
            return !piece.shownWith.isEmpty();
    }
    return false;
}

int Plate::layerOf(const QString &pieceId) const
{
    for (const PlatePiece &piece : m_pieces) {
        if (piece.id == pieceId)
            return piece.layer;
    }
    return -1;
}

std::optional<QPointF> Plate::origin(const QString &structureId) const
{
    const auto it = m_origins.constFind(structureId);
    return it == m_origins.constEnd() ? std::nullopt : std::optional<QPointF>(*it);
}

std::optional<QPointF> Plate::insertion(const QString &structureId) const
{
    const auto it = m_insertions.constFind(structureId);
    return it == m_insertions.constEnd() ? std::nullopt : std::optional<QPointF>(*it);
}

} // namespace calfatlas::anatomy
