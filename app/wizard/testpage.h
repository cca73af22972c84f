// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "scrollpage.h"

#include <QHash>

namespace calfatlas::app {

class ChoiceGroup;

// Steps 4 and 5: how to do the bench test (knee bent) or the wall test (knee straight), and how it felt
// in each chosen leg.
class TestPage : public ScrollPage {
    Q_OBJECT

public:
    TestPage(SelfTestWizard *wizard, const QString &testId, int nextPage);

    // Shows one rating per leg, keeping the ratings already given for legs still chosen.
    void setLegs(const std::vector<assessment::LegAnswers> &legs);
    // After a sudden start the page asks to go gently and stop at the first pull.
    void setGentle(bool gentle);
    std::optional<assessment::Level> rating(const std::optional<assessment::Side> &side) const;
    bool isComplete() const override;
    int nextId() const override { return m_next; }
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    QString m_testId;
    int m_next;
    QWidget *m_ratingsBox = nullptr;
    QLabel *m_gentle = nullptr;
    QList<std::pair<QString, ChoiceGroup *>> m_ratings; // leg key -> its rating
};

} // namespace calfatlas::app
