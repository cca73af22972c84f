// SPDX-License-Identifier: MIT
#include "heelraisepage.h"

#include "measureresultview.h"
#include "metronomedriver.h"
#include "pulseview.h"
#include "ui/card.h"
#include "ui/illustration.h"
#include "ui/textwidgets.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QShortcut>
#include <QSoundEffect>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::measure;
using assessment::Side;

namespace {

QString legName(Side side)
{
    return side == Side::Left ? HeelRaisePage::tr("Left leg") : HeelRaisePage::tr("Right leg");
}

// "Rest before the right leg: 1:59".
QString restText(Side next, int seconds)
{
    const QString time = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return next == Side::Left ? HeelRaisePage::tr("Rest before the left leg: %1").arg(time)
                              : HeelRaisePage::tr("Rest before the right leg: %1").arg(time);
}

} // namespace

// Shows one stage at a time and is as tall as that stage (a QStackedWidget is as tall as its tallest page).
class StageStack : public QWidget {
public:
    explicit StageStack(QWidget *parent) : QWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    void addWidget(QWidget *page)
    {
        m_pages.append(page);
        layout()->addWidget(page);
        page->setVisible(m_pages.size() == 1);
    }
    void setCurrentIndex(int index)
    {
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages[i]->setVisible(i == index);
    }

private:
    QList<QWidget *> m_pages;
};

namespace {

QLabel *heading(const QString &text, QWidget *parent, double scale = 1.3)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QPushButton *primaryButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    QFont font = button->font();
    font.setWeight(QFont::DemiBold);
    button->setFont(font);
    button->setDefault(true);
    return button;
}

} // namespace

HeelRaisePage::HeelRaisePage(const References *references, PreviousProvider previous, MetronomeDriver *driver,
                             QWidget *parent)
    : QWidget(parent), m_references(references), m_previous(std::move(previous)),
      m_driver(driver ? driver : new MetronomeDriver(this))
{
    setObjectName(QStringLiteral("heelRaisePage"));
    if (driver)
        driver->setParent(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(12);
    m_intro = makeIntro();
    outer->addWidget(m_intro);
    outer->addWidget(makeStagesCard());
    outer->addStretch(1);
    m_stages->addWidget(makeReadyStage());
    m_stages->addWidget(makeRunningStage());
    m_stages->addWidget(makeConfirmStage());
    m_stages->addWidget(makeRestStage());
    m_stages->addWidget(makeResultStage());
    setUpSound();

    // The median compared with follows the choice, also on the result: what is saved is what is shown.
    connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
        if (m_stage == Stage::Result)
            showResult();
    });
    connect(m_driver, &MetronomeDriver::beat, this, &HeelRaisePage::onBeat);
    setStage(Stage::Ready);
}

// How to do it and the options, above the card.
QWidget *HeelRaisePage::makeIntro()
{
    auto *intro = new QWidget(this);
    auto *layout = new QVBoxLayout(intro);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(makeProtocol());
    auto *sources =
        new QLabel(sourcesHtml(*m_references, {QStringLiteral("HebertLosier2017"), QStringLiteral("Green2022")}), this);
    sources->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(sources);
    layout->addLayout(makeOptions());
    m_soundNote =
        new QLabel(tr("No sound output was found: follow the pulse on the screen, it keeps the same beat."), this);
    m_soundNote->setObjectName(QStringLiteral("soundNote"));
    m_soundNote->setWordWrap(true);
    layout->addWidget(m_soundNote);
    return intro;
}

