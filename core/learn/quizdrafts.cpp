// SPDX-License-Identifier: MIT
// The questions each kind of fact in the knowledge base brings, with the candidates for their wrong choices.
#include "learn/quiz.h"

#include "anatomy/knowledgebase.h"
#include "learn/learncontent.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace calfatlas::learn {

using anatomy::Structure;

namespace {

// The words the generator adds around the data, translatable like the rest of the app's words.
// Its texts' translation context, as lupdate reads it.
class QuizText {
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

void addSources(QStringList &into, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!into.contains(key))
            into.append(key);
    }
}

// The joints an action moves, read from its words, so that a wrong choice is one the muscle cannot do: an action
// of a joint the muscle does not cross.
QStringList jointsMoved(const QString &action)
{
    static const std::array<std::pair<const char *, const char *>, 9> words{{{"knee", "knee"},
                                                                             {"toe", "toes"},
                                                                             {"toes", "toes"},
                                                                             {"ankle", "ankle"},
                                                                             {"heel", "ankle"},
                                                                             {"sole", "foot"},
                                                                             {"arch", "foot"},
                                                                             {"inverts", "foot"},
                                                                             {"everts", "foot"}}};
    static const QRegularExpression wordPattern(QStringLiteral("[a-z]+"));
    QStringList joints;
    auto matches = wordPattern.globalMatch(action.toLower());
    while (matches.hasNext()) {
        const QString word = matches.next().captured();
        for (const auto &[text, joint] : words) {
            if (word == QLatin1String(text) && !joints.contains(QLatin1String(joint)))
                joints.append(QString::fromLatin1(joint));
        }
    }
    return joints;
}

// The joints a muscle can act on, for choosing actions it cannot do. A tendon that crosses the ankle also
// crosses the joints below the talus where the foot turns in and out, and one that reaches the toes crosses
// the joints of the foot on the way: their actions there are never safe wrong choices.
QStringList jointsReached(const QStringList &crossed)
{
    QStringList joints = crossed;
    if ((joints.contains(QStringLiteral("ankle")) || joints.contains(QStringLiteral("toes"))) &&
        !joints.contains(QStringLiteral("foot")))
        joints.append(QStringLiteral("foot"));
    return joints;
}

bool disjoint(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item))
            return false;
    }
    return true;
}

} // namespace

QString nameInSentence(const QString &name)
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::English || language == QLocale::C ? name.toLower() : name;
}

