// SPDX-License-Identifier: MIT
#include "assessment/engine.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace calfatlas::assessment {

namespace {

constexpr double kVolumeIncreaseGuidePercent = 10.0;

QString lowerLabel(const SelfTestContent &content, Level level)
{
    return content.level(level).label.toLower();
}

// The translation context of the assessment's own words.
class AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(Assessment)
};

// Joins phrases as a sentence would: "a", "a and b", "a, b and c".
QString joinedPhrases(const QStringList &phrases)
{
    if (phrases.size() <= 1)
        return phrases.value(0);
    // "a, b and c", with the joining words in the app's language.
    return AssessmentText::tr("%1 and %2", "joins the last item of a list")
        .arg(
            QStringList(phrases.mid(0, phrases.size() - 1)).join(AssessmentText::tr(", ", "separates items of a list")),
            phrases.last());
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

Advice adviceFrom(const AdviceText &text)
{
    return {text.id, text.title, text.text, text.dosage, text.structure, text.illustration, text.sources};
}

std::vector<RedFlag> distinctFlags(const std::vector<RedFlag> &flags)
{
    std::vector<RedFlag> result;
    for (RedFlag flag : allRedFlags()) {
        if (std::find(flags.begin(), flags.end(), flag) != flags.end())
            result.push_back(flag);
    }
    return result;
}

Assessment seekCare(const Answers &answers, const SelfTestContent &content)
{
    Assessment result;
    result.verdict = Verdict::SeekCare;
    result.side = answers.side;
    result.where = answers.where;
    result.redFlags = distinctFlags(effectiveRedFlags(answers));

    // The result is as urgent as its most urgent sign.
    Urgency urgency = Urgency::Soon;
    QStringList shortTexts;
    QStringList reasons;
    QStringList sources;
    for (RedFlag flag : result.redFlags) {
        const RedFlagText &text = content.redFlag(flag);
        urgency = std::min(urgency, text.urgency);
        shortTexts.append(text.shortText);
        if (!reasons.contains(text.reason))
            reasons.append(text.reason);
        appendUnique(sources, text.sources);
    }
    result.urgency = urgency;
    result.headline = content.headline(QStringLiteral("seek-care"), idOf(urgency));

    const SourcedText &explanation = content.explanation(QStringLiteral("seek-care"));
    result.explanation = QString(explanation.text).replace(QStringLiteral("{flags}"), joinedPhrases(shortTexts));
    result.explanationSources = sources;

    Advice advice = adviceFrom(content.advice(QStringLiteral("see-clinician")));
    advice.text = content.urgencyText(urgency) + QLatin1Char(' ') + reasons.join(QLatin1Char(' '));
    advice.dosage.clear(); // nothing to dose: the advice is when to see a clinician
    advice.sources = sources;
    advice.illustration = QStringLiteral("see-clinician");
    if (urgency == Urgency::Emergency)
        advice.title = result.headline; // "Call the emergency number now", then the numbers
    result.advice.push_back(advice);
    return result;
}

// Rules 2-5: which muscle the two ratings point to, and the explanation id that says why.
std::pair<Verdict, QString> verdictFromTests(Level bench, Level wall)
{
    if (bench == Level::None && wall == Level::None)
        return {Verdict::Neither, QStringLiteral("neither")};
    if (wall == Level::None)
        return {Verdict::Soleus, QStringLiteral("soleus-bench-only")};
    if (bench == Level::None)
        return {Verdict::Gastrocnemius, QStringLiteral("gastrocnemius-wall-only")};
    if (wall > bench)
        return {Verdict::Both, QStringLiteral("both-wall-stronger")};
    return {Verdict::Soleus, QStringLiteral("soleus-bench-not-weaker")};
}

// What the person told about their running that is worth knowing beside a soleus verdict, as explanation
// ids. Context only: none of it makes the verdict more certain (facts: foot strike loads both muscles).
QStringList contextNotes(const Context &context)
{
    QStringList reasons;
    if (context.strike == Strike::Midfoot)
        reasons.append(QStringLiteral("reason-strike-midfoot"));
    if (context.strike == Strike::Forefoot)
        reasons.append(QStringLiteral("reason-strike-forefoot"));
    if (context.convertingToMidfoot.value_or(false))
        reasons.append(QStringLiteral("reason-converting-to-midfoot"));
    if (context.painfulPlantarflexion.value_or(false))
        reasons.append(QStringLiteral("reason-painful-plantarflexion"));
    return reasons;
}

// Likely only when one test alone was positive, at least moderately, and the place of the pain does not
// fit the other muscle better; otherwise possible.
Confidence confidenceFor(Verdict verdict, Level bench, Level wall, std::optional<Area> where)
{
    const bool soleusArea = !where || *where == Area::LowerCalf || *where == Area::WholeCalf;
    const bool gastrocnemiusArea = !where || *where == Area::UpperCalf || *where == Area::WholeCalf;
    const bool singleTestStrong =
        (verdict == Verdict::Soleus && wall == Level::None && bench >= Level::Moderate && soleusArea) ||
        (verdict == Verdict::Gastrocnemius && bench == Level::None && wall >= Level::Moderate && gastrocnemiusArea);
    return singleTestStrong ? Confidence::Likely : Confidence::Possible;
}

// The explanation id that says the place of the pain fits the other muscle better, or empty.
QString areaMismatchNote(Verdict verdict, std::optional<Area> where)
{
    if (verdict == Verdict::Soleus && where == Area::UpperCalf)
        return QStringLiteral("area-fits-gastrocnemius");
    if (verdict == Verdict::Gastrocnemius && where == Area::LowerCalf)
        return QStringLiteral("area-fits-soleus");
    return {};
}

void appendClotRiskWatch(const Answers &answers, const SelfTestContent &content, QStringList &sentences,
                         QStringList &sources)
{
    // A clot risk alone is no red flag, but the person should know what would make it one.
    if (answers.clotRisk.value_or(false)) {
        const SourcedText &watch = content.explanation(QStringLiteral("clot-risk-alone"));
        sentences.append(watch.text);
        appendUnique(sources, watch.sources);
    }
}

// Rule 2: the pain is outside the calf muscles. No muscle verdict; what usually hurts there, why the tests
// cannot tell, and when to have it examined.
Assessment elsewhere(const Answers &answers, const SelfTestContent &content)
{
    const AreaText &area = content.area(*answers.where);
    Assessment result;
    result.verdict = Verdict::Elsewhere;
    result.side = answers.side;
    result.where = answers.where;
    result.headline = content.headline(QStringLiteral("elsewhere"), QStringLiteral("headline"));
    QStringList sentences{area.explanation};
    result.explanationSources = area.sources;
    appendClotRiskWatch(answers, content, sentences, result.explanationSources);
    result.explanation = sentences.join(QLatin1Char(' '));

    const AdviceText &clinicianText = content.advice(QStringLiteral("see-clinician"));
    Advice clinician = adviceFrom(clinicianText);
    clinician.text = clinicianText.textElsewhere;
    clinician.dosage.clear(); // the text says when; nothing to dose
    clinician.sources = area.sources;
    result.advice.push_back(clinician);
    // Pain-guided activity is what the pain-monitoring study tested, in Achilles tendinopathy: it is offered
    // for the tendon and the heel only. On the shin (a possible stress injury of the bone), behind the knee
    // or on the outer leg, "some pain is safe" is not the source's to say.
    if (*answers.where == Area::Achilles || *answers.where == Area::Heel)
        result.advice.push_back(adviceFrom(content.advice(QStringLiteral("pain-guided-activity"))));
    return result;
}

// The advice for a verdict, in the order it is best read: ease off first when that is wise, the exercises
// for the muscle, how pain guides the load, running volume, and when to see a clinician.
std::vector<Advice> adviceFor(Verdict verdict, Level bench, Level wall, const Context &context,
                              const SelfTestContent &content)
{
    const bool muscleVerdict =
        verdict == Verdict::Soleus || verdict == Verdict::Gastrocnemius || verdict == Verdict::Both;
    const bool strong = bench == Level::Strong || wall == Level::Strong;
    QStringList ids;
    if (muscleVerdict && (strong || context.suddenOnset.value_or(false)))
        ids << QStringLiteral("ease-off");
    if (verdict == Verdict::Soleus || verdict == Verdict::Both)
        ids << QStringLiteral("bent-knee-theraband") << QStringLiteral("seated-calf-raise");
    if (verdict == Verdict::Gastrocnemius || verdict == Verdict::Both)
        ids << QStringLiteral("straight-knee-calf-raise");
    if (muscleVerdict)
        ids << QStringLiteral("pain-guided-activity");

    std::vector<Advice> advice;
    for (const QString &id : ids)
        advice.push_back(adviceFrom(content.advice(id)));

    if (muscleVerdict && (context.runner.value_or(false) || context.volumeIncreasePercent)) {
        const AdviceText &text = content.advice(QStringLiteral("incremental-volume"));
        Advice volume = adviceFrom(text);
        const double increase = context.volumeIncreasePercent.value_or(0.0);
        if (increase > kVolumeIncreaseGuidePercent)
            volume.text =
                QString(text.textOverLimit).replace(QStringLiteral("{percent}"), QString::number(increase, 'g', 4));
        advice.push_back(volume);
    }
    // Neither test found the muscle, or a test hurt strongly: when to have it looked at.
    if (verdict == Verdict::Neither || (muscleVerdict && strong))
        advice.push_back(adviceFrom(content.advice(QStringLiteral("see-clinician"))));
    return advice;
}

QString kneeToWallSentences(const KneeToWall &measure, const SelfTestContent &content, QStringList &sources)
{
    const SourcedText &band =
        content.explanation(measure.band == KneeToWallBand::Reduced ? QStringLiteral("knee-to-wall-reduced")
                                                                    : QStringLiteral("knee-to-wall-typical"));
    QString text = QString(band.text).replace(QStringLiteral("{cm}"), formatCentimetres(measure.cm));
    appendUnique(sources, band.sources);
    if (measure.otherLegCm) {
        const SourcedText &difference =
            content.explanation(*measure.differenceMeaningful ? QStringLiteral("difference-meaningful")
                                                              : QStringLiteral("difference-within-error"));
        text +=
            QLatin1Char(' ') + QString(difference.text)
                                   .replace(QStringLiteral("{other}"), formatCentimetres(*measure.otherLegCm))
                                   .replace(QStringLiteral("{difference}"), formatCentimetres(*measure.differenceCm));
        appendUnique(sources, difference.sources);
    }
    return text;
}

} // namespace

