// SPDX-License-Identifier: MIT
#include "assessment/selftestcontent.h"

#include "common/datafile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace calfatlas::assessment {

namespace {

const QStringList kRequiredAdvice{QStringLiteral("bent-knee-theraband"),
                                  QStringLiteral("seated-calf-raise"),
                                  QStringLiteral("straight-knee-calf-raise"),
                                  QStringLiteral("incremental-volume"),
                                  QStringLiteral("see-clinician"),
                                  QStringLiteral("pain-guided-activity"),
                                  QStringLiteral("ease-off")};

const QStringList kRequiredExplanations{QStringLiteral("seek-care"),
                                        QStringLiteral("neither"),
                                        QStringLiteral("soleus-bench-only"),
                                        QStringLiteral("gastrocnemius-wall-only"),
                                        QStringLiteral("both-wall-stronger"),
                                        QStringLiteral("soleus-bench-not-weaker"),
                                        QStringLiteral("context"),
                                        QStringLiteral("reason-strike-midfoot"),
                                        QStringLiteral("reason-strike-forefoot"),
                                        QStringLiteral("reason-converting-to-midfoot"),
                                        QStringLiteral("reason-painful-plantarflexion"),
                                        QStringLiteral("knee-to-wall-reduced"),
                                        QStringLiteral("knee-to-wall-typical"),
                                        QStringLiteral("clot-risk-alone"),
                                        QStringLiteral("question-clot-risk"),
                                        QStringLiteral("question-rest-pain"),
                                        QStringLiteral("why-clot-questions"),
                                        QStringLiteral("difference-meaningful"),
                                        QStringLiteral("difference-within-error"),
                                        QStringLiteral("area-fits-gastrocnemius"),
                                        QStringLiteral("area-fits-soleus")};

// verdict id -> the headline variants it must have
const QList<std::pair<QString, QStringList>> kRequiredHeadlines{
    {QStringLiteral("seek-care"), {QStringLiteral("emergency"), QStringLiteral("same-day"), QStringLiteral("soon")}},
    {QStringLiteral("neither"), {QStringLiteral("headline")}},
    {QStringLiteral("soleus"), {QStringLiteral("likely"), QStringLiteral("possible")}},
    {QStringLiteral("gastrocnemius"), {QStringLiteral("likely"), QStringLiteral("possible")}},
    {QStringLiteral("both"), {QStringLiteral("likely"), QStringLiteral("possible")}},
    {QStringLiteral("elsewhere"), {QStringLiteral("headline")}}};

void loadWizardTexts(const JsonEntry &top, const References &references, QList<SourcedText> &intro,
                     QHash<QString, TestInstructions> &tests, QHash<Strike, StrikeText> &strikes)
{
    forEachEntry(top, QStringLiteral("intro"), EmptyList::Allow,
                 [&](const JsonEntry &entry) { intro.append(readSourcedText(entry, references)); });
    if (intro.isEmpty())
        top.fail(QStringLiteral("intro"), QStringLiteral("must have at least one paragraph"));
    forEachEntry(top, QStringLiteral("tests"), EmptyList::Allow, [&](const JsonEntry &entry) {
        TestInstructions test{
            entry.requiredString(QStringLiteral("id")),           entry.requiredText(QStringLiteral("title")),
            entry.requiredText(QStringLiteral("summary")),        entry.requiredTextList(QStringLiteral("steps")),
            entry.requiredString(QStringLiteral("illustration")), entry.requiredStringList(QStringLiteral("sources"))};
        references.requireKnown(entry, QStringLiteral("sources"), test.sources);
        tests.insert(test.id, test);
    });
    for (const char *id : {"bench", "wall", "knee-to-wall"}) {
        if (!tests.contains(QString::fromLatin1(id)))
            throw DataFileException(
                {top.file(), QString::fromLatin1(id), QStringLiteral("tests"), QStringLiteral("this test is missing")});
    }
    forEachEntry(top, QStringLiteral("strikes"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const auto strike = strikeFromId(entry.requiredString(QStringLiteral("id")));
        if (!strike || *strike == Strike::Unknown)
            entry.fail(QStringLiteral("id"), QStringLiteral("must be rearfoot, midfoot or forefoot"));
        StrikeText text{*strike, entry.requiredText(QStringLiteral("label")),
                        entry.requiredText(QStringLiteral("text")),
                        entry.requiredStringList(QStringLiteral("sources"))};
        references.requireKnown(entry, QStringLiteral("sources"), text.sources);
        strikes.insert(*strike, text);
    });
    for (Strike strike : {Strike::Rearfoot, Strike::Midfoot, Strike::Forefoot}) {
        if (!strikes.contains(strike))
            throw DataFileException(
                {top.file(), idOf(strike), QStringLiteral("strikes"), QStringLiteral("this foot strike is missing")});
    }
}

} // namespace

