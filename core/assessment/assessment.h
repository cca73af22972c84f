// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "assessment/kneetowall.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace calfatlas::assessment {

// Elsewhere: the pain is outside the calf muscles (the Achilles tendon, the heel, behind the knee, the shin
// or the outer leg), where the two calf tests cannot tell the muscles apart.
enum class Verdict { SeekCare, Neither, Soleus, Gastrocnemius, Both, Elsewhere };
enum class Confidence { Likely, Possible };

// One piece of advice in a result, its text already fitted to the answers.
struct Advice {
    QString id;
    QString title;
    QString text;
    QString dosage;
    QString structure;    // knowledge-base id to "show me", may be empty
    QString illustration; // artwork name, may be empty
    QStringList sources;
};

// The self-test's answer for one leg.
struct Assessment {
    Verdict verdict = Verdict::Neither;
    std::optional<Confidence> confidence; // for soleus, gastrocnemius and both only
    std::optional<Urgency> urgency;       // for seek-care only
    std::optional<Side> side;
    std::optional<Area> where; // where the person said it hurts, if they could say
    std::vector<RedFlag> redFlags;
    QString headline;    // "Points to your soleus"
    QString explanation; // why, in plain words
    QStringList explanationSources;
    std::vector<Advice> advice;
    std::optional<KneeToWall> kneeToWall; // when a distance was given and the tests are interpreted

    // Every source the result rests on, in order of first use.
    QStringList allSources() const;
    std::vector<QString> adviceIds() const;
};

QString idOf(Verdict verdict);
QString idOf(Confidence confidence);

} // namespace calfatlas::assessment