std::optional<QString> problemWith(const Answers &answers)
{
    const Context &context = answers.context;
    if (context.volumeIncreasePercent &&
        !(std::isfinite(*context.volumeIncreasePercent) && *context.volumeIncreasePercent >= 0))
        return QStringLiteral("the weekly volume increase must be a percentage of 0 or more");
    if (answers.kneeToWallCm && !isValidKneeToWallCm(*answers.kneeToWallCm))
        return QStringLiteral("the knee-to-wall distance must be between 0 and 25 cm");
    if (answers.otherLegKneeToWallCm && !isValidKneeToWallCm(*answers.otherLegKneeToWallCm))
        return QStringLiteral("the other leg's knee-to-wall distance must be between 0 and 25 cm");
    if (answers.otherLegKneeToWallCm && !answers.kneeToWallCm)
        return QStringLiteral("the other leg's knee-to-wall distance needs this leg's distance too");
    // The tests are only needed when they decide: no red flag, and the pain in the calf muscles (or unsaid).
    const bool redFlag = !effectiveRedFlags(answers).empty() || (answers.where && !isCalfMuscleArea(*answers.where));
    if (!redFlag && !answers.bench)
        return QStringLiteral("the bench test rating is missing");
    if (!redFlag && !answers.wall)
        return QStringLiteral("the wall test rating is missing");
    return std::nullopt;
}