SelfTestContent SelfTestContent::builtIn(const References &references)
{
    return load(QStringLiteral(":/calfatlas/data/selftest.json"), references);
}

SelfTestContent SelfTestContent::load(const QString &path, const References &references)
{
    const QString fileName = path.startsWith(QLatin1Char(':')) ? QStringLiteral("selftest.json") : path;
    const JsonEntry top(fileName, {}, readJsonObjectFile(path));
    SelfTestContent content;
    content.m_disclaimer = top.requiredText(QStringLiteral("disclaimer"));
    content.readLevels(top);
    content.readRedFlags(top, references);
    const JsonEntry urgency(fileName, QStringLiteral("urgency"), top.requiredObject(QStringLiteral("urgency")));
    for (const Urgency level : {Urgency::Emergency, Urgency::SameDay, Urgency::Soon})
        content.m_urgencyTexts.insert(level, urgency.requiredText(idOf(level)));
    content.readVerdicts(top);
    content.readExplanations(top, references);
    content.readAdvice(top, references);
    loadWizardTexts(top, references, content.m_intro, content.m_tests, content.m_strikes);
    content.readAreas(top, references);
    if (content.m_advice.value(QStringLiteral("incremental-volume")).textOverLimit.isEmpty())
        throw DataFileException({fileName, QStringLiteral("incremental-volume"), QStringLiteral("text_over_limit"),
                                 QStringLiteral("is missing")});
    if (content.m_advice.value(QStringLiteral("see-clinician")).textElsewhere.isEmpty())
        throw DataFileException({fileName, QStringLiteral("see-clinician"), QStringLiteral("text_elsewhere"),
                                 QStringLiteral("is missing")});
    return content;
}

void SelfTestContent::readLevels(const JsonEntry &top)
{
    forEachEntry(top, QStringLiteral("levels"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const auto level = levelFromId(entry.requiredString(QStringLiteral("id")));
        if (!level)
            entry.fail(QStringLiteral("id"),
                       QStringLiteral("must be one of %1").arg(allLevelIds().join(QStringLiteral(", "))));
        m_levels.insert(*level, {*level, entry.requiredText(QStringLiteral("label")),
                                 entry.requiredText(QStringLiteral("description"))});
    });
    for (const QString &id : allLevelIds()) {
        if (!m_levels.contains(*levelFromId(id)))
            throw DataFileException(
                {top.file(), id, QStringLiteral("levels"), QStringLiteral("this level is missing")});
    }
}

void SelfTestContent::readRedFlags(const JsonEntry &top, const References &references)
{
    forEachEntry(top, QStringLiteral("red_flags"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const auto flag = redFlagFromId(entry.requiredString(QStringLiteral("id")));
        if (!flag)
            entry.fail(QStringLiteral("id"),
                       QStringLiteral("must be one of %1").arg(allRedFlagIds().join(QStringLiteral(", "))));
        const QString urgencyId = entry.requiredString(QStringLiteral("urgency"));
        const auto urgency = urgencyFromId(urgencyId);
        if (!urgency)
            entry.fail(QStringLiteral("urgency"), QStringLiteral("must be \"emergency\", \"same-day\" or \"soon\""));
        RedFlagText text{*flag, entry.requiredText(QStringLiteral("short")),
                         // A derived flag is never asked.
                         *flag == RedFlag::ClotSigns ? QString() : entry.requiredText(QStringLiteral("question")),
                         entry.requiredText(QStringLiteral("why")), entry.requiredText(QStringLiteral("reason")),
                         *urgency, entry.requiredStringList(QStringLiteral("sources")),
                         entry.optionalString(QStringLiteral("structure"))};
        references.requireKnown(entry, QStringLiteral("sources"), text.sources);
        m_redFlags.insert(*flag, text);
    });
    for (RedFlag flag : allRedFlags()) {
        if (!m_redFlags.contains(flag))
            throw DataFileException(
                {top.file(), idOf(flag), QStringLiteral("red_flags"), QStringLiteral("this red flag is missing")});
    }
}

void SelfTestContent::readVerdicts(const JsonEntry &top)
{
    forEachEntry(top, QStringLiteral("verdicts"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const QString id = entry.requiredString(QStringLiteral("id"));
        for (const auto &[verdict, variants] : kRequiredHeadlines) {
            if (verdict != id)
                continue;
            for (const QString &variant : variants)
                m_headlines.insert(id + QLatin1Char('/') + variant, entry.requiredText(variant));
        }
    });
    for (const auto &[verdict, variants] : kRequiredHeadlines) {
        if (!m_headlines.contains(verdict + QLatin1Char('/') + variants.first()))
            throw DataFileException(
                {top.file(), verdict, QStringLiteral("verdicts"), QStringLiteral("this verdict is missing")});
    }
}

