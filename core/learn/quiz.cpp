// SPDX-License-Identifier: MIT
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
// Its texts' translation context, as lupdate reads it.
class QuizText {
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

constexpr std::array<std::pair<QuestionKind, const char *>, 9> kKindIds{
    {{QuestionKind::Click, "click"},
     {QuestionKind::Origin, "origin"},
     {QuestionKind::Insertion, "insertion"},
     {QuestionKind::Action, "action"},
     {QuestionKind::Joints, "joints"},
     {QuestionKind::WhichTest, "which-test"},
     {QuestionKind::WhichMuscle, "which-muscle"},
     {QuestionKind::Relation, "relation"},
     {QuestionKind::RelationClick, "relation-click"}}};

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

QList<QuestionKind> relationKinds()
{
    return {QuestionKind::Relation, QuestionKind::RelationClick};
}

bool isClickKind(QuestionKind kind)
{
    return kind == QuestionKind::Click || kind == QuestionKind::RelationClick;
}

QList<QuestionKind> sheetKinds()
{
    return attachmentKinds() + testKinds();
}

QuizLimitError::QuizLimitError(qsizetype asked, qsizetype available)
    : std::runtime_error("more questions asked for than the data can make"), m_asked(asked), m_available(available)
{
}

QuizGenerator::QuizGenerator(const anatomy::KnowledgeBase &base, const LearnContent &content)
    : m_base(base), m_content(content)
{
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
    case QuestionKind::Relation: all = relationDrafts(); break;
    case QuestionKind::RelationClick: all = conditionDrafts(true); break;
    }
    // Wrong choices differ from the answer and from each other in substance, not only in wording; a question
    // needs at least one of them to be a question.
    QList<Draft> usable;
    for (Draft &draft : all) {
        if (draft.question.id.isEmpty())
            draft.question.id = idOf(kind) + QLatin1Char(':') + draft.question.structure;
        if (isClickKind(kind)) { // every structure of the plate that does not fit is a wrong click
            usable.append(draft);
            continue;
        }
        QStringList seen{gist(draft.question.answer)};
        for (const QString &answer : std::as_const(draft.answers))
            seen.append(gist(answer));
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
        Question question = draft.question;
        if (isClickKind(question.kind)) {
            random.shuffle(draft.answers);
            question.answer = draft.answers.value(0);
            question.accepted = draft.answers.mid(1);
            questions.append(question);
            continue;
        }
        random.shuffle(draft.distractors);
        if (!draft.answers.isEmpty()) {
            random.shuffle(draft.answers);
            question.answer = draft.answers.first();
        }
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
        q.id = QStringLiteral("click:") + id;
        q.structure = id;
        q.prompt = QuizText::tr("Click the %1.").arg(nameInSentence(structure.name));
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
