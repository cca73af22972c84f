// SPDX-License-Identifier: MIT
#include "todaypanel.h"

#include "assessment/legnames.h"
#include "assessment/selftestcontent.h"
#include "common/datafile.h"
#include "history/historyservice.h"
#include "ui/card.h"
#include "ui/textwidgets.h"
#include "ui/urgency.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::plan;

namespace {

Card *todayCard(const QString &name, const QString &title, QWidget *parent, QVBoxLayout **layout)
{
    auto *card = new Card(parent);
    card->setObjectName(name);
    *layout = new QVBoxLayout(card);
    (*layout)->setContentsMargins(20, 14, 20, 14);
    (*layout)->setSpacing(6);
    (*layout)->addWidget(headingLabel(title, card, 1.15));
    return card;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString value(measure::Test test, double value)
{
    return test == measure::Test::HeelRaise ? TodayPanel::tr("%1 raises").arg(QLocale().toString(value))
                                            : TodayPanel::tr("%1 cm").arg(QLocale().toString(value));
}

} // namespace

TodayPanel::TodayPanel(HistoryService *history, const assessment::SelfTestContent *selfTest, QWidget *parent)
    : QWidget(parent), m_history(history), m_selfTest(selfTest)
{
    setObjectName(QStringLiteral("todayPanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(history, &HistoryService::changed, this, &TodayPanel::refresh);
    refresh();
}

void TodayPanel::refresh()
{
    if (m_content) {
        // Out of the panel at once (its buttons may be the ones being clicked), deleted once the click is over.
        m_content->hide();
        m_content->setParent(nullptr);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    QWidget *plan = planCard(m_content);
    QWidget *test = selfTestCard(m_content);
    QWidget *measurements = measurementsCard(m_content);
    const bool used = plan || test || measurements;
    if (used) {
        column->addWidget(headingLabel(tr("Today"), m_content, 1.5));
        if (plan)
            column->addWidget(plan);
        auto *row = new QHBoxLayout;
        row->setSpacing(12);
        if (test)
            row->addWidget(test, 1);
        if (measurements)
            row->addWidget(measurements, 1);
        column->addLayout(row);
    }
    m_layout->addWidget(m_content);
    setVisible(used);
}

QWidget *TodayPanel::planCard(QWidget *parent)
{
    if (!m_history->hasPlanContent())
        return nullptr;
    const Status status = m_history->planStatus();
    if (!status.active)
        return nullptr;
    const PlanContent &content = *m_history->planContent();
    const Level &level = content.level(status.level);
    QVBoxLayout *layout = nullptr;
    Card *card = todayCard(QStringLiteral("todayPlan"),
                           tr("Back to running: %1, level %2 of %3")
                               .arg(content.phaseOf(status.level).title)
                               .arg(status.level)
                               .arg(content.levelCount()),
                           parent, &layout);
    if (status.paused) {
        const assessment::Urgency urgency = status.urgency.value_or(assessment::Urgency::SameDay);
        card->setAccent(urgencyColour(urgency));
        layout->addWidget(urgencyBadge(urgency, card));
        layout->addWidget(wrappingLabel(m_selfTest->urgencyText(urgency), card));
    } else if (status.awaitingMorning && *status.awaitingSince < QDate::currentDate()) {
        layout->addWidget(wrappingLabel(tr("How does the calf feel compared with before the session of %1?")
                                            .arg(QLocale().toString(*status.awaitingSince, QLocale::LongFormat)),
                                        card));
        auto *row = new QHBoxLayout;
        const std::pair<Morning, QString> answers[] = {
            {Morning::Better, tr("Better")}, {Morning::Same, tr("The same")}, {Morning::Worse, tr("Worse")}};
        for (const auto &[answer, text] : answers) {
            auto *reply = button(text, QStringLiteral("todayMorning-") + idOf(answer), card);
            connect(reply, &QPushButton::clicked, this, [this, answer = answer] { m_history->reportMorning(answer); });
            row->addWidget(reply);
        }
        row->addStretch(1);
        layout->addLayout(row);
    } else {
        QStringList names;
        for (const Prescription &prescription : level.exercises)
            names.append(content.exercise(prescription.exercise)->name);
        layout->addWidget(
            wrappingLabel(tr("Next session: %1 (%2).").arg(level.title, names.join(QStringLiteral(", "))), card));
        // Held at a gate: say what is missing, not only what comes next.
        if (status.held) {
            QStringList missing;
            for (const CriterionStatus &criterion : status.gate->criteria) {
                if (!criterion.met)
                    missing.append(criterion.text);
            }
            auto *held = wrappingLabel(tr("Before the next phase: %1.").arg(missing.join(QStringLiteral("; "))), card);
            held->setObjectName(QStringLiteral("todayHeld"));
            layout->addWidget(held);
        }
        if (status.lastSession)
            layout->addWidget(wrappingLabel(
                tr("Last session: %1.").arg(QLocale().toString(*status.lastSession, QLocale::LongFormat)), card));
    }
    auto *open =
        button(status.paused ? tr("Open the plan") : tr("Open today's session"), QStringLiteral("openPlan"), card);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &TodayPanel::openPlanRequested);
    layout->addWidget(open, 0, Qt::AlignLeft);
    return card;
}

QWidget *TodayPanel::selfTestCard(QWidget *parent)
{
    const std::vector<history::SavedSelfTest> tests = m_history->store().all();
    if (tests.empty())
        return nullptr;
    const history::SavedSelfTest &last = tests.front(); // newest first
    QVBoxLayout *layout = nullptr;
    Card *card = todayCard(QStringLiteral("todaySelfTest"), tr("Last self-test"), parent, &layout);
    layout->addWidget(wrappingLabel(day(last.takenAt), card));
    for (const assessment::LegResult &leg : last.legs) {
        const QString side = leg.answers.side ? assessment::legName(*leg.answers.side) : QString();
        layout->addWidget(wrappingLabel(side.isEmpty()
                                            ? translatedDataText(leg.assessment.headline)
                                            : tr("%1: %2").arg(side, translatedDataText(leg.assessment.headline)),
                                        card));
    }
    auto *row = new QHBoxLayout;
    auto *show = button(tr("Open in History"), QStringLiteral("openSelfTest"), card);
    auto *again = button(tr("Take it again"), QStringLiteral("retakeSelfTest"), card);
    connect(show, &QPushButton::clicked, this, [this, id = last.id] { emit showSelfTestRequested(id); });
    connect(again, &QPushButton::clicked, this, &TodayPanel::startSelfTestRequested);
    row->addWidget(show);
    row->addWidget(again);
    row->addStretch(1);
    layout->addStretch(1);
    layout->addLayout(row);
    return card;
}

QWidget *TodayPanel::measurementsCard(QWidget *parent)
{
    const std::vector<history::SavedMeasurement> rows = m_history->store().measurements();
    if (rows.empty())
        return nullptr;
    QVBoxLayout *layout = nullptr;
    Card *card = todayCard(QStringLiteral("todayMeasurements"), tr("Last measurements"), parent, &layout);
    for (const measure::Test test : {measure::Test::HeelRaise, measure::Test::KneeToWall}) {
        std::optional<history::SavedMeasurement> left;
        std::optional<history::SavedMeasurement> right;
        for (const history::SavedMeasurement &row : rows) { // oldest first: the last one wins
            if (row.test == test)
                (row.side == assessment::Side::Left ? left : right) = row;
        }
        if (!left && !right)
            continue;
        const QString name = test == measure::Test::HeelRaise ? tr("Heel-raise test") : tr("Knee-to-wall");
        QStringList parts;
        if (left)
            parts.append(tr("left %1").arg(value(test, left->value)));
        if (right)
            parts.append(tr("right %1").arg(value(test, right->value)));
        const QDateTime when = std::max(left ? left->takenAt : QDateTime(), right ? right->takenAt : QDateTime());
        auto *line = wrappingLabel(tr("%1: %2 (%3)").arg(name, parts.join(QStringLiteral(", ")), day(when)), card);
        line->setObjectName(QStringLiteral("todayMeasure-") + measure::idOf(test));
        layout->addWidget(line);
    }
    auto *again = button(tr("Measure again"), QStringLiteral("measureAgain"), card);
    connect(again, &QPushButton::clicked, this, [this] { emit measureRequested(measure::Test::HeelRaise); });
    layout->addStretch(1);
    layout->addWidget(again, 0, Qt::AlignLeft);
    return card;
}

} // namespace calfatlas::app
