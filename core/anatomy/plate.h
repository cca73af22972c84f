// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::anatomy {

// One drawn element of a plate: a structure of the knowledge base, or art that is not one (ids "art-…").
struct PlatePiece {
    QString id;
    int layer = 0; // index into Plate::layers(), 0 = outermost
    bool isStructure = false;
    // When set, the piece is drawn only while this structure (or the piece itself) is selected: detail that
    // lies inside another structure, such as the venous sinuses inside the soleus.
    QString shownWith;
};

// An anatomy plate (one SVG view) and what the explorer needs to know about it without rendering it:
// its layers from the outside in, the pieces of each layer in paint order, and the origin and insertion
// markers. Rendering happens elsewhere, off the GUI thread, from the same bytes.
class Plate {
public:
    // Reads a plate; on a malformed file returns an invalid plate and says why in *problem.
    static Plate fromFile(const QString &path, QString *problem = nullptr);
    static Plate fromBytes(const QByteArray &svg, const QString &name, QString *problem = nullptr);

    bool isValid() const { return !m_svg.isEmpty(); }
    const QString &name() const { return m_name; }
    const QByteArray &svg() const { return m_svg; }
    QRectF viewBox() const { return m_viewBox; }
    const QStringList &layers() const { return m_layers; } // layer ids, outermost first
    // Every piece in paint order (innermost layer first, then outwards).
    const QList<PlatePiece> &pieces() const { return m_pieces; }
    QStringList structureIds() const;
    // The pieces that are drawn only while something is selected (see PlatePiece::shownWith), shown for that
    // selection.
    QStringList shownWhenSelected(const QString &selectedId) const;
    bool isShownOnlyWithSelection(const QString &pieceId) const;
    int layerOf(const QString &pieceId) const;
    bool hasStructure(const QString &id) const { return layerOf(id) >= 0 && !id.startsWith(QLatin1String("art-")); }
    // Where a muscle arises or inserts, in plate coordinates, if the plate marks it.
    std::optional<QPointF> origin(const QString &structureId) const;
    std::optional<QPointF> insertion(const QString &structureId) const;

private:
    QString m_name;
    QByteArray m_svg;
    QRectF m_viewBox;
    QStringList m_layers;
    QList<PlatePiece> m_pieces;
    QHash<QString, QPointF> m_origins;
    QHash<QString, QPointF> m_insertions;
};

} // namespace calfatlas::anatomy
