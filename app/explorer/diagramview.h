// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/labellayout.h"
#include "anatomy/plate.h"
#include "overlays.h"
#include "platerender.h"

#include <QBrush>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <memory>

class QVariantAnimation;

namespace calfatlas::app {

class PlateRasterCache;

// What the diagram shows about a structure: its name (tooltips, labels) and one line (screen readers).
struct StructureText {
    QString name;
    QString summary;
};

// The interactive plate: peel layers, hover and select structures (exact to their drawn shape), zoom and
// pan, move through structures with the keyboard. The SVG is rasterised piece by piece off the GUI thread
// at device-pixel size; painting only blits those images and draws overlays.
class DiagramView : public QWidget {
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    void setPlate(const anatomy::Plate &plate);
    // Where rasterised plates are kept between runs (none by default); only the fitted view is kept.
    void setRasterCache(std::shared_ptr<const PlateRasterCache> cache) { m_cache = std::move(cache); }
    const anatomy::Plate &plate() const { return m_plate; }
    void setStructureTexts(const QHash<QString, StructureText> &texts);
    QString nameOf(const QString &id) const;
    QString summaryOf(const QString &id) const;
    // Words for the edges of the plate (for example "Medial", "Lateral"), clockwise from the top.
    void setOrientation(const QStringList &topRightBottomLeft);
    const QStringList &orientation() const { return m_orientation; }
    // Shows the plate mirrored left to right (a slice as a CT or MRI scan shows it, seen from below); labels,
    // markers and picking follow.
    void setMirrored(bool mirrored);
    bool isMirrored() const { return m_mirrored; }

    int layerCount() const { return int(m_plate.layers().size()); }
    int peeled() const { return m_peeled; } // how many outer layers are peeled away
    void setPeeled(int layers, bool animate = true);
    // A plate that cannot be peeled (a slice) keeps every layer in sight.
    void setPeelable(bool peelable);

    QString hovered() const { return m_hovered; }
    // Shows a structure as hovered, as the pointer would (empty: none), for a name pointed at elsewhere.
    void setHovered(const QString &id);
    QString selected() const { return m_selected; }
    QString focusedStructure() const { return m_focused; }
    void selectStructure(const QString &id); // peels what covers it
    void clearSelection();
    // Marks a structure as a wrong pick (a quiz answer): outlined in the wrong-answer colour with a cross,
    // beside whatever is selected; empty for none.
    void setMistake(const QString &id);
    QString mistake() const { return m_mistake; }

    // Brushes laid over structures in sight, under hover and selection (a tint by some measure); empty for none.
    void setStructureFills(const QHash<QString, QBrush> &fills);

    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return m_labelsVisible; }
    // For quizzes: no labels and no name tooltips, so the student has to know where a structure is.
    void setNamesHidden(bool hidden);
    bool namesHidden() const { return m_namesHidden; }

    qreal zoom() const; // 1 = the plate fits the view
    void zoomBy(qreal factor, const QPointF &anchor);
    void zoomIn();
    void zoomOut();
    void fitToView();

    // The structure drawn at a point of the widget (logical pixels), peeled layers excluded.
    QString structureAt(const QPointF &widgetPoint) const;
    // The structure whose ink is exactly at the point; structureAt widens thin structures for the pointer.
    QString structureUnder(const QPointF &widgetPoint) const;
    // Highlights a structure as the pointer does, for a name hovered elsewhere (a search result, a list); an
    // empty id, or a structure not in sight, clears it.
    void highlight(const QString &id);
    // Visible structures in reading order (top to bottom), as the keyboard visits them.
    QStringList navigableStructures() const;
    // Where a structure's visible part lies, in widget coordinates (empty when not visible).
    QRectF structureRect(const QString &id) const;
    QPointF plateToWidget(const QPointF &platePoint) const;
    // Where a structure's label sits, in widget coordinates (empty when it has none).
    QRectF labelRect(const QString &id);
    // Every label with its leader, in widget coordinates; the origin and insertion tags of a selected muscle
    // have the ids "#origin" and "#insertion".
    QList<anatomy::PlacedLabel> labelPlacements();

    // True once the current view is rasterised; tests and benchmarks wait for it.
    bool isRenderCurrent() const;
    bool waitForRender(int timeoutMs = 60000);
    // Paints the diagram as paintEvent does (for benchmarks).
    void paintDiagram(QPainter &painter);
    // Paints the diagram as paintEvent does, its whole rect scaled into `target` of the painter (a page, an
    // image, a drawing): what the view shows, at any size.
    void paintInto(QPainter &painter, const QRectF &target);