Assessment assess(const Answers &answers, const SelfTestContent &content)
{
    if (const auto problem = problemWith(answers))
        throw std::invalid_argument(problem->toStdString());

    // Rule 1: a red flag ends the test; nothing else is interpreted.
    if (!effectiveRedFlags(answers).empty())
        return seekCare(answers, content);
    // Rule 2: outside the calf muscles the tests cannot tell the muscles apart.
    if (answers.where && !isCalfMuscleArea(*answers.where))
        return elsewhere(answers, content);

    const Level bench = *answers.bench;
    const Level wall = *answers.wall;
    const auto [verdict, explanationId] = verdictFromTests(bench, wall);

    Assessment result;
    result.verdict = verdict;
    result.side = answers.side;
    result.where = answers.where;

    const SourcedText &explanation = content.explanation(explanationId);
    QStringList sentences{QString(explanation.text)
                              .replace(QStringLiteral("{bench}"), lowerLabel(content, bench))
                              .replace(QStringLiteral("{wall}"), lowerLabel(content, wall))};
    result.explanationSources = explanation.sources;

    if (verdict == Verdict::Neither) {
        result.headline = content.headline(QStringLiteral("neither"), QStringLiteral("headline"));
    } else {
        result.confidence = confidenceFor(verdict, bench, wall, answers.where);
        result.headline = content.headline(idOf(verdict), idOf(*result.confidence));
        if (const QString note = areaMismatchNote(verdict, answers.where); !note.isEmpty()) {
            sentences.append(content.explanation(note).text);
            appendUnique(result.explanationSources, content.explanation(note).sources);
        }
        const QStringList reasons = contextNotes(answers.context);
        if (verdict == Verdict::Soleus && !reasons.isEmpty()) {
            QStringList phrases;
            for (const QString &id : reasons) {
                phrases.append(content.explanation(id).text);
                appendUnique(result.explanationSources, content.explanation(id).sources);
            }
            const SourcedText &supports = content.explanation(QStringLiteral("context"));
            sentences.append(QString(supports.text).replace(QStringLiteral("{reasons}"), joinedPhrases(phrases)));
            appendUnique(result.explanationSources, supports.sources);
        }
    }

    if (answers.kneeToWallCm) {
        result.kneeToWall = interpretKneeToWall(*answers.kneeToWallCm, answers.otherLegKneeToWallCm);
        sentences.append(kneeToWallSentences(*result.kneeToWall, content, result.explanationSources));
    }

    appendClotRiskWatch(answers, content, sentences, result.explanationSources);

    result.explanation = sentences.join(QLatin1Char(' '));
    result.advice = adviceFor(verdict, bench, wall, answers.context, content);
    return result;
}

