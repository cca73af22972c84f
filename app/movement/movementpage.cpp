// SPDX-License-Identifier: MIT
#include "movementpage.h"

#include "anatomy/knowledgebase.h"
#include "biomechanics/movementcontent.h"
#include "legview.h"
#include "reachchart.h"
#include "stretchbars.h"
#include "ui/card.h"
#include "ui/textwidgets.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <cmath>

namespace calfatlas::app {

using namespace calfatlas::biomechanics;

namespace {

QString kneeWords(double knee)
{
    const int value = qRound(knee);
    return value == 0 ? MovementPage::tr("straight") : MovementPage::tr("%1° bent").arg(value);
}

QString ankleWords(double ankle)
{
    const int value = qRound(ankle);
    if (value == 0)
        return MovementPage::tr("right angle");
    return value > 0 ? MovementPage::tr("%1° dorsiflexion").arg(value)
                     : MovementPage::tr("%1° plantar flexion").arg(-value);
}

QString structureName(const QString &id)
{
    if (id == QLatin1String("soleus"))
        return MovementPage::tr("soleus");
    if (id == QLatin1String("calcaneal-tendon"))
        return MovementPage::tr("calcaneal tendon");
    return MovementPage::tr("gastrocnemius");
}

// Gives the bars and the drawing the knowledge base's names of the muscles.
void nameMuscles(const anatomy::KnowledgeBase &base, StretchBars *bars, LegView *view, ReachChart *reach)
{
    PerMuscle<QString> names;
    for (const Muscle muscle : kMuscles) {
        const anatomy::Structure *structure = base.find(idOf(muscle));
        names[muscle] = structure ? structure->name : idOf(muscle);
    }
    bars->setMuscleNames(names);
    // The drawing labels the two heads as one muscle, by the name of the layer they make.
    const anatomy::Structure *head = base.find(idOf(Muscle::GastrocnemiusMedialHead));
    const anatomy::Structure *soleus = base.find(idOf(Muscle::Soleus));
    if (!head || !soleus)
        return;
    for (const anatomy::Layer &layer : base.layers()) {
        if (layer.id == head->layer) {
            view->setMuscleNames(layer.name, soleus->name);
            reach->setMuscleNames(layer.name, soleus->name);
        }
    }
}

} // namespace

MovementPage::MovementPage(const MovementContent *movement, const anatomy::KnowledgeBase *base,
                           const References *references, QWidget *parent)
    : QWidget(parent), m_movement(movement), m_base(base), m_references(references), m_view(new LegView(this)),
      m_knee(new QSlider(Qt::Horizontal, this)), m_ankle(new QSlider(Qt::Horizontal, this)),
      m_kneeValue(new QLabel(this)), m_ankleValue(new QLabel(this)), m_bars(new StretchBars(this)),
      m_reach(new ReachChart(this)), m_presets(new QButtonGroup(this)), m_captionTitle(nullptr),
      m_caption(new QLabel(this)), m_sources(new QLabel(this)), m_testLink(new QPushButton(this)),
      m_atlasLink(new QPushButton(this)), m_animation(new QVariantAnimation(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->setSpacing(12);
    outer->addWidget(buildViewCard(), 3);
    outer->addWidget(buildSidePanel(), 2);
    connectControls();

    m_animation->setDuration(900);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const QPointF angles = value.toPointF();
        setPose({angles.x(), angles.y()});
    });

    setPose({});
    showPreset(QStringLiteral("standing"), false);
    if (base)
        nameMuscles(*base, m_bars, m_view, m_reach);
    setFocusProxy(m_view);
}

Card *MovementPage::buildViewCard()
{
    auto *viewCard = new Card(this);
    auto *viewLayout = new QVBoxLayout(viewCard);
    viewLayout->setContentsMargins(16, 14, 16, 14);
    viewLayout->addWidget(headingLabel(tr("Why each test finds its muscle"), viewCard, 1.3));
    auto *intro = new QLabel(tr("Only the gastrocnemius crosses the knee. Bend the knee and watch it go slack while "
                                "the soleus keeps its length; lift the foot and watch both stretch."),
                             viewCard);
    intro->setWordWrap(true);
    viewLayout->addWidget(intro);
    viewLayout->addWidget(m_view, 1);
    auto *legend = new StretchLegend(viewCard);
    viewLayout->addWidget(legend);
    return viewCard;
}

