// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "choicegroup.h"
#include "scrollpage.h"

class QLabel;

namespace calfatlas::app {

class ChoiceGroup;
class LegMap;

// "Where does it hurt?": for each sore leg, the back of the leg with the places drawn on it, and the same
// places as a list beside it (for the keyboard and screen readers), with "I can't say". A leg that hurts
// outside the calf muscles skips the two tests: they cannot judge it.
class WherePage : public ScrollPage {
    Q_OBJECT

public:
    WherePage(SelfTestWizard *wizard, int testsPage, int resultPage);

    // One question per leg, keeping the answers already given for legs still chosen.
    void setLegs(const std::vector<assessment::LegAnswers> &legs);
    std::optional<assessment::Area> where(const std::optional<assessment::Side> &side) const;
    // The legs as set, each with its place.
    std::vector<assessment::LegAnswers> legs() const;
    int nextId() const override;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    struct Leg {
        QString key;
        std::optional<assessment::Side> side;
        ChoiceGroup *list = nullptr;
        LegMap *map = nullptr;
    };
    Leg addLeg(std::optional<assessment::Side> side, const QString &question, const QList<ChoiceGroup::Option> &options,
               const QString &selected);

    QWidget *m_legsBox = nullptr;
    QList<Leg> m_legs;
    int m_testsPage;
    int m_resultPage;
};

} // namespace calfatlas::app
