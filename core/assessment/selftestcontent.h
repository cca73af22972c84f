// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/answers.h"
#include "common/references.h"
#include "common/sourcedtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace calfatlas {
class JsonEntry;
}

namespace calfatlas::assessment {

// A piece of advice as the data describes it.
struct AdviceText {
    QString id;
    QString title;
    QString text;
    QString textOverLimit; // only for advice with a threshold (incremental-volume)
    QString textElsewhere; // see-clinician only: for pain outside the calf muscles
    QString dosage;
    QString structure;    // knowledge-base id the advice trains, may be empty
    QString illustration; // artwork name, may be empty
    QStringList sources;
};

// A red flag as it is asked and explained.
struct RedFlagText {
    RedFlag flag = RedFlag::SuddenPop;
    QString shortText; // "a gap or dent above the heel", for sentences
    QString question;  // asked in the safety screen
    QString why;       // one line: why we ask
    QString reason;    // what it can mean, for the see-clinician advice
    Urgency urgency = Urgency::SameDay;
    QStringList sources;
    QString structure; // knowledge-base id of where its cause lies ("Show me where"), may be empty
};

struct LevelText {
    Level level = Level::None;
    QString label;
    QString description;
};

// An area of the leg as the "where does it hurt?" question names it. For an area outside the calf muscles,
// the explanation says what usually hurts there and why the calf tests cannot judge it.
struct AreaText {
    Area area = Area::WholeCalf;
    QString label;       // "Achilles tendon"
    QString hint;        // where exactly: "the tendon a few centimetres above the heel"
    QString explanation; // elsewhere areas only
    QStringList sources;
};

// How to do one of the self-test's tests.
struct TestInstructions {
    QString id; // "bench", "wall", "knee-to-wall"
    QString title;
    QString summary;
    QStringList steps;
    QString illustration;
    QStringList sources;
};

// A foot strike explained in plain words.
struct StrikeText {
    Strike strike = Strike::Unknown;
    QString label;
    QString text;
    QStringList sources;
};

// The words of the self-test: advice, red flags, levels, verdict headlines and explanation templates.
// Loaded from resources/data/selftest.json and validated against the references.
class SelfTestContent {
public:
    // Throws DataFileException naming file, entry and field when the data is malformed or incomplete.
    static SelfTestContent load(const QString &path, const References &references);
    static SelfTestContent builtIn(const References &references);

    const AdviceText &advice(const QString &id) const;
    const RedFlagText &redFlag(RedFlag flag) const;
    const LevelText &level(Level level) const;
    // An explanation: a text with placeholders ({bench}, {cm}, …) and the sources behind it.
    const SourcedText &explanation(const QString &id) const;
    // What to do, and how soon, for a result of this urgency.
    QString urgencyText(Urgency urgency) const;
    // What the self-test is and is not, shown with every result.
    const QString &disclaimer() const { return m_disclaimer; }
    // Headline for a verdict id and a variant ("likely", "possible", "emergency", "same-day", "soon",
    // "headline").
    QString headline(const QString &verdictId, const QString &variant) const;

    QList<AdviceText> allAdvice() const { return m_advice.values(); }
    // What the self-test can and cannot tell, paragraph by paragraph.
    const QList<SourcedText> &intro() const { return m_intro; }
    const TestInstructions &test(const QString &id) const;
    const StrikeText &strike(Strike strike) const;
    const AreaText &area(Area area) const;

private:
    // Each reads one list of the file into its member and throws when an entry it needs is missing.
    void readLevels(const JsonEntry &top);
    void readRedFlags(const JsonEntry &top, const References &references);
    void readVerdicts(const JsonEntry &top);
    void readExplanations(const JsonEntry &top, const References &references);
    void readAdvice(const JsonEntry &top, const References &references);
    void readAreas(const JsonEntry &top, const References &references);

    QHash<QString, AdviceText> m_advice;
    QHash<RedFlag, RedFlagText> m_redFlags;
    QHash<Level, LevelText> m_levels;
    QHash<QString, SourcedText> m_explanations;
    QHash<QString, QString> m_headlines; // "verdict/variant" -> text
    QHash<Urgency, QString> m_urgencyTexts;
    QString m_disclaimer;
    QList<SourcedText> m_intro;
    QHash<QString, TestInstructions> m_tests;
    QHash<Strike, StrikeText> m_strikes;
    QHash<Area, AreaText> m_areas;
};

} // namespace calfatlas::assessment