// How to do it: the published protocol, and the home version of it.
QLayout *HeelRaisePage::makeProtocol()
{
    auto *how = new QHBoxLayout;
    how->setSpacing(18);
    auto *picture = new Illustration(QStringLiteral("straight-knee-calf-raise"), QSize(200, 200), this);
    picture->setAccessibleName(tr("Drawing of a heel raise on one leg"));
    how->addWidget(picture, 0, Qt::AlignTop);
    auto *steps = new QLabel(
        QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ol><p>%5</p>")
            .arg(tr("Stand on the leg to test, barefoot, the other foot off the floor, fingertips on a wall for "
                    "balance.")
                     .toHtmlEscaped(),
                 tr("Press Start. After 3, 2, 1, raise the heel as high as you can on one beat and lower it on the "
                    "next: 30 raises a minute.")
                     .toHtmlEscaped(),
                 tr("Keep going until the heel no longer rises as high, you lose the beat, the knee bends, or you "
                    "need more than your fingertips for balance.")
                     .toHtmlEscaped(),
                 tr("Then press Space or click the pulse. Check the count, and correct it if you counted "
                    "differently.")
                     .toHtmlEscaped(),
                 tr("The published test stands on a board tilted 10°; at home the floor is used, as the "
                    "return-to-running benchmark is.")
                     .toHtmlEscaped()),
        this);
    steps->setObjectName(QStringLiteral("protocol"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    how->addWidget(steps, 1, Qt::AlignTop);
    return how;
}

// The median to compare with, and the click's mute.
QLayout *HeelRaisePage::makeOptions()
{
    auto *options = new QHBoxLayout;
    auto *sexLabel = new QLabel(tr("Compare with the median of:"), this);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("No comparison"), QString());
    m_sex->addItem(tr("Women"), idOf(Sex::Female));
    m_sex->addItem(tr("Men"), idOf(Sex::Male));
    m_sex->setToolTip(tr("The published medians differ for women and men; leave it out if you prefer."));
    sexLabel->setBuddy(m_sex);
    options->addWidget(sexLabel);
    options->addWidget(m_sex);
    options->addSpacing(24);
    m_mute = new QCheckBox(tr("Mute the click"), this);
    m_mute->setObjectName(QStringLiteral("mute"));
    options->addWidget(m_mute);
    options->addStretch(1);
    return options;
}

// The card that shows one stage at a time; the stages are added to m_stages.
QWidget *HeelRaisePage::makeStagesCard()
{
    auto *card = new Card(this);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 18, 24, 18);
    m_stages = new StageStack(card);
    cardLayout->addWidget(m_stages);
    return card;
}

// Ready: which leg, and Start.
QWidget *HeelRaisePage::makeReadyStage()
{
    auto *ready = new QWidget(m_stages);
    auto *readyLayout = new QVBoxLayout(ready);
    m_readyTitle = heading(QString(), ready);
    readyLayout->addWidget(m_readyTitle);
    m_start = primaryButton(tr("Start"), ready);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setToolTip(tr("A count of 3, 2, 1, then the beat"));
    readyLayout->addWidget(m_start, 0, Qt::AlignLeft);
    readyLayout->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, &HeelRaisePage::start);
    return ready;
}

// Running: the pulse, as large as the card allows.
QWidget *HeelRaisePage::makeRunningStage()
{
    auto *running = new QWidget(m_stages);
    auto *runningLayout = new QVBoxLayout(running);
    m_runningLeg = heading(QString(), running, 1.1);
    runningLayout->addWidget(m_runningLeg);
    m_pulse = new PulseView(running);
    m_pulse->installEventFilter(this);
    runningLayout->addWidget(m_pulse, 1);
    auto *runningButtons = new QHBoxLayout;
    m_stop = primaryButton(tr("Stop (Space)"), running);
    m_stop->setObjectName(QStringLiteral("stop"));
    auto *cancelButton = new QPushButton(tr("Cancel (Esc)"), running);
    cancelButton->setObjectName(QStringLiteral("cancel"));
    runningButtons->addStretch(1);
    runningButtons->addWidget(m_stop);
    runningButtons->addWidget(cancelButton);
    runningButtons->addStretch(1);
    runningLayout->addLayout(runningButtons);
    connect(m_stop, &QPushButton::clicked, this, &HeelRaisePage::stopTest);
    connect(cancelButton, &QPushButton::clicked, this, &HeelRaisePage::cancel);
    auto *escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), running, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &HeelRaisePage::cancel);
    return running;
}

