// SPDX-License-Identifier: MIT
#include "planpage.h"

#include "assessment/legnames.h"
#include "assessment/selftestcontent.h"
#include "common/references.h"
#include "sessiontimer.h"
#include "ui/card.h"
#include "ui/illustration.h"
#include "ui/palette.h"
#include "ui/readablecolumn.h"
#include "ui/textwidgets.h"
#include "ui/urgency.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace calfatlas::app {

using assessment::RedFlag;
using assessment::Urgency;
using namespace calfatlas::plan;

namespace {

// The four phases in a row: those done ticked, the current one filled, those to come outlined.
class PhaseStrip : public QWidget {
public:
    PhaseStrip(const PlanContent &content, int current, QWidget *parent) : QWidget(parent), m_current(current)
    {
        setObjectName(QStringLiteral("phaseStrip"));
        for (const Phase &phase : content.phases())
            m_titles.append(phase.title);
        setAccessibleName(
            PlanPage::tr("Phase %1 of %2: %3").arg(current + 1).arg(m_titles.size()).arg(m_titles.value(current)));
        setMinimumHeight(fontMetrics().height() * 2 + 8);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int count = static_cast<int>(m_titles.size());
        const qreal gap = 6;
        const qreal width = (this->width() - gap * (count - 1)) / count;
        const QColor accent = palette::kDiagramAccent.current();
        for (int i = 0; i < count; ++i) {
            const QRectF box(i * (width + gap), 1, width, height() - 2);
            QPainterPath path;
            path.addRoundedRect(box, 6, 6);
            const bool done = i < m_current;
            const bool current = i == m_current;
            painter.setPen(QPen(current || done ? accent : palette().color(QPalette::Mid), 1.5));
            QColor fill = accent;
            fill.setAlpha(done ? 60 : 255);
            painter.setBrush(current || done ? QBrush(fill) : Qt::NoBrush);
            painter.drawPath(path);
            QFont font = this->font();
            font.setWeight(current ? QFont::DemiBold : QFont::Normal);
            painter.setFont(font);
            painter.setPen(current ? palette().color(QPalette::HighlightedText)
                                   : palette().color(QPalette::WindowText));
            const QString text = (done ? QStringLiteral("✓ ") : QStringLiteral("%1 · ").arg(i + 1)) + m_titles.at(i);
            painter.drawText(box.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                             painter.fontMetrics().elidedText(text, Qt::ElideRight, int(box.width()) - 12));
        }
    }

private:
    QStringList m_titles;
    int m_current = 0;
};

// A wrapping label that ticks its checkbox when clicked, as a checkbox's own text would.
class CheckText : public QLabel {
public:
    CheckText(const QString &text, QCheckBox *box, QWidget *parent) : QLabel(text, parent), m_box(box)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setBuddy(box);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        m_box->toggle();
        m_box->setFocus(Qt::MouseFocusReason);
    }

private:
    QCheckBox *m_box;
};