QString structureForVerdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Soleus:
    case Verdict::Both: return QStringLiteral("soleus");
    case Verdict::Gastrocnemius: return QStringLiteral("gastrocnemius-medial-head");
    case Verdict::Neither:
    case Verdict::SeekCare:
    case Verdict::Elsewhere: break;
    }
    return {};
}

QStringList Assessment::allSources() const
{
    QStringList sources = explanationSources;
    for (const Advice &item : advice)
        appendUnique(sources, item.sources);
    return sources;
}

std::vector<QString> Assessment::adviceIds() const
{
    std::vector<QString> ids;
    for (const Advice &item : advice)
        ids.push_back(item.id);
    return ids;
}

QString idOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::SeekCare: return QStringLiteral("seek-care");
    case Verdict::Neither: return QStringLiteral("neither");
    case Verdict::Soleus: return QStringLiteral("soleus");
    case Verdict::Gastrocnemius: return QStringLiteral("gastrocnemius");
    case Verdict::Both: return QStringLiteral("both");
    case Verdict::Elsewhere: return QStringLiteral("elsewhere");
    }
    return {};
}

QString idOf(Confidence confidence)
{
    return confidence == Confidence::Likely ? QStringLiteral("likely") : QStringLiteral("possible");
}

} // namespace calfatlas::assessment
