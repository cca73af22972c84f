// SPDX-License-Identifier: MIT
#pragma once

#include "common/references.h"
#include "measure/measurement.h"
#include "measure/metronome.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QSoundEffect;
class QShortcut;
class QSpinBox;
class QStackedWidget;

namespace calfatlas::app {

class MetronomeDriver;
class PulseView;
class StageStack;

// The last saved values of a test, per leg, to tell a real change from noise.
struct PreviousValues {
    std::optional<double> left;
    std::optional<double> right;
};
using PreviousProvider = std::function<PreviousValues(measure::Test)>;

// The single-leg heel-raise test to fatigue, guided for each leg: the protocol, a 3-2-1 count-in, then a
// metronome at 60 beats a minute you can hear (a click, which can be muted) and see (a large pulse), with
// the raises counted. Space or a click stops; the count is proposed and confirmed or corrected; Escape
// cancels. A two-minute rest (which can be skipped) between the legs, then the result against the norms.
class HeelRaisePage : public QWidget {
    Q_OBJECT

public:
    enum class Stage { Ready, Running, Confirm, Rest, Result };

    // `driver` runs the beat (the app's own when null; tests pass one with a fake clock).
    HeelRaisePage(const References *references, PreviousProvider previous, MetronomeDriver *driver = nullptr,
                  QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    // The leg being tested (left first).
    assessment::Side leg() const { return m_leg; }
    std::optional<double> confirmed(assessment::Side side) const;
    std::optional<measure::Judgement> judgement() const { return m_judgement; }
    bool isMuted() const;
    bool hasSound() const { return m_hasSound; }
    // How many clicks were sent to the speaker (none when muted or without sound).
    int clicksPlayed() const { return m_clicks; }
    PulseView *pulse() const { return m_pulse; }

    // Starts over, forgetting both legs.
    void reset();
    void setSaveOutcome(bool saved, const QString &message);

signals:
    void saveRequested(measure::Test test, std::optional<double> left, std::optional<double> right,
                       std::optional<measure::Sex> sex);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeIntro();
    QLayout *makeProtocol();
    QLayout *makeOptions();
    QWidget *makeStagesCard();
    QWidget *makeReadyStage();
    QWidget *makeRunningStage();
    QWidget *makeConfirmStage();
    QWidget *makeRestStage();
    QWidget *makeResultStage();
    void setUpSound();
    void start();
    void stopTest();
    void cancel();
    void confirm();
    void onBeat(const measure::Beat &beat, qint64 atMs);
    void setStage(Stage stage);
    void showResult();
    std::optional<measure::Sex> sex() const;

    const References *m_references;
    PreviousProvider m_previous;
    MetronomeDriver *m_driver;
    Stage m_stage = Stage::Ready;
    assessment::Side m_leg = assessment::Side::Left;
    std::optional<double> m_left;
    std::optional<double> m_right;
    std::optional<measure::Judgement> m_judgement;
    bool m_resting = false;
    bool m_hasSound = false;
    int m_clicks = 0;

    QWidget *m_intro = nullptr; // how to do it and the options: out of the way while the beat runs
    QComboBox *m_sex = nullptr;
    StageStack *m_stages = nullptr;
    QLabel *m_readyTitle = nullptr;
    QPushButton *m_start = nullptr;
    QCheckBox *m_mute = nullptr;
    QLabel *m_soundNote = nullptr;
    PulseView *m_pulse = nullptr;
    QLabel *m_runningLeg = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_confirmTitle = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_rest = nullptr;
    QPushButton *m_skipRest = nullptr;
    QWidget *m_resultBox = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QSoundEffect *m_click = nullptr;
    QShortcut *m_spaceStops = nullptr;
    QShortcut *m_escapeCancels = nullptr;
};

} // namespace calfatlas::app
