// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "plan/planengine.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace calfatlas::assessment {
class SelfTestContent;
}
namespace calfatlas::history {
class HistoryStore;
}

namespace calfatlas::plan {

// What a plan action did: on failure, why (one line for the person), and nothing was saved.
struct Result {
    bool ok = false;
    QString message;
    Status status;                 // after the action (the status before it on failure)
    std::vector<QString> warnings; // ids of the running rules the logged session went against
    bool writeFailed = false;      // refused by the history file (full disk, read-only), not by the rules
};

// The plan back to running over the history store: every action is checked here, for the app and the
// command line alike, then saved as one event.
class PlanBook {
public:
    PlanBook(history::HistoryStore &store, const PlanContent &content, const assessment::SelfTestContent &selfTest);

    const PlanContent &content() const { return m_content; }
    // The running plan, if any.
    std::optional<Plan> active() const;
    // Its status as of `today` (an inactive status when no plan runs).
    Status status(const QDate &today) const;

    Result start(assessment::Side leg, const QDate &date);
    // A session with its pain (0..10), after the safety check: any sign answered yes pauses the plan instead.
    Result log(int pain, const QDate &date, const std::vector<assessment::RedFlag> &signs = {},
               std::optional<int> minutes = std::nullopt);
    Result morning(Morning compared, const QDate &date);
    // After a pause: the person has been seen and cleared; the plan resumes at the same level.
    Result resume(const QDate &date);
    Result stop(const QDate &date);

    // The signs the safety check asks: the self-test's emergency and same-day warning signs.
    static std::vector<assessment::RedFlag> safetySigns(const assessment::SelfTestContent &selfTest);

private:
    Result fail(const QString &message, const QDate &today) const;
    Result save(const Plan &plan, const Event &event, const QDate &today);
    std::optional<QString> dateProblem(const Plan &plan, const QDate &date) const;

    history::HistoryStore &m_store;
    const PlanContent &m_content;
    const assessment::SelfTestContent &m_selfTest;
};

} // namespace calfatlas::plan