// Confirm: the proposed count, to keep or correct.
QWidget *HeelRaisePage::makeConfirmStage()
{
    auto *confirmPage = new QWidget(m_stages);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    m_confirmTitle = heading(QString(), confirmPage);
    confirmLayout->addWidget(m_confirmTitle);
    auto *countRow = new QHBoxLayout;
    auto *countLabel = new QLabel(tr("Raises:"), confirmPage);
    m_count = new QSpinBox(confirmPage);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(0, kHeelRaiseMax);
    m_count->setAccessibleName(tr("Number of raises"));
    countLabel->setBuddy(m_count);
    countRow->addWidget(countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);
    confirmLayout->addLayout(countRow);
    auto *confirmButtons = new QHBoxLayout;
    m_confirm = primaryButton(tr("Confirm"), confirmPage);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    auto *again = new QPushButton(tr("Test this leg again"), confirmPage);
    again->setObjectName(QStringLiteral("again"));
    confirmButtons->addWidget(m_confirm);
    confirmButtons->addWidget(again);
    confirmButtons->addStretch(1);
    confirmLayout->addLayout(confirmButtons);
    confirmLayout->addStretch(1);
    connect(m_confirm, &QPushButton::clicked, this, &HeelRaisePage::confirm);
    connect(again, &QPushButton::clicked, this, [this] { setStage(Stage::Ready); });
    return confirmPage;
}

// Rest: two minutes before the other leg.
QWidget *HeelRaisePage::makeRestStage()
{
    auto *restPage = new QWidget(m_stages);
    auto *restLayout = new QVBoxLayout(restPage);
    m_rest = heading(QString(), restPage);
    m_rest->setObjectName(QStringLiteral("rest"));
    restLayout->addWidget(m_rest);
    m_skipRest = primaryButton(tr("Skip the rest"), restPage);
    m_skipRest->setObjectName(QStringLiteral("skipRest"));
    restLayout->addWidget(m_skipRest, 0, Qt::AlignLeft);
    restLayout->addStretch(1);
    connect(m_skipRest, &QPushButton::clicked, this, [this] {
        m_driver->stop();
        m_resting = false;
        setStage(Stage::Ready);
    });
    return restPage;
}

// Result: both legs, judged, with Save.
QWidget *HeelRaisePage::makeResultStage()
{
    auto *resultPage = new QWidget(m_stages);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(heading(tr("Your heel-raise test"), resultPage));
    m_resultBox = new QWidget(resultPage);
    new QVBoxLayout(m_resultBox);
    m_resultBox->layout()->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultBox);
    auto *resultButtons = new QHBoxLayout;
    m_save = primaryButton(tr("Save to history"), resultPage);
    m_save->setObjectName(QStringLiteral("save"));
    auto *restart = new QPushButton(tr("Test again"), resultPage);
    restart->setObjectName(QStringLiteral("restart"));
    m_status = new QLabel(resultPage);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    resultButtons->addWidget(m_save);
    resultButtons->addWidget(restart);
    resultButtons->addWidget(m_status, 1);
    resultLayout->addLayout(resultButtons);
    resultLayout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_save->setEnabled(false);
        emit saveRequested(Test::HeelRaise, m_left, m_right, sex());
    });
    connect(restart, &QPushButton::clicked, this, &HeelRaisePage::reset);
    return resultPage;
}

// Sound: a short click on every beat, unless muted; without an output the page says so and stays silent.
void HeelRaisePage::setUpSound()
{
    m_hasSound = !QMediaDevices::audioOutputs().isEmpty();
    m_soundNote->setVisible(!m_hasSound);
    m_mute->setEnabled(m_hasSound);
    if (m_hasSound) {
        m_click = new QSoundEffect(this);
        m_click->setSource(QUrl(QStringLiteral("qrc:/calfatlas/sounds/click.wav")));
        m_click->setVolume(0.8F);
    }
}

std::optional<double> HeelRaisePage::confirmed(Side side) const
{
    return side == Side::Left ? m_left : m_right;
}

bool HeelRaisePage::isMuted() const
{
    return m_mute->isChecked();
}

std::optional<Sex> HeelRaisePage::sex() const
{
    return sexFromId(m_sex->currentData().toString());
}

void HeelRaisePage::reset()
{
    m_driver->stop();
    m_resting = false;
    m_left.reset();
    m_right.reset();
    m_judgement.reset();
    m_leg = Side::Left;
    setStage(Stage::Ready);
}

void HeelRaisePage::start()
{
    m_pulse->clear();
    m_resting = false;
    setStage(Stage::Running);
    m_driver->start();
}

