// SPDX-License-Identifier: MIT
#include "knowledgetint.h"

#include "diagramview.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <utility>

namespace calfatlas::app {

using learn::RecallBand;

namespace {

constexpr int kTile = 12; // logical pixels of one tile of hatching
constexpr int kSwatch = 22;

QString percent(double value)
{
    return QLocale().toString(int(std::lround(value * 100))) + QStringLiteral(" %");
}

// A small square of a band's fill with a frame, for the legend.
QPixmap swatch(RecallBand band, qreal scale)
{
    QPixmap pixmap(QSize(kSwatch, kSwatch) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.fillRect(QRectF(0, 0, kSwatch, kSwatch), recallBrush(band, scale));
    painter.setPen(QPen(recallColour(band).darker(140), 1.0));
    painter.drawRect(QRectF(0.5, 0.5, kSwatch - 1, kSwatch - 1));
    return pixmap;
}

} // namespace

PlacedImage filled(const PlacedImage &shape, const QBrush &brush)
{
    if (shape.isNull())
        return {};
    QImage result(shape.image.size(), QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setBrushOrigin(-shape.rect.topLeft()); // the hatching runs on across neighbouring structures
    painter.fillRect(result.rect(), brush);
    painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
    painter.drawImage(0, 0, shape.image);
    return {shape.rect, result};
}

QColor recallColour(RecallBand band)
{
    // Okabe and Ito's colours, told apart with every kind of colour vision.
    switch (band) {
    case RecallBand::NotStudied: return {0x8A, 0x8A, 0x8A};
    case RecallBand::Weak: return {0xD5, 0x5E, 0x00};
    case RecallBand::Fading: return {0xE6, 0x9F, 0x00};
    case RecallBand::Fair: return {0x56, 0xB4, 0xE9};
    case RecallBand::Strong: return {0x00, 0x9E, 0x73};
    }
    return {};
}

QBrush recallBrush(RecallBand band, qreal scale)
{
    const int side = int(std::lround(kTile * scale));
    QImage tile(side, side, QImage::Format_ARGB32_Premultiplied);
    QColor wash = recallColour(band);
    wash.setAlphaF(band == RecallBand::NotStudied ? 0.30 : 0.55);
    tile.fill(wash);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = recallColour(band).darker(band == RecallBand::NotStudied ? 120 : 160);
    painter.setPen(QPen(ink, 1.4 * scale));
    painter.setBrush(ink);
    const auto diagonals = [&](bool rising) {
        for (int k = -1; k <= 1; ++k) { // lines through the tile's corners, so that tiles join up
            const qreal shift = k * side;
            if (rising)
                painter.drawLine(QPointF(shift, side), QPointF(shift + side, 0));
            else
                painter.drawLine(QPointF(shift, 0), QPointF(shift + side, side));
        }
    };
    switch (band) {
    case RecallBand::Strong: break; // a plain wash: nothing to worry about
    case RecallBand::Fair: diagonals(true); break;
    case RecallBand::Fading:
        diagonals(true);
        diagonals(false);
        break;
    case RecallBand::Weak:
        diagonals(true);
        diagonals(false);
        painter.drawLine(QPointF(0, side / 2.0), QPointF(side, side / 2.0));
        painter.drawLine(QPointF(side / 2.0, 0), QPointF(side / 2.0, side));
        break;
    case RecallBand::NotStudied:
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(side / 2.0, side / 2.0), 1.3 * scale, 1.3 * scale);
        break;
    }
    return QBrush(tile);
}

QString recallBandText(RecallBand band)
{
    switch (band) {
    case RecallBand::NotStudied: return KnowledgeTint::tr("not studied yet");
    case RecallBand::Weak: return KnowledgeTint::tr("below %1").arg(percent(bandFloor(RecallBand::Fading)));
    case RecallBand::Fading:
    case RecallBand::Fair: {
        const QList<RecallBand> bands = learn::recallBands();
        const RecallBand next = bands.at(bands.indexOf(band) + 1);
        return KnowledgeTint::tr("%1 to %2", "a range of recall")
            .arg(percent(bandFloor(band)), percent(bandFloor(next) - 0.01));
    }
    case RecallBand::Strong: return KnowledgeTint::tr("%1 and above").arg(percent(bandFloor(band)));
    }
    return {};
}

KnowledgeTint::KnowledgeTint(DiagramView *diagram, MemorySource memory, QObject *parent)
    : QObject(parent), m_diagram(diagram), m_memory(std::move(memory))
{
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("knowledgeTint"));
    m_toggle->setText(tr("My recall"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    m_toggle->setToolTip(tr("Tint each structure by how likely you are to recall it today (Alt+R)"));
    m_toggle->setAccessibleName(tr("Your knowledge on the plate"));
    buildLegend();
    connect(m_toggle, &QToolButton::toggled, this, &KnowledgeTint::refresh);
    connect(m_studyWeak, &QPushButton::clicked, this, [this] {
        const Memory memory = m_memory();
        const QStringList weakest = learn::weakestCards(memory.cards, memory.states, memory.day, weakSessionSize());
        if (!weakest.isEmpty())
            emit studyWeakRequested(weakest);
    });
}

bool KnowledgeTint::isShown() const
{
    return m_toggle->isChecked();
}

// The legend in two rows, so that it fits a small window in every language: the title and the first three bands,
// then the count and the other two; "Study what's weak" at the end.
void KnowledgeTint::buildLegend()
{
    m_legend = new QFrame;
    m_legend->setObjectName(QStringLiteral("knowledgeLegend"));
    m_legend->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(m_legend);
    grid->setContentsMargins(12, 4, 12, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    auto *title = new QLabel(tr("Your recall today"), m_legend);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    grid->addWidget(title, 0, 0);
    m_summary = new QLabel(m_legend);
    m_summary->setObjectName(QStringLiteral("knowledgeSummary"));
    grid->addWidget(m_summary, 1, 0);
    grid->setColumnMinimumWidth(1, 8);
    QList<RecallBand> bands = learn::recallBands();
    std::reverse(bands.begin(), bands.end()); // strong first, then down to not studied
    constexpr int kPerRow = 3;
    for (int i = 0; i < int(bands.size()); ++i) {
        auto *patch = new QLabel(m_legend);
        patch->setPixmap(swatch(bands.at(i), m_diagram->devicePixelRatioF()));
        const int row = i / kPerRow;
        const int column = 2 + 2 * (i % kPerRow);
        grid->addWidget(patch, row, column);
        grid->addWidget(new QLabel(recallBandText(bands.at(i)), m_legend), row, column + 1);
    }
    grid->setColumnStretch(2 + 2 * kPerRow, 1);
    m_studyWeak = new QPushButton(tr("Study what's weak"), m_legend);
    m_studyWeak->setObjectName(QStringLiteral("studyWeak"));
    m_studyWeak->setToolTip(tr("Start a session on the cards you are least likely to recall today"));
    grid->addWidget(m_studyWeak, 0, 3 + 2 * kPerRow, 2, 1, Qt::AlignVCenter);
    m_legend->hide();
}

void KnowledgeTint::refresh()
{
    m_bands.clear();
    QHash<QString, QBrush> fills;
    if (isShown()) {
        const Memory memory = m_memory();
        const QHash<QString, learn::StructureRecall> recall =
            learn::recallByStructure(memory.cards, memory.states, memory.day);
        const qreal scale = m_diagram->devicePixelRatioF();
        int studied = 0;
        // Every structure a card asks about, so that the other views are tinted too; one no card asks about stays
        // as drawn.
        for (auto it = recall.constBegin(); it != recall.constEnd(); ++it) {
            const RecallBand band = learn::recallBand(it->recall);
            m_bands.insert(it.key(), band);
            fills.insert(it.key(), recallBrush(band, scale));
            studied += it->recall ? 1 : 0;
        }
        m_summary->setText(studied == 0 ? tr("Nothing studied yet: Learn → Study fills this in.")
                                        : tr("Structures studied: %1.").arg(studied));
        m_studyWeak->setEnabled(studied > 0);
    }
    m_diagram->setStructureFills(fills);
    m_legend->setVisible(isShown());
}

} // namespace calfatlas::app
