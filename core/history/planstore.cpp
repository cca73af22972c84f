// SPDX-License-Identifier: MIT
// The plan's part of the history store: plans and their events (schema step 5).
#include "history/historystore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace calfatlas::history {

namespace {

class PlanStoreText {
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

// One event row, or a problem naming it.
std::optional<plan::Event> readEvent(const QSqlQuery &query, QString *problem)
{
    plan::Event event;
    event.id = query.value(0).toLongLong();
    const auto kind = plan::eventKindFromId(query.value(1).toString());
    event.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    if (!kind || !event.date.isValid()) {
        *problem = PlanStoreText::tr("Plan entry %1 cannot be read and is left out.").arg(event.id);
        return std::nullopt;
    }
    event.kind = *kind;
    event.pain = query.value(3).toInt();
    if (!query.value(4).isNull())
        event.minutes = query.value(4).toInt();
    event.morning = plan::morningFromId(query.value(5).toString()).value_or(plan::Morning::Same);
    for (const QString &id : query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto flag = assessment::redFlagFromId(id))
            event.redFlags.push_back(*flag);
    }
    event.urgency = assessment::urgencyFromId(query.value(7).toString()).value_or(assessment::Urgency::SameDay);
    if (event.kind == plan::Event::Kind::Session && (event.pain < 0 || event.pain > plan::kPainMax)) {
        *problem = PlanStoreText::tr("Plan entry %1 cannot be read and is left out.").arg(event.id);
        return std::nullopt;
    }
    return event;
}

} // namespace

Outcome HistoryStore::startPlan(assessment::Side leg, const QDate &date)
{
    if (m_file.state() != State::Ready)
        return refuseWrite();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO plans (leg, started_on, app_version) VALUES (?, ?, ?)"));
    query.addBindValue(assessment::idOf(leg));
    query.addBindValue(dateText(date));
    query.addBindValue(QStringLiteral(CALFATLAS_VERSION));
    if (!query.exec())
        return writeFailed(query.lastError());
    return {true, PlanStoreText::tr("Plan started."), query.lastInsertId().toLongLong()};
}

Outcome HistoryStore::stopPlan(qint64 planId, const QDate &date)
{
    if (m_file.state() != State::Ready)
        return refuseWrite();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE plans SET stopped_on = ? WHERE id = ? AND stopped_on IS NULL"));
    query.addBindValue(dateText(date));
    query.addBindValue(planId);
    if (!query.exec())
        return writeFailed(query.lastError());
    if (query.numRowsAffected() != 1)
        return {false, PlanStoreText::tr("That plan is no longer running.")};
    return {true, PlanStoreText::tr("Plan stopped. Its log stays in your history."), planId};
}

Outcome HistoryStore::addPlanEvent(qint64 planId, const plan::Event &event, int level)
{
    if (m_file.state() != State::Ready)
        return refuseWrite();
    QStringList flags;
    for (const assessment::RedFlag flag : event.redFlags)
        flags.append(assessment::idOf(flag));
    const bool session = event.kind == plan::Event::Kind::Session;
    const bool pause = event.kind == plan::Event::Kind::Pause;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO plan_events (plan_id, kind, on_date, level, pain, minutes, compared, "
                                 "red_flags, urgency, recorded_at, app_version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(planId);
    query.addBindValue(plan::idOf(event.kind));
    query.addBindValue(dateText(event.date));
    query.addBindValue(level);
    query.addBindValue(session ? QVariant(event.pain) : nullInt());
    query.addBindValue(session && event.minutes ? QVariant(*event.minutes) : nullInt());
    query.addBindValue(event.kind == plan::Event::Kind::Morning ? QVariant(plan::idOf(event.morning)) : nullText());
    query.addBindValue(pause ? QVariant(flags.join(QLatin1Char(','))) : nullText());
    query.addBindValue(pause ? QVariant(assessment::idOf(event.urgency)) : nullText());
    query.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(QStringLiteral(CALFATLAS_VERSION));
    if (!query.exec())
        return writeFailed(query.lastError());
    return {true, PlanStoreText::tr("Saved to your history."), query.lastInsertId().toLongLong()};
}

std::vector<plan::Plan> HistoryStore::plans(QStringList *problems) const
{
    std::vector<plan::Plan> list;
    if (m_file.state() == State::Unavailable || m_file.version() < 5)
        return list;
    const QSqlDatabase database = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const auto failed = [&] {
        if (problems)
            problems->append(query.lastError().text());
        return list;
    };
    if (!query.exec(QStringLiteral("SELECT id, leg, started_on, stopped_on FROM plans ORDER BY id")))
        return failed();
    while (query.next()) {
        plan::Plan plan;
        plan.id = query.value(0).toLongLong();
        const auto leg = assessment::sideFromId(query.value(1).toString());
        plan.started = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        if (!query.value(3).isNull())
            plan.stopped = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        if (!leg || !plan.started.isValid()) {
            if (problems)
                problems->append(PlanStoreText::tr("Plan %1 cannot be read and is left out.").arg(plan.id));
            continue;
        }
        plan.leg = *leg;
        list.push_back(plan);
    }
    if (!query.exec(QStringLiteral("SELECT id, kind, on_date, pain, minutes, compared, red_flags, urgency, plan_id "
                                   "FROM plan_events ORDER BY on_date, id")))
        return failed();
    while (query.next()) {
        QString problem;
        const std::optional<plan::Event> event = readEvent(query, &problem);
        if (!event) {
            if (problems)
                problems->append(problem);
            continue;
        }
        const qint64 planId = query.value(8).toLongLong();
        for (plan::Plan &plan : list) {
            if (plan.id == planId)
                plan.events.push_back(*event);
        }
    }
    return list;
}

std::optional<plan::Plan> HistoryStore::activePlan(QStringList *problems) const
{
    std::vector<plan::Plan> all = plans(problems);
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (!it->stopped)
            return *it;
    }
    return std::nullopt;
}

} // namespace calfatlas::history