QLabel *muted(const QString &text, QWidget *parent)
{
    QLabel *label = wrappingLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *sources(const References *references, const QStringList &keys, QWidget *parent)
{
    QStringList unique;
    for (const QString &key : keys) {
        if (!unique.contains(key))
            unique.append(key);
    }
    auto *label = new QLabel(sourcesHtml(*references, unique), parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

Card *card(const QString &name, QWidget *parent, QVBoxLayout **layout)
{
    auto *card = new Card(parent);
    card->setObjectName(name);
    *layout = new QVBoxLayout(card);
    (*layout)->setContentsMargins(20, 14, 20, 16);
    (*layout)->setSpacing(8);
    return card;
}

QString biasText(Bias bias)
{
    switch (bias) {
    case Bias::Soleus: return PlanPage::tr("Biases the work towards the soleus");
    case Bias::Gastrocnemius: return PlanPage::tr("Biases the work towards the gastrocnemius");
    case Bias::Both: return PlanPage::tr("Works both calf muscles");
    }
    return {};
}

QString painWords(int pain)
{
    if (pain <= kPainSafeMax)
        return PlanPage::tr("%1 out of 10: safe").arg(pain);
    if (pain <= kPainAcceptableMax)
        return PlanPage::tr("%1 out of 10: acceptable").arg(pain);
    return PlanPage::tr("%1 out of 10: too much; the plan steps back").arg(pain);
}

} // namespace

PlanPage::PlanPage(const PlanContent *content, const assessment::SelfTestContent *selfTest,
                   const References *references, PlanKeeper keeper, QWidget *parent)
    : QWidget(parent), m_content(content), m_selfTest(selfTest), m_references(references), m_keeper(std::move(keeper))
{
    setObjectName(QStringLiteral("planPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->hide();
    layout->addWidget(m_message);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    refresh();
}

QString PlanPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PlanPage::refresh()
{
    rebuild(m_keeper.status());
}

void PlanPage::act(const Result &result, const QString &done)
{
    QStringList lines;
    lines.append(result.ok ? done : result.message);
    for (const QString &id : result.warnings) {
        if (const Rule *rule = m_content->rule(id))
            lines.append(tr("Warning: %1").arg(rule->text.text));
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setForegroundRole(result.ok ? QPalette::WindowText : QPalette::Text);
    if (!result.ok) {
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::Text, palette::kProblemText);
        m_message->setPalette(palette);
    }
    m_message->show();
    rebuild(m_keeper.status());
}

void PlanPage::rebuild(const Status &status)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 4, 0, 12);
    column->setSpacing(12);
    if (!status.active) {
        column->addWidget(startCard(content));
    } else if (status.paused) {
        // What to do now comes first, above everything about the plan.
        column->addWidget(pausedCard(status, content));
        column->addWidget(headerCard(status, content));
    } else {
        column->addWidget(headerCard(status, content));
        if (status.awaitingMorning)
            column->addWidget(morningCard(status, content));
        if (status.gate && !status.gate->criteria.empty())
            column->addWidget(gateCard(status, content));
        if (!m_safetyDone) {
            column->addWidget(safetyCard(content));
        } else {
            column->addWidget(sessionCard(status, content));
            column->addWidget(logCard(content));
        }
        if (isRunningLevel(*m_content, status.level))
            column->addWidget(rulesCard(content));
    }
    if (status.active)
        column->addWidget(stopRow(content));
    column->addStretch(1);
    QWidget *old = m_scroll->takeWidget();
    m_scroll->setWidget(readableColumn(content, 860, ColumnPlace::Left, m_scroll));
    if (old)
        old->deleteLater();
}

QWidget *PlanPage::startCard(QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *start = card(QStringLiteral("startCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("Back to running"), start, 1.3));
    layout->addWidget(wrappingLabel(m_content->about().text, start));
    layout->addWidget(wrappingLabel(m_content->pain().text, start));
    layout->addWidget(sources(m_references, m_content->about().sources + m_content->pain().sources, start));
    auto *legRow = new QHBoxLayout;
    legRow->addWidget(new QLabel(tr("The sore leg:"), start));
    auto *left = new QRadioButton(tr("&Left"), start);
    left->setObjectName(QStringLiteral("legLeft"));
    auto *right = new QRadioButton(tr("&Right"), start);
    right->setObjectName(QStringLiteral("legRight"));
    auto *legs = new QButtonGroup(start);
    legs->addButton(left);
    legs->addButton(right);
    legRow->addWidget(left);
    legRow->addWidget(right);
    legRow->addStretch(1);
    layout->addLayout(legRow);
    auto *go = new QPushButton(tr("Start the plan"), start);
    go->setObjectName(QStringLiteral("startPlan"));
    go->setEnabled(false);
    go->setDefault(true);
    layout->addWidget(go, 0, Qt::AlignLeft);
    connect(legs, &QButtonGroup::buttonToggled, go, [go] { go->setEnabled(true); });
    connect(go, &QPushButton::clicked, this, [this, left] {
        const Result result = m_keeper.start(left->isChecked() ? assessment::Side::Left : assessment::Side::Right);
        m_safetyDone = false;
        act(result, tr("Plan started at level 1. Each session opens with a short safety check."));
    });
    return start;
}

QWidget *PlanPage::headerCard(const Status &status, QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *header = card(QStringLiteral("planHeader"), parent, &layout);
    const Level &level = m_content->level(status.level);
    const Phase &phase = m_content->phaseOf(status.level);
    layout->addWidget(new PhaseStrip(*m_content, m_content->phaseIndexOf(status.level), header));
    auto *title = headingLabel(tr("%1 · level %2 of %3: %4")
                                   .arg(assessment::legName(status.leg))
                                   .arg(status.level)
                                   .arg(m_content->levelCount())
                                   .arg(level.title),
                               header, 1.25);
    title->setObjectName(QStringLiteral("levelTitle"));
    layout->addWidget(title);
    layout->addWidget(muted(phase.purpose, header));
    return header;
}

QWidget *PlanPage::pausedCard(const Status &status, QWidget *parent)
{
    const Urgency urgency = status.urgency.value_or(Urgency::SameDay);
    QVBoxLayout *layout = nullptr;
    Card *paused = card(QStringLiteral("pausedCard"), parent, &layout);
    paused->setAccent(urgencyColour(urgency));
    layout->addWidget(urgencyBadge(urgency, paused));
    auto *headline =
        headingLabel(m_selfTest->headline(QStringLiteral("seek-care"), assessment::idOf(urgency)), paused, 1.6);
    headline->setObjectName(QStringLiteral("pausedHeadline"));
    layout->addWidget(headline);
    auto *what = wrappingLabel(m_selfTest->urgencyText(urgency), paused);
    what->setObjectName(QStringLiteral("urgencyText"));
    if (urgency == Urgency::Emergency) {
        QFont large = what->font();
        large.setPointSizeF(large.pointSizeF() * 1.35);
        large.setWeight(QFont::DemiBold);
        what->setFont(large);
    }
    layout->addWidget(what);
    QStringList reasons;
    for (const RedFlag sign : status.pauseSigns) {
        const QString &reason = m_selfTest->redFlag(sign).reason;
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    if (!reasons.isEmpty()) {
        auto *why = wrappingLabel(tr("Why: %1").arg(reasons.join(QLatin1Char(' '))), paused);
        why->setObjectName(QStringLiteral("pauseWhy"));
        layout->addWidget(why);
    }
    layout->addWidget(wrappingLabel(tr("The plan is paused and takes no sessions. When a clinician has seen you and "
                                       "cleared you to carry on, resume it: it goes on at the level you were at."),
                                    paused));
    auto *resume = new QPushButton(tr("I have been seen and cleared: resume the plan"), paused);
    resume->setObjectName(QStringLiteral("resumePlan"));
    layout->addWidget(resume, 0, Qt::AlignLeft);
    connect(resume, &QPushButton::clicked, this, [this, urgency] {
        // A second thought before a warning sign is set aside, the surer the graver the sign.
        QMessageBox ask(QMessageBox::Question, tr("Resume the plan?"),
                        urgency == Urgency::Emergency
                            ? tr("Resume only if you have had emergency care for this and a clinician has told you "
                                 "that you can exercise the leg again.")
                            : tr("Resume only if a clinician has seen the leg since the warning sign and told you "
                                 "that you can carry on."),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setDefaultButton(QMessageBox::No);
        ask.button(QMessageBox::Yes)->setText(tr("I have been cleared: resume"));
        ask.button(QMessageBox::No)->setText(tr("Not yet"));
        if (ask.exec() != QMessageBox::Yes)
            return;
        m_safetyDone = false;
        act(m_keeper.resume(), tr("The plan goes on at the same level."));
    });
    return paused;
}

QWidget *PlanPage::morningCard(const Status &status, QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *morning = card(QStringLiteral("morningCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("The morning after"), morning));
    if (*status.awaitingSince >= QDate::currentDate()) {
        // Logged today: the question comes tomorrow morning.
        layout->addWidget(wrappingLabel(tr("Tomorrow morning, come back and say how the calf feels compared with "
                                           "before today's session: that decides the next level."),
                                        morning));
        layout->addWidget(sources(m_references, m_content->pain().sources, morning));
        return morning;
    }
    layout->addWidget(
        wrappingLabel(*status.awaitingSince == QDate::currentDate().addDays(-1)
                          ? tr("How does the calf feel this morning, compared with before yesterday's session?")
                          : tr("How does the calf feel this morning, compared with before the session of %1?")
                                .arg(QLocale().toString(*status.awaitingSince, QLocale::LongFormat)),
                      morning));
    auto *row = new QHBoxLayout;
    const std::pair<Morning, QString> answers[] = {
        {Morning::Better, tr("&Better")}, {Morning::Same, tr("The &same")}, {Morning::Worse, tr("&Worse")}};
    for (const auto &[answer, text] : answers) {
        auto *button = new QPushButton(text, morning);
        button->setObjectName(QStringLiteral("morning-") + idOf(answer));
        row->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, answer = answer] {
            act(m_keeper.morning(answer), answer == Morning::Worse
                                              ? tr("Noted. The next session is easier.")
                                              : tr("Noted. The next session follows the pain rules."));
        });
    }
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(sources(m_references, m_content->pain().sources, morning));
    return morning;
}

QWidget *PlanPage::safetyCard(QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *safety = card(QStringLiteral("safetyCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("Before today's session"), safety));
    layout->addWidget(wrappingLabel(m_content->safety().text, safety));
    QList<std::pair<QCheckBox *, RedFlag>> boxes;
    for (const RedFlag sign : PlanBook::safetySigns(*m_selfTest)) {
        // Asked briefly, the whole question in the tooltip.
        const QString question =
            sign == RedFlag::ClotSigns ? m_content->clotQuestion() : m_selfTest->redFlag(sign).question;
        QString brief = m_selfTest->redFlag(sign).shortText;
        brief[0] = brief[0].toUpper();
        // A checkbox's own text does not wrap: the question goes in a label beside it that ticks it too.
        auto *box = new QCheckBox(safety);
        box->setObjectName(QStringLiteral("sign-") + assessment::idOf(sign));
        box->setAccessibleName(question);
        auto *row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        auto *text = new CheckText(brief, box, safety);
        text->setToolTip(question);
        box->setToolTip(question);
        row->addWidget(text, 1);
        layout->addLayout(row);
        boxes.append({box, sign});
    }
    layout->addWidget(sources(m_references, m_content->safety().sources, safety));
    auto *row = new QHBoxLayout;
    auto *clear = new QPushButton(tr("None of these"), safety);
    clear->setObjectName(QStringLiteral("safetyClear"));
    clear->setToolTip(tr("None of these signs: show today's session"));
    clear->setDefault(true);
    auto *stop = new QPushButton(tr("Pause the plan and get help"), safety);
    stop->setObjectName(QStringLiteral("safetyPause"));
    stop->setEnabled(false);
    row->addWidget(clear);
    row->addWidget(stop);
    row->addStretch(1);
    layout->addLayout(row);
    for (const auto &[box, sign] : boxes) {
        connect(box, &QCheckBox::toggled, this, [boxes, clear, stop] {
            const bool any =
                std::any_of(boxes.begin(), boxes.end(), [](const auto &b) { return b.first->isChecked(); });
            clear->setEnabled(!any);
            stop->setEnabled(any);
        });
    }
    connect(clear, &QPushButton::clicked, this, [this] {
        m_safetyDone = true;
        m_message->hide();
        rebuild(m_keeper.status());
    });
    connect(stop, &QPushButton::clicked, this, [this, boxes] {
        std::vector<RedFlag> signs;
        for (const auto &[box, sign] : boxes) {
            if (box->isChecked())
                signs.push_back(sign);
        }
        act(m_keeper.log(0, signs, std::nullopt), tr("The plan is paused."));
    });
    return safety;
}

QWidget *PlanPage::sessionCard(const Status &status, QWidget *parent)
{
    const Level &level = m_content->level(status.level);
    QVBoxLayout *layout = nullptr;
    Card *session = card(QStringLiteral("sessionCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("Today's session"), session));
    for (const Prescription &prescription : level.exercises) {
        const Exercise *exercise = m_content->exercise(prescription.exercise);
        auto *row = new QHBoxLayout;
        row->setSpacing(14);
        auto *picture = new Illustration(exercise->illustration, QSize(120, 120), session);
        picture->setFixedWidth(120);
        row->addWidget(picture, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(4);
        auto *name = headingLabel(exercise->name, session, 1.05);
        text->addWidget(name);
        text->addWidget(muted(biasText(exercise->bias), session));
        auto *dose = new QLabel(tr("<b>Dose:</b> %1. <b>Rest:</b> %2.")
                                    .arg(prescription.dose.toHtmlEscaped(), prescription.rest.toHtmlEscaped()),
                                session);
        dose->setTextFormat(Qt::RichText);
        dose->setWordWrap(true);
        dose->setObjectName(QStringLiteral("dose-") + exercise->id);
        text->addWidget(dose);
        text->addWidget(wrappingLabel(exercise->how, session));
        if (prescription.holds && exercise->holdSeconds)
            text->addWidget(
                new SessionTimer(SessionTimer::holds(*prescription.holds, *exercise->holdSeconds), session));
        if (prescription.intervals)
            text->addWidget(new SessionTimer(SessionTimer::intervals(*prescription.intervals), session));
        text->addWidget(sources(m_references, exercise->sources, session));
        row->addLayout(text, 1);
        layout->addLayout(row);
    }
    layout->addWidget(sources(m_references, level.sources, session));
    return session;
}

QWidget *PlanPage::logCard(QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *log = card(QStringLiteral("logCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("Log this session"), log));
    layout->addWidget(wrappingLabel(m_content->pain().text, log));
    auto *grid = new QGridLayout;
    auto *painLabel = new QLabel(tr("&Pain during the session:"), log);
    auto *slider = new QSlider(Qt::Horizontal, log);
    slider->setObjectName(QStringLiteral("painSlider"));
    slider->setRange(0, kPainMax);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    painLabel->setBuddy(slider);
    // No pain is assumed: the person sets it, even when it is 0.
    auto *painValue = new QLabel(tr("Not set yet: move the slider"), log);
    painValue->setObjectName(QStringLiteral("painValue"));
    slider->setAccessibleName(tr("Pain during the session, 0 to 10"));
    grid->addWidget(painLabel, 0, 0);
    grid->addWidget(slider, 0, 1);
    grid->addWidget(painValue, 0, 2);
    auto *minutesLabel = new QLabel(tr("&Minutes (optional):"), log);
    auto *minutes = new QSpinBox(log);
    minutes->setObjectName(QStringLiteral("minutes"));
    minutes->setRange(0, 24 * 60);
    minutes->setSpecialValueText(tr("not given"));
    minutesLabel->setBuddy(minutes);
    grid->addWidget(minutesLabel, 1, 0);
    grid->addWidget(minutes, 1, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    auto *save = new QPushButton(tr("Log this session"), log);
    save->setObjectName(QStringLiteral("logSession"));
    save->setDefault(true);
    save->setEnabled(false);
    save->setToolTip(tr("Set the pain first"));
    const auto chosen = [painValue, save, slider] {
        painValue->setText(painWords(slider->value()));
        save->setEnabled(true);
        save->setToolTip({});
    };
    connect(slider, &QSlider::actionTriggered, log, [log, chosen] { QTimer::singleShot(0, log, chosen); });
    connect(slider, &QSlider::sliderPressed, log, chosen);
    connect(slider, &QSlider::valueChanged, log, chosen);
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addWidget(sources(m_references, m_content->pain().sources, log));
    connect(save, &QPushButton::clicked, this, [this, slider, minutes] {
        const int pain = slider->value();
        const Result result =
            m_keeper.log(pain, {}, minutes->value() > 0 ? std::optional(minutes->value()) : std::nullopt);
        if (result.ok)
            m_safetyDone = false;
        act(result, pain > kPainAcceptableMax
                        ? tr("Logged. That was too much: the next session is one level easier.")
                        : tr("Logged. Tomorrow morning, say how the calf feels compared with before this session."));
    });
    return log;
}

QWidget *PlanPage::gateCard(const Status &status, QWidget *parent)
{
    const GateStatus &gate = *status.gate;
    const Phase *phase = m_content->phase(gate.phase);
    QVBoxLayout *layout = nullptr;
    Card *card = app::card(QStringLiteral("gateCard"), parent, &layout);
    layout->addWidget(headingLabel(gate.met ? tr("Ready for %1").arg(phase->title)
                                            : tr("Still needed for the next phase, %1").arg(phase->title),
                                   card));
    layout->addWidget(wrappingLabel(phase->gate->text.text, card));
    for (const CriterionStatus &criterion : gate.criteria) {
        auto *row = new QHBoxLayout;
        auto *mark = new QLabel(criterion.met ? QStringLiteral("✓") : QStringLiteral("✗"), card);
        QPalette markPalette = mark->palette();
        markPalette.setColor(QPalette::WindowText, criterion.met ? palette::kRightAnswer : palette::kWrongAnswer);
        mark->setPalette(markPalette);
        mark->setAccessibleName(criterion.met ? tr("met") : tr("not met"));
        row->addWidget(mark, 0, Qt::AlignTop | Qt::AlignHCenter);
        const bool percent = criterion.criterion == Criterion::HeelRaiseAsymmetry ||
                             criterion.criterion == Criterion::KneeToWallAsymmetry;
        const QString value = !criterion.value ? tr("not measured yet")
                              : percent        ? tr("%1 %").arg(QLocale().toString(*criterion.value))
                                               : QLocale().toString(*criterion.value);
        auto *text = wrappingLabel(tr("%1 (now: %2)").arg(criterion.text, value), card);
        text->setObjectName(QStringLiteral("criterion-") + idOf(criterion.criterion));
        row->addWidget(text, 1);
        std::optional<measure::Test> test;
        if (criterion.criterion == Criterion::HeelRaiseCount || criterion.criterion == Criterion::HeelRaiseAsymmetry)
            test = measure::Test::HeelRaise;
        else if (criterion.criterion == Criterion::KneeToWallAsymmetry)
            test = measure::Test::KneeToWall;
        if (test && !criterion.met) {
            auto *measure = new QPushButton(tr("Measure now"), card);
            measure->setObjectName(QStringLiteral("measure-") + idOf(criterion.criterion));
            connect(measure, &QPushButton::clicked, this, [this, test] { emit measureRequested(*test); });
            row->addWidget(measure, 0, Qt::AlignTop);
        }
        layout->addLayout(row);
    }
    layout->addWidget(sources(m_references, phase->gate->text.sources, card));
    return card;
}

QWidget *PlanPage::rulesCard(QWidget *parent)
{
    QVBoxLayout *layout = nullptr;
    Card *rules = card(QStringLiteral("rulesCard"), parent, &layout);
    layout->addWidget(headingLabel(tr("While you build up your running"), rules));
    QStringList keys;
    for (const Rule &rule : m_content->rules()) {
        layout->addWidget(wrappingLabel(QStringLiteral("• ") + rule.text.text, rules));
        for (const QString &key : rule.text.sources) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    layout->addWidget(sources(m_references, keys, rules));
    return rules;
}

QWidget *PlanPage::stopRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    auto *stop = new QPushButton(tr("Stop the plan…"), row);
    stop->setObjectName(QStringLiteral("stopPlan"));
    stop->setToolTip(tr("End this plan; its log stays in your history"));
    layout->addWidget(stop);
    connect(stop, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Stop the plan?"),
                                                  tr("The plan ends here. Its log stays in your history, and you can "
                                                     "start a new plan at any time."));
        if (answer == QMessageBox::Yes)
            act(m_keeper.stop(), tr("The plan is stopped. Its log stays in your history."));
    });
    return row;
}

} // namespace calfatlas::app