void SelfTestContent::readExplanations(const JsonEntry &top, const References &references)
{
    forEachEntry(top, QStringLiteral("explanations"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const SourcedText text = readSourcedText(entry, references);
        m_explanations.insert(entry.requiredString(QStringLiteral("id")), text);
    });
    for (const QString &id : kRequiredExplanations) {
        if (!m_explanations.contains(id))
            throw DataFileException(
                {top.file(), id, QStringLiteral("explanations"), QStringLiteral("this explanation is missing")});
    }
}

void SelfTestContent::readAdvice(const JsonEntry &top, const References &references)
{
    forEachEntry(top, QStringLiteral("advice"), EmptyList::Allow, [&](const JsonEntry &entry) {
        AdviceText advice{
            entry.requiredString(QStringLiteral("id")),           entry.requiredText(QStringLiteral("title")),
            entry.requiredText(QStringLiteral("text")),           entry.optionalText(QStringLiteral("text_over_limit")),
            entry.optionalText(QStringLiteral("text_elsewhere")), entry.requiredText(QStringLiteral("dosage")),
            entry.optionalString(QStringLiteral("structure")),    entry.optionalString(QStringLiteral("illustration")),
            entry.requiredStringList(QStringLiteral("sources"))};
        references.requireKnown(entry, QStringLiteral("sources"), advice.sources);
        if (m_advice.contains(advice.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used by another piece of advice already"));
        m_advice.insert(advice.id, advice);
    });
    for (const QString &id : kRequiredAdvice) {
        if (!m_advice.contains(id))
            throw DataFileException(
                {top.file(), id, QStringLiteral("advice"), QStringLiteral("this advice is missing")});
    }
}

void SelfTestContent::readAreas(const JsonEntry &top, const References &references)
{
    forEachEntry(top, QStringLiteral("areas"), EmptyList::Allow, [&](const JsonEntry &entry) {
        const auto area = areaFromId(entry.requiredString(QStringLiteral("id")));
        if (!area)
            entry.fail(QStringLiteral("id"),
                       QStringLiteral("must be one of %1").arg(allAreaIds().join(QStringLiteral(", "))));
        // Only an area outside the calf muscles needs to say what hurts there and why the tests cannot tell.
        const bool elsewhere = !isCalfMuscleArea(*area);
        AreaText text{*area, entry.requiredText(QStringLiteral("label")), entry.requiredText(QStringLiteral("hint")),
                      elsewhere ? entry.requiredText(QStringLiteral("explanation")) : QString(),
                      elsewhere ? entry.requiredStringList(QStringLiteral("sources")) : QStringList()};
        if (elsewhere)
            references.requireKnown(entry, QStringLiteral("sources"), text.sources);
        m_areas.insert(*area, text);
    });
    for (Area area : allAreas()) {
        if (!m_areas.contains(area))
            throw DataFileException(
                {top.file(), idOf(area), QStringLiteral("areas"), QStringLiteral("this area is missing")});
    }
}

const AdviceText &SelfTestContent::advice(const QString &id) const
{
    const auto it = m_advice.constFind(id);
    if (it == m_advice.constEnd())
        throw std::out_of_range("unknown advice id");
    return *it;
}

const RedFlagText &SelfTestContent::redFlag(RedFlag flag) const
{
    return *m_redFlags.constFind(flag); // load() guarantees every flag
}

const LevelText &SelfTestContent::level(Level level) const
{
    return *m_levels.constFind(level); // load() guarantees every level
}

const SourcedText &SelfTestContent::explanation(const QString &id) const
{
    const auto it = m_explanations.constFind(id);
    if (it == m_explanations.constEnd())
        throw std::out_of_range("unknown explanation id");
    return *it;
}

const TestInstructions &SelfTestContent::test(const QString &id) const
{
    const auto it = m_tests.constFind(id);
    if (it == m_tests.constEnd())
        throw std::out_of_range("unknown test id");
    return *it;
}

const StrikeText &SelfTestContent::strike(Strike strike) const
{
    const auto it = m_strikes.constFind(strike);
    if (it == m_strikes.constEnd())
        throw std::out_of_range("no words for that foot strike");
    return *it;
}

const AreaText &SelfTestContent::area(Area area) const
{
    return *m_areas.constFind(area); // load() guarantees every area
}

QString SelfTestContent::urgencyText(Urgency urgency) const
{
    return m_urgencyTexts.value(urgency);
}

QString SelfTestContent::headline(const QString &verdictId, const QString &variant) const
{
    return m_headlines.value(verdictId + QLatin1Char('/') + variant);
}

} // namespace calfatlas::assessment
