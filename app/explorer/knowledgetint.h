// SPDX-License-Identifier: MIT
#pragma once

#include "learn/recallmap.h"
#include "overlays.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QToolButton;

namespace calfatlas::app {

class DiagramView;

// A structure's ink filled with a brush (a colour and its hatching), for a tint laid over the plate.
PlacedImage filled(const PlacedImage &shape, const QBrush &brush);

// The colour of a band of recall, the same in light and dark: warm for weak, cool for strong, grey for not studied.
QColor recallColour(learn::RecallBand band);
// A band's fill for the plate: its colour, see-through, with a hatching of its own (none for strong, lines ever
// closer as recall falls, dots for not studied), so that the colour is never the only cue. `scale` is the
// device pixels per logical pixel.
QBrush recallBrush(learn::RecallBand band, qreal scale);
// The words of the legend for a band ("90 % and above", "not studied yet").
QString recallBandText(learn::RecallBand band);

// "Your knowledge on the plate": a toggle for the atlas's toolbar that tints each structure by how likely it is to
// be recalled today (the weakest of its study cards), with a legend strip above the plate (the owner places it)
// and "Study what's weak".
class KnowledgeTint : public QObject {
    Q_OBJECT

public:
    static int weakSessionSize() { return 10; }

    // What the study deck holds and remembers, and the day it is studied on.
    struct Memory {
        QList<learn::StudyCard> cards;
        QHash<QString, learn::CardState> states;
        QDate day;
    };
    using MemorySource = std::function<Memory()>;

    KnowledgeTint(DiagramView *diagram, MemorySource memory, QObject *parent = nullptr);

    QToolButton *toggle() const { return m_toggle; }
    QFrame *legend() const { return m_legend; }
    QPushButton *studyWeakButton() const { return m_studyWeak; }
    bool isShown() const;
    // Reads the memory again and repaints (after a review).
    void refresh();
    // The band each structure that cards ask about is tinted with now (empty while the tint is off).
    QHash<QString, learn::RecallBand> bands() const { return m_bands; }

signals:
    // The cards of a session on the weakest, lowest recall first.
    void studyWeakRequested(const QStringList &cardIds);

private:
    void buildLegend();

    DiagramView *m_diagram;
    MemorySource m_memory;
    QToolButton *m_toggle = nullptr;
    QFrame *m_legend = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_studyWeak = nullptr;
    QHash<QString, learn::RecallBand> m_bands;
};

} // namespace calfatlas::app