QScrollArea *MovementPage::buildSidePanel()
{
    // The side panel: presets with their caption, the two angles, and the muscles' bars.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *panel = new QWidget(scroll);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 4, 0);
    column->setSpacing(12);
    // The lengths come right after the poses, so that what a pose does is in view on a small screen.
    column->addWidget(buildPresetCard(panel));
    column->addWidget(buildBarsCard(panel));
    column->addWidget(buildAngleCard(panel));
    column->addStretch(1);
    scroll->setWidget(panel);
    scroll->setMinimumWidth(360);
    return scroll;
}

Card *MovementPage::buildPresetCard(QWidget *panel)
{
    auto *presetCard = new Card(panel);
    auto *presetLayout = new QVBoxLayout(presetCard);
    presetLayout->setContentsMargins(16, 14, 16, 14);
    presetLayout->addWidget(headingLabel(tr("Poses"), presetCard));
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_presets->setExclusive(true);
    int index = 0;
    for (const Preset &preset : m_movement ? m_movement->presets() : QList<Preset>()) {
        auto *button = new QPushButton(preset.name, presetCard);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("preset-") + preset.id);
        button->setToolTip(tr("Move to this pose: %1 (Alt+%2)").arg(preset.name).arg(index + 1));
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
        m_presets->addButton(button, index);
        grid->addWidget(button, index / 2, index % 2);
        connect(button, &QPushButton::clicked, this, [this, id = preset.id] { showPreset(id); });
        ++index;
    }
    presetLayout->addLayout(grid);
    m_captionTitle = headingLabel(QString(), presetCard, 1.0);
    presetLayout->addWidget(m_captionTitle);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    presetLayout->addWidget(m_caption);
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_sources->setForegroundRole(QPalette::PlaceholderText);
    presetLayout->addWidget(m_sources);
    auto *links = new QHBoxLayout;
    links->addWidget(m_testLink);
    links->addWidget(m_atlasLink);
    links->addStretch(1);
    presetLayout->addLayout(links);
    return presetCard;
}

Card *MovementPage::buildAngleCard(QWidget *panel)
{
    auto *poseCard = new Card(panel);
    auto *poseLayout = new QGridLayout(poseCard);
    poseLayout->setContentsMargins(16, 14, 16, 14);
    poseLayout->setVerticalSpacing(6);
    poseLayout->addWidget(headingLabel(tr("Angles"), poseCard), 0, 0, 1, 2);
    auto *kneeLabel = new QLabel(tr("&Knee"), poseCard);
    kneeLabel->setBuddy(m_knee);
    auto *ankleLabel = new QLabel(tr("&Ankle"), poseCard);
    ankleLabel->setBuddy(m_ankle);
    setUpAngleSliders();
    poseLayout->addWidget(kneeLabel, 1, 0);
    poseLayout->addWidget(m_kneeValue, 1, 1);
    poseLayout->addWidget(m_knee, 2, 0, 1, 2);
    poseLayout->addWidget(ankleLabel, 3, 0);
    poseLayout->addWidget(m_ankleValue, 3, 1);
    poseLayout->addWidget(m_ankle, 4, 0, 1, 2);
    return poseCard;
}

