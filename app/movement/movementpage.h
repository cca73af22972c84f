// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"
#include "common/references.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QVariantAnimation;

namespace calfatlas::anatomy {
class KnowledgeBase;
}

namespace calfatlas::biomechanics {
class MovementContent;
struct Preset;
} // namespace calfatlas::biomechanics

namespace calfatlas::app {

class Card;
class LegView;
class ReachChart;
class StretchBars;

// The Movement area: the leg model drawn live, sliders and drag for the knee and the ankle, bars for each
// muscle's stretch, and presets (standing, the two self-tests, calf raises, midfoot landing) that animate
// to their pose and explain what they show.
class MovementPage : public QWidget {
    Q_OBJECT

public:
    // `movement` gives the poses (none without it); `base` names the muscles (their ids show without it) and
    // holds the structures the poses link to; `references` cites the poses.
    MovementPage(const biomechanics::MovementContent *movement, const anatomy::KnowledgeBase *base,
                 const References *references, QWidget *parent = nullptr);

    biomechanics::Pose pose() const;
    // Moves to a preset by id, animated unless `animate` is false. Returns false for an unknown id.
    bool showPreset(const QString &id, bool animate = true);
    QString currentPreset() const { return m_presetId; }

    LegView *legView() const { return m_view; }
    QSlider *kneeSlider() const { return m_knee; }
    QSlider *ankleSlider() const { return m_ankle; }
    StretchBars *bars() const { return m_bars; }
    ReachChart *reachChart() const { return m_reach; }
    QVariantAnimation *animation() const { return m_animation; }

signals:
    void showStructureRequested(const QString &structureId);
    void selfTestStepRequested(const QString &step);

private:
    Card *buildViewCard();
    QScrollArea *buildSidePanel();
    Card *buildPresetCard(QWidget *panel);
    Card *buildAngleCard(QWidget *panel);
    void setUpAngleSliders();
    Card *buildBarsCard(QWidget *panel);
    void connectControls();
    void setPose(biomechanics::Pose pose);
    void poseEditedByHand(biomechanics::Pose pose);
    void updateCaption();
    const biomechanics::Preset *currentPresetData() const;

    const biomechanics::MovementContent *m_movement;
    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    LegView *m_view;
    QSlider *m_knee;
    QSlider *m_ankle;
    QLabel *m_kneeValue;
    QLabel *m_ankleValue;
    StretchBars *m_bars;
    ReachChart *m_reach;
    QButtonGroup *m_presets;
    QLabel *m_captionTitle;
    QLabel *m_caption;
    QLabel *m_sources;
    QPushButton *m_testLink;
    QPushButton *m_atlasLink;
    QVariantAnimation *m_animation;
    QString m_presetId;
};

} // namespace calfatlas::app