QString jointsPhrase(const QStringList &joints)
{
    QStringList names;
    for (const QString &joint : joints) {
        // Each joint id of the data with its name and article, so that every language can say it well.
        if (joint == QLatin1String("foot"))
            names.append(QuizText::tr("the joints of the foot"));
        else if (joint == QLatin1String("toes"))
            names.append(QuizText::tr("the joints of the toes"));
        else if (joint == QLatin1String("knee"))
            names.append(QuizText::tr("the knee"));
        else if (joint == QLatin1String("ankle"))
            names.append(QuizText::tr("the ankle"));
        else
            names.append(joint); // a joint id new to this code: shown as written in the data
    }
    if (names.isEmpty())
        return QuizText::tr("no joint");
    if (names.size() == 1)
        return QuizText::tr("%1 only").arg(names.first());
    const QString last = names.takeLast();
    return QuizText::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QList<QuizGenerator::Draft> QuizGenerator::attachmentDrafts(QuestionKind kind) const
{
    const bool origin = kind == QuestionKind::Origin;
    const auto factOf = [origin](const Structure &s) { return origin ? s.origin : s.insertion; };
    QList<Draft> result;
    for (const Structure &subject : m_base.structures()) {
        const std::optional<anatomy::Fact> fact = factOf(subject);
        if (!fact)
            continue;
        Draft draft;
        Question &q = draft.question;
        q.kind = kind;
        q.structure = subject.id;
        q.prompt = origin ? QuizText::tr("%1: where does it arise?").arg(subject.name)
                          : QuizText::tr("%1: where does it insert?").arg(subject.name);
        q.answer = fact->text;
        q.sources = fact->sources;
        q.explanation = (origin ? QuizText::tr("%1 arises from: %2") : QuizText::tr("%1 inserts on: %2"))
                            .arg(subject.name, fact->text);
        if (subject.joints) {
            q.explanation += QLatin1Char(' ') + subject.joints->fact.text;
            addSources(q.sources, subject.joints->fact.sources);
        }
        // Wrong choices come from other compartments: neighbours share attachments through common tendons.
        for (const Structure &other : m_base.structures()) {
            const std::optional<anatomy::Fact> otherFact = factOf(other);
            if (otherFact && other.compartment != subject.compartment && otherFact->text != fact->text &&
                !draft.distractors.contains(otherFact->text))
                draft.distractors.append(otherFact->text);
        }
        result.append(draft);
    }
    return result;
}

QList<QuizGenerator::Draft> QuizGenerator::actionDrafts() const
{
    QList<Draft> result;
    for (const Structure &subject : m_base.structures()) {
        if (subject.actions.isEmpty() || !subject.joints)
            continue;
        Draft draft;
        Question &q = draft.question;
        q.kind = QuestionKind::Action;
        q.structure = subject.id;
        q.prompt = QuizText::tr("%1: which of these does it do?").arg(subject.name);
        q.answer = subject.actions.first().text;
        QStringList actions;
        for (const anatomy::Fact &action : subject.actions) {
            actions.append(action.text);
            addSources(q.sources, action.sources);
        }
        q.explanation = QuizText::tr("%1: %2 It crosses %3.")
                            .arg(subject.name, actions.join(QLatin1Char(' ')), jointsPhrase(subject.joints->joints));
        addSources(q.sources, subject.joints->fact.sources);
        for (const Structure &other : m_base.structures()) {
            for (const anatomy::Fact &action : other.actions) {
                const QStringList moved = jointsMoved(action.englishText);
                if (!moved.isEmpty() && disjoint(moved, jointsReached(subject.joints->joints)) &&
                    !actions.contains(action.text) && !draft.distractors.contains(action.text))
                    draft.distractors.append(action.text);
            }
        }
        result.append(draft);
    }
    return result;
}

QList<QuizGenerator::Draft> QuizGenerator::jointDrafts() const
{
    QStringList phrases;
    for (const Structure &structure : m_base.structures()) {
        if (structure.joints && !phrases.contains(jointsPhrase(structure.joints->joints)))
            phrases.append(jointsPhrase(structure.joints->joints));
    }
    QList<Draft> result;
    for (const Structure &subject : m_base.structures()) {
        if (!subject.joints)
            continue;
        Draft draft;
        Question &q = draft.question;
        q.kind = QuestionKind::Joints;
        q.structure = subject.id;
        q.prompt = QuizText::tr("%1: which joints does it cross?").arg(subject.name);
        q.answer = jointsPhrase(subject.joints->joints);
        q.explanation = subject.joints->fact.text;
        q.sources = subject.joints->fact.sources;
        for (const QString &phrase : phrases) {
            if (phrase != q.answer)
                draft.distractors.append(phrase);
        }
        result.append(draft);
    }
    return result;
}

QList<QuizGenerator::Draft> QuizGenerator::testDrafts(QuestionKind kind) const
{
    // The muscles the self-tests separate, and the test that points to each: the knee-bent test to those that
    // do not cross the knee (it slackens the others), the knee-straight test to those that do.
    QList<const Structure *> group;
    for (const Structure &structure : m_base.structures()) {
        if (structure.kind == anatomy::Kind::Muscle && structure.joints && structure.crosses(QStringLiteral("ankle")) &&
            structure.aliases.contains(m_content.testGroup(), Qt::CaseInsensitive))
            group.append(&structure);
    }
    const auto testFor = [this](const Structure &muscle) -> const SelfTestPosition & {
        const bool bent = !muscle.crosses(QStringLiteral("knee"));
        for (const SelfTestPosition &test : m_content.tests()) {
            if (test.kneeBent == bent)
                return test;
        }
        return m_content.tests().first();
    };
    QList<Draft> result;
    for (const Structure *muscle : group) {
        const SelfTestPosition &test = testFor(*muscle);
        Draft draft;
        Question &q = draft.question;
        q.kind = kind;
        q.structure = muscle->id;
        q.sources = test.why.sources;
        addSources(q.sources, muscle->joints->fact.sources);
        q.explanation = test.why.text + QLatin1Char(' ') + muscle->joints->fact.text;
        if (kind == QuestionKind::WhichTest) {
            q.prompt = QuizText::tr("Which self-test points to the %1?").arg(nameInSentence(muscle->name));
            q.answer = test.name;
            for (const SelfTestPosition &other : m_content.tests()) {
                if (other.id != test.id)
                    draft.distractors.append(other.name);
            }
        } else {
            q.prompt =
                QuizText::tr("%1 brings on the feeling in your calf. Which muscle does that point to?").arg(test.name);
            q.answer = muscle->name;
            for (const Structure *other : group) {
                if (&testFor(*other) != &test)
                    draft.distractors.append(other->name);
            }
        }
        result.append(draft);
    }
    return result;
}

} // namespace calfatlas::learn