    // Shows what another view shows, as it would be at this view's size: its plate, texts, orientation, mirror,
    // peel, selection, labels and fills (fitted, nothing hovered or focused). It is rasterised afresh.
    void showAs(const DiagramView &other);
    // How tall the view must be, at `width`, for the plate to fill its width with its edge words above and
    // below it.
    int heightToFit(int width) const;
    // Rasterises at this many device pixels per logical pixel, whatever the screen's (0: the screen's).
    void setRenderRatio(qreal ratio);

signals:
    void selectionChanged(const QString &id);
    void hoverChanged(const QString &id);
    void focusedStructureChanged(const QString &id);
    void peelChanged(int peeled);
    void zoomChanged(qreal zoom);
    void firstCompleteFrame();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTransform plateToLogical() const;
    QTransform mirror() const;
    QTransform placement() const;
    QTransform plateToDevice() const;
    qreal devicePixelRatioNow() const;
    void scheduleRender(int delayMs);
    void startRender();
    void renderFinished();
    void invalidateOverlays();
    QString pointedAt(const QPointF &widgetPoint);
    void select(const QString &id); // as it is drawn now, peeling nothing
    void showOnDemandPieces();
    void setFocused(const QString &id);
    void moveFocus(int step);
    void clampOffset();
    QPoint toRenderedDevice(const QPointF &widgetPoint) const;
    const QImage &frameFrom(int firstLayer);
    const PlacedImage &visibleOf(const QString &id);
    // Where a structure shows (not hidden by what lies above it), found by hit-testing a grid over its ink.
    struct Visibility {
        QPointF anchor; // logical: a visible point near the middle of the visible part
        QRectF bounds;  // logical
        int samples = 0;
    };
    const Visibility &visibilityOf(const QString &id);
    void ensureLabels();
    void sampleVisibility();
    QList<anatomy::LabelItem> labelItems();
    qreal labelMargin(qreal viewWidth) const; // for a view this wide
    QRectF labelArea() const;
    void paintPlaceholder(QPainter &painter);
    void paintOverlays(QPainter &painter);
    void paintLabels(QPainter &painter);
    void paintMarkers(QPainter &painter);
    void paintMistakeBadge(QPainter &painter);
    void paintFocusOutline(QPainter &painter);
    void paintOrientation(QPainter &painter);
    QColor accent() const;
    QColor canvas() const;
    int firstVisibleLayer() const;

    anatomy::Plate m_plate;
    QHash<QString, StructureText> m_texts;
    QStringList m_orientation;

    // View: logical pixels per plate unit, and where the plate's origin sits.
    qreal m_scale = 1.0;
    QPointF m_offset;
    bool m_fitted = true;
    bool m_mirrored = false;
    bool m_peelable = true;
    qreal m_renderRatio = 0; // 0: the screen's

    // Rasterisation.
    RenderedPlate m_rendered;
    std::shared_ptr<const PlateRasterCache> m_cache;
    QFutureWatcher<RenderedPlate> m_watcher;
    quint64 m_generation = 0;
    bool m_renderQueued = false;
    QTimer m_renderTimer;
    bool m_announcedFirstFrame = false;
    QHash<int, QImage> m_frames; // composed layers by first visible layer
    QHash<QString, PlacedImage> m_visible;

    // Peel.
    int m_peeled = 0;
    qreal m_peelPosition = 0; // animated
    QVariantAnimation *m_peelAnimation = nullptr;

    // Interaction.
    QString m_hovered;
    QString m_selected;
    QString m_focused;
    bool m_keyboardFocus = false; // the focus frame shows only while the keyboard is in use
    PlacedImage m_hoverRing;
    PlacedImage m_hoverTint;
    PlacedImage m_selectionRing;
    PlacedImage m_selectionGlow;
    QString m_mistake;
    PlacedImage m_mistakeRing;
    QHash<QString, QBrush> m_fills;
    QHash<QString, PlacedImage> m_filled;
    bool m_labelsVisible = true;
    bool m_namesHidden = false;
    QHash<QString, Visibility> m_visibility;
    QList<anatomy::PlacedLabel> m_labels;
    qreal m_labelScale = 1.0; // a crowded plate's labels are set smaller
    QString m_labelledSelection;
    QPainterPath m_focusOutline;
    bool m_labelsValid = false;
    QPointF m_pressPoint;
    QPointF m_lastDragPoint;
    bool m_dragging = false;
};

} // namespace calfatlas::app
