#include "learn/quiz.h"

#include "anatomy/knowledgebase.h"
#include "learn/learncontent.h"
#include "learn/seededrandom.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace calfatlas::learn {

using anatomy::Structure;

namespace {

constexpr int kWrongChoices = 3;

// The words the generator adds around the data, translatable like the rest of the app's words.
QString tr(const char *text)
{
    return QCoreApplication::translate("calfatlas::learn::Quiz", text);
}

constexpr std::array<std::pair<QuestionKind, const char *>, 7> kKindIds{{{QuestionKind::Click, "click"},
                                                                         {QuestionKind::Origin, "origin"},
                                                                         {QuestionKind::Insertion, "insertion"},
                                                                         {QuestionKind::Action, "action"},
                                                                         {QuestionKind::Joints, "joints"},
                                                                         {QuestionKind::WhichTest, "which-test"},
                                                                         {QuestionKind::WhichMuscle, "which-muscle"}}};

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

// The fact that best tells someone what a structure is, for the explanation after a click.
std::optional<anatomy::Fact> describingFact(const Structure &structure)
{
    if (!structure.notes.isEmpty())
        return structure.notes.first();
    if (structure.joints)
        return structure.joints->fact;
    if (structure.origin)
        return structure.origin;
    if (!structure.actions.isEmpty())
        return structure.actions.first();
    return std::nullopt;
}

} // namespace

QString idOf(QuestionKind kind)
{
    for (const auto &[value, id] : kKindIds) {
        if (value == kind)
            return QString::fromLatin1(id);
    }
    return {};
}