void MovementPage::setUpAngleSliders()
{
    m_knee->setRange(int(kKneeFlexionRange.min), int(kKneeFlexionRange.max));
    m_ankle->setRange(int(kAnkleDorsiflexionRange.min), int(kAnkleDorsiflexionRange.max));
    m_knee->setAccessibleName(tr("Knee flexion in degrees"));
    m_ankle->setAccessibleName(tr("Ankle angle in degrees, positive is dorsiflexion"));
    m_knee->setToolTip(tr("0° is a straight knee, 140° fully bent"));
    m_ankle->setToolTip(tr("0° is the foot at a right angle; positive lifts the toes (dorsiflexion), negative "
                           "points them (plantar flexion)"));
    m_knee->setPageStep(10);
    m_ankle->setPageStep(5);
    m_knee->setTickPosition(QSlider::TicksBelow);
    m_knee->setTickInterval(20);
    m_ankle->setTickPosition(QSlider::TicksBelow);
    m_ankle->setTickInterval(10);
    m_kneeValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ankleValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

Card *MovementPage::buildBarsCard(QWidget *panel)
{
    auto *barsCard = new Card(panel);
    auto *barsLayout = new QVBoxLayout(barsCard);
    barsLayout->setContentsMargins(16, 14, 16, 14);
    barsLayout->addWidget(headingLabel(tr("Length from standing"), barsCard));
    barsLayout->addWidget(m_bars);
    auto *note = new QLabel(tr("In percent of shank length and in mm for a 400 mm shank, from a knee-and-ankle "
                               "model fitted to Grieve 1978 and Hawkins & Hull 1990."),
                            barsCard);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    barsLayout->addWidget(note);
    barsLayout->addSpacing(8);
    barsLayout->addWidget(headingLabel(tr("Near its longest"), barsCard));
    auto *reachNote = new QLabel(tr("From its shortest (0 %) to its longest (100 %). In the wall test the "
                                    "gastrocnemius is nearer its longest; bend the knee and it falls far from it, "
                                    "while the soleus stays put."),
                                 barsCard);
    reachNote->setWordWrap(true);
    barsLayout->addWidget(reachNote);
    barsLayout->addWidget(m_reach);
    return barsCard;
}

void MovementPage::connectControls()
{
    connect(m_knee, &QSlider::valueChanged, this, [this](int value) {
        poseEditedByHand({double(value), m_view->pose().ankleDorsiflexionDeg});
    });
    connect(m_ankle, &QSlider::valueChanged, this, [this](int value) {
        poseEditedByHand({m_view->pose().kneeFlexionDeg, double(value)});
    });
    connect(m_view, &LegView::poseEdited, this, &MovementPage::poseEditedByHand);
    connect(m_testLink, &QPushButton::clicked, this, [this] {
        if (const Preset *preset = currentPresetData())
            emit selfTestStepRequested(preset->selfTestStep);
    });
    connect(m_atlasLink, &QPushButton::clicked, this, [this] {
        if (const Preset *preset = currentPresetData())
            emit showStructureRequested(preset->structureId);
    });
}

Pose MovementPage::pose() const
{
    return m_view->pose();
}

const Preset *MovementPage::currentPresetData() const
{
    return m_movement && !m_presetId.isEmpty() ? m_movement->find(m_presetId) : nullptr;
}

bool MovementPage::showPreset(const QString &id, bool animate)
{
    const Preset *preset = m_movement ? m_movement->find(id) : nullptr;
    if (!preset)
        return false;
    m_presetId = id;
    const int index = int(preset - m_movement->presets().data());
    if (QAbstractButton *button = m_presets->button(index))
        button->setChecked(true);
    updateCaption();
    m_animation->stop();
    m_view->setStance(preset->stance, animate);
    const Pose from = pose();
    if (!animate || from == preset->pose) {
        setPose(preset->pose);
        return true;
    }
    m_animation->setStartValue(QPointF(from.kneeFlexionDeg, from.ankleDorsiflexionDeg));
    m_animation->setEndValue(QPointF(preset->pose.kneeFlexionDeg, preset->pose.ankleDorsiflexionDeg));
    m_animation->start();
    return true;
}

void MovementPage::setPose(Pose pose)
{
    m_view->setPose(pose);
    m_bars->setPose(pose);
    m_reach->setPose(pose);
    {
        const QSignalBlocker blockKnee(m_knee);
        const QSignalBlocker blockAnkle(m_ankle);
        m_knee->setValue(qRound(pose.kneeFlexionDeg));
        m_ankle->setValue(qRound(pose.ankleDorsiflexionDeg));
    }
    m_kneeValue->setText(kneeWords(pose.kneeFlexionDeg));
    m_ankleValue->setText(ankleWords(pose.ankleDorsiflexionDeg));
}

void MovementPage::poseEditedByHand(Pose pose)
{
    // Moving the leg by hand leaves the preset: its caption no longer describes what is shown.
    m_animation->stop();
    if (!m_presetId.isEmpty()) {
        const Preset *preset = currentPresetData();
        if (preset && !(preset->pose == pose)) {
            m_presetId.clear();
            m_presets->setExclusive(false);
            for (QAbstractButton *button : m_presets->buttons())
                button->setChecked(false);
            m_presets->setExclusive(true);
            updateCaption();
        }
    }
    setPose(pose);
}

void MovementPage::updateCaption()
{
    const Preset *preset = currentPresetData();
    if (!preset) {
        m_captionTitle->setText(tr("Your own pose"));
        m_caption->setText(tr("Drag the shank or the foot, or use the sliders. Pick a pose above to see what a "
                              "test or an exercise does to each muscle."));
        m_sources->clear();
        m_testLink->hide();
        m_atlasLink->hide();
        return;
    }
    m_captionTitle->setText(preset->name);
    m_caption->setText(preset->caption.text);
    m_sources->setText(m_references ? sourcesHtml(*m_references, preset->caption.sources) : QString());
    m_testLink->setVisible(!preset->selfTestStep.isEmpty());
    m_testLink->setText(preset->selfTestStep == QLatin1String("bench") ? tr("Do the bench test")
                                                                       : tr("Do the wall test"));
    m_atlasLink->setVisible(m_base && m_base->find(preset->structureId));
    m_atlasLink->setText(tr("Show the %1 in the atlas").arg(structureName(preset->structureId)));
}

} // namespace calfatlas::app