void HeelRaisePage::stopTest()
{
    if (m_stage != Stage::Running)
        return;
    m_driver->stop();
    // The raises completed: a raise stopped on its way up (the protocol's end) is not counted.
    m_count->setValue(m_driver->current().beats / 2);
    setStage(Stage::Confirm);
}

void HeelRaisePage::cancel()
{
    if (m_stage != Stage::Running)
        return;
    m_driver->stop();
    setStage(Stage::Ready);
}

void HeelRaisePage::confirm()
{
    (m_leg == Side::Left ? m_left : m_right) = m_count->value();
    if (!m_right) {
        // The other leg, after a rest.
        m_leg = Side::Right;
        m_resting = true;
        setStage(Stage::Rest);
        m_driver->start();
        return;
    }
    if (!m_left) {
        m_leg = Side::Left;
        setStage(Stage::Ready);
        return;
    }
    showResult();
}

void HeelRaisePage::onBeat(const Beat &beat, qint64 atMs)
{
    if (m_resting) {
        const int left = Metronome::restSecondsLeft(atMs);
        m_rest->setText(restText(m_leg, left));
        if (left == 0) {
            m_driver->stop();
            m_resting = false;
            setStage(Stage::Ready);
        }
        return;
    }
    m_pulse->setBeat(beat);
    if (m_hasSound && !isMuted()) {
        ++m_clicks;
        m_click->play();
    }
}

void HeelRaisePage::showResult()
{
    Input input;
    input.test = Test::HeelRaise;
    input.left = *m_left;
    input.right = *m_right;
    input.sex = sex();
    if (m_previous) {
        const PreviousValues previous = m_previous(Test::HeelRaise);
        input.previousLeft = previous.left;
        input.previousRight = previous.right;
    }
    m_judgement = judge(input);
    qDeleteAll(m_resultBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_resultBox->layout()->addWidget(new MeasureResultView(*m_judgement, *m_references, m_resultBox));
    m_save->setEnabled(true);
    m_status->clear();
    setStage(Stage::Result);
}

void HeelRaisePage::setSaveOutcome(bool saved, const QString &message)
{
    m_status->setText(message);
    m_save->setEnabled(!saved);
}

void HeelRaisePage::setStage(Stage stage)
{
    m_stage = stage;
    m_stages->setCurrentIndex(int(stage));
    m_pulse->setMinimumHeight(stage == Stage::Running ? 340 : 0);
    if (m_spaceStops) {
        m_spaceStops->setEnabled(stage == Stage::Running);
        m_escapeCancels->setEnabled(stage == Stage::Running);
    }
    m_intro->setVisible(stage != Stage::Running);
    const QString leg = legName(m_leg);
    m_readyTitle->setText(tr("%1: ready?").arg(leg));
    m_runningLeg->setText(tr("%1: up on the beat, down on the next").arg(leg));
    m_confirmTitle->setText(tr("%1: how many raises?").arg(leg));
    if (stage == Stage::Rest)
        m_rest->setText(restText(m_leg, int(Metronome::kRestMs / 1000)));
    // Where the keyboard is: on the one thing to do next.
    QWidget *focus = stage == Stage::Ready     ? static_cast<QWidget *>(m_start)
                     : stage == Stage::Running ? static_cast<QWidget *>(m_stop)
                     : stage == Stage::Confirm ? static_cast<QWidget *>(m_count)
                     : stage == Stage::Rest    ? static_cast<QWidget *>(m_skipRest)
                                               : static_cast<QWidget *>(m_save);
    if (isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

void HeelRaisePage::hideEvent(QHideEvent *event)
{
    // Another tab or area: a test that is not watched is not a test. Nothing of it is kept.
    cancel();
    QWidget::hideEvent(event);
}

void HeelRaisePage::keyPressEvent(QKeyEvent *event)
{
    if (m_stage == Stage::Running && event->key() == Qt::Key_Space) {
        stopTest();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool HeelRaisePage::eventFilter(QObject *watched, QEvent *event)
{
    // A click anywhere on the pulse stops the test.
    if (watched == m_pulse && event->type() == QEvent::MouseButtonPress) {
        stopTest();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace calfatlas::app