std::optional<QuestionKind> questionKindFromId(const QString &id)
{
    for (const auto &[value, text] : kKindIds) {
        if (id == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<QuestionKind> attachmentKinds()
{
    return {QuestionKind::Origin, QuestionKind::Insertion, QuestionKind::Action, QuestionKind::Joints};
}

QList<QuestionKind> testKinds()
{
    return {QuestionKind::WhichTest, QuestionKind::WhichMuscle};
}

QList<QuestionKind> sheetKinds()
{
    return attachmentKinds() + testKinds();
}

QString jointsPhrase(const QStringList &joints)
{
    QStringList names;
    for (const QString &joint : joints) {
        if (joint == QLatin1String("foot"))
            names.append(tr("the joints of the foot"));
        else if (joint == QLatin1String("toes"))
            names.append(tr("the joints of the toes"));
        else
            names.append(tr("the %1").arg(joint));
    }
    if (names.isEmpty())
        return tr("no joint");
    if (names.size() == 1)
        return tr("%1 only").arg(names.first());
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QuizLimitError::QuizLimitError(qsizetype asked, qsizetype available)
    : std::runtime_error("more questions asked for than the data can make"), m_asked(asked), m_available(available)
{
}

QuizGenerator::QuizGenerator(const anatomy::KnowledgeBase &base, const LearnContent &content)
    : m_base(base), m_content(content)
{
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
        q.prompt = origin ? tr("%1: where does it arise?").arg(subject.name)
                          : tr("%1: where does it insert?").arg(subject.name);
        q.answer = fact->text;
        q.sources = fact->sources;
        q.explanation = (origin ? tr("%1 arises from: %2") : tr("%1 inserts on: %2")).arg(subject.name, fact->text);
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
        q.prompt = tr("%1: which of these does it do?").arg(subject.name);
        q.answer = subject.actions.first().text;
        QStringList actions;
        for (const anatomy::Fact &action : subject.actions) {
            actions.append(action.text);
            addSources(q.sources, action.sources);
        }
        q.explanation = tr("%1: %2 It crosses %3.")
                            .arg(subject.name, actions.join(QLatin1Char(' ')), jointsPhrase(subject.joints->joints));
        addSources(q.sources, subject.joints->fact.sources);
        for (const Structure &other : m_base.structures()) {
            for (const anatomy::Fact &action : other.actions) {
                const QStringList moved = jointsMoved(action.text);
                if (!moved.isEmpty() && disjoint(moved, jointsReached(subject.joints->joints)) &&
                    !actions.contains(action.text) &&
                    !draft.distractors.contains(action.text))
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
        q.prompt = tr("%1: which joints does it cross?").arg(subject.name);
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
            q.prompt = tr("Which self-test points to the %1?").arg(muscle->name.toLower());
            q.answer = test.name;
            for (const SelfTestPosition &other : m_content.tests()) {
                if (other.id != test.id)
                    draft.distractors.append(other.name);
            }
        } else {
            q.prompt = tr("%1 brings on the feeling in your calf. Which muscle does that point to?")
                           .arg(test.name);
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

// Two wordings of one statement ("Everts the foot." and "Everts the foot (turns the sole outwards).") count as one.
QString QuizGenerator::gist(const QString &text)
{
    static const QRegularExpression aside(QStringLiteral("\\s*\\([^)]*\\)"));
    QString core = text;
    core.remove(aside);
    while (core.endsWith(QLatin1Char('.')))
        core.chop(1);
    return core.trimmed().toLower();
}

QList<QuizGenerator::Draft> QuizGenerator::drafts(QuestionKind kind) const
{
    QList<Draft> all;
    switch (kind) {
    case QuestionKind::Click: break;
    case QuestionKind::Origin:
    case QuestionKind::Insertion: all = attachmentDrafts(kind); break;
    case QuestionKind::Action: all = actionDrafts(); break;
    case QuestionKind::Joints: all = jointDrafts(); break;
    case QuestionKind::WhichTest:
    case QuestionKind::WhichMuscle: all = testDrafts(kind); break;
    }
    // Wrong choices differ from the answer and from each other in substance, not only in wording; a question
    // needs at least one of them to be a question.
    QList<Draft> usable;
    for (Draft &draft : all) {
        QStringList seen{gist(draft.question.answer)};
        QStringList distinct;
        for (const QString &candidate : std::as_const(draft.distractors)) {
            if (!seen.contains(gist(candidate))) {
                seen.append(gist(candidate));
                distinct.append(candidate);
            }
        }
        draft.distractors = distinct;
        if (!draft.distractors.isEmpty())
            usable.append(draft);
    }
    return usable;
}

qsizetype QuizGenerator::available(const QList<QuestionKind> &kinds) const
{
    qsizetype count = 0;
    for (QuestionKind kind : kinds)
        count += drafts(kind).size();
    return count;
}

QList<Question> QuizGenerator::generate(std::uint32_t seed, qsizetype count, const QList<QuestionKind> &kinds) const
{
    QList<Draft> pool;
    for (QuestionKind kind : kinds)
        pool += drafts(kind);
    if (count < 0 || count > pool.size())
        throw QuizLimitError(count, pool.size());
    SeededRandom random(seed);
    random.shuffle(pool);
    QList<Question> questions;
    for (qsizetype i = 0; i < count; ++i) {
        Draft &draft = pool[i];
        random.shuffle(draft.distractors);
        Question question = draft.question;
        question.choices = draft.distractors.mid(0, kWrongChoices);
        question.choices.append(question.answer);
        random.shuffle(question.choices);
        questions.append(question);
    }
    return questions;
}

QList<Question> QuizGenerator::clickRound(std::uint32_t seed, const QStringList &ids, qsizetype count) const
{
    QStringList known;
    for (const QString &id : ids) {
        if (m_base.find(id) && !known.contains(id))
            known.append(id);
    }
    if (count < 0 || count > known.size())
        throw QuizLimitError(count, known.size());
    QStringList order = known;
    SeededRandom random(seed);
    random.shuffle(order);
    QList<Question> questions;
    for (const QString &id : order.mid(0, count)) {
        const Structure &structure = *m_base.find(id);
        Question q;
        q.kind = QuestionKind::Click;
        q.structure = id;
        q.prompt = tr("Click the %1.").arg(structure.name.toLower());
        q.choices = known;
        q.answer = id;
        if (const std::optional<anatomy::Fact> fact = describingFact(structure)) {
            q.explanation = fact->text;
            q.sources = fact->sources;
        }
        questions.append(q);
    }
    return questions;
}

} // namespace calfatlas::learn
