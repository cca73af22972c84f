// SPDX-License-Identifier: MIT
// The questions the links of the knowledge base bring: each relation asked forwards ("Which nerve supplies the
// soleus?") and backwards ("Which of these muscles does the tibial nerve supply?"), and two links at once ("Which
// of these muscles crosses the knee joint and inserts on the calcaneus?"), to choose or to click.
#include "anatomy/knowledgebase.h"
#include "learn/quiz.h"

#include <QCoreApplication>

namespace calfatlas::learn {

using anatomy::Kind;
using anatomy::Relation;
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

QString forwardPrompt(Relation relation, const QString &subject)
{
    switch (relation) {
    case Relation::OriginOn: return QuizText::tr("From which of these bones does the %1 arise?").arg(subject);
    case Relation::InsertsOn: return QuizText::tr("On which of these bones does the %1 insert?").arg(subject);
    case Relation::InsertsVia: return QuizText::tr("Through which tendon does the %1 insert?").arg(subject);
    case Relation::InnervatedBy: return QuizText::tr("Which nerve supplies the %1?").arg(subject);
    case Relation::SuppliedBy: return QuizText::tr("Which of these arteries supplies the %1?").arg(subject);
    case Relation::DrainedBy: return QuizText::tr("Which of these veins drains the %1?").arg(subject);
    case Relation::Crosses: return QuizText::tr("Which of these joints does the %1 cross?").arg(subject);
    case Relation::Articulates: return QuizText::tr("Which of these bones is part of the %1?").arg(subject);
    }
    return {};
}

QString backwardPrompt(Relation relation, const QString &target)
{
    switch (relation) {
    case Relation::OriginOn: return QuizText::tr("Which of these muscles arises from the %1?").arg(target);
    case Relation::InsertsOn: return QuizText::tr("Which of these muscles inserts on the %1?").arg(target);
    case Relation::InsertsVia: return QuizText::tr("Which of these muscles inserts through the %1?").arg(target);
    case Relation::InnervatedBy: return QuizText::tr("Which of these muscles does the %1 supply?").arg(target);
    case Relation::SuppliedBy: return QuizText::tr("Which of these muscles does the %1 supply with blood?").arg(target);
    case Relation::DrainedBy: return QuizText::tr("Which of these muscles does the %1 drain?").arg(target);
    case Relation::Crosses: return QuizText::tr("Which of these muscles crosses the %1?").arg(target);
    case Relation::Articulates: return QuizText::tr("Which of these joints does the %1 take part in?").arg(target);
    }
    return {};
}

// What a structure that fits a condition does, said of it in a question ("Which of these muscles crosses the knee
// joint …?").
QString questionPhrase(const FitCondition &condition)
{
    const bool holds = condition.holds;
    switch (condition.relation) {
    case Relation::OriginOn:
        return holds ? QuizText::tr("arises from the %1", "in a question")
                     : QuizText::tr("does not arise from the %1", "in a question");
    case Relation::InsertsOn:
        return holds ? QuizText::tr("inserts on the %1", "in a question")
                     : QuizText::tr("does not insert on the %1", "in a question");
    case Relation::InnervatedBy:
        return holds ? QuizText::tr("is supplied by the %1", "in a question")
                     : QuizText::tr("is not supplied by the %1", "in a question");
    case Relation::SuppliedBy:
        return holds ? QuizText::tr("gets blood from the %1", "in a question")
                     : QuizText::tr("does not get blood from the %1", "in a question");
    case Relation::Crosses:
        return holds ? QuizText::tr("crosses the %1", "in a question")
                     : QuizText::tr("does not cross the %1", "in a question");
    case Relation::InsertsVia:
    case Relation::DrainedBy:
    case Relation::Articulates: break; // not asked in combination
    }
    return {};
}

// The same in a relative clause ("Click a muscle that crosses the knee joint …"), which some languages order
// differently.
QString clausePhrase(const FitCondition &condition)
{
    const bool holds = condition.holds;
    switch (condition.relation) {
    case Relation::OriginOn:
        return holds ? QuizText::tr("arises from the %1", "in a relative clause")
                     : QuizText::tr("does not arise from the %1", "in a relative clause");
    case Relation::InsertsOn:
        return holds ? QuizText::tr("inserts on the %1", "in a relative clause")
                     : QuizText::tr("does not insert on the %1", "in a relative clause");
    case Relation::InnervatedBy:
        return holds ? QuizText::tr("is supplied by the %1", "in a relative clause")
                     : QuizText::tr("is not supplied by the %1", "in a relative clause");
    case Relation::SuppliedBy:
        return holds ? QuizText::tr("gets blood from the %1", "in a relative clause")
                     : QuizText::tr("does not get blood from the %1", "in a relative clause");
    case Relation::Crosses:
        return holds ? QuizText::tr("crosses the %1", "in a relative clause")
                     : QuizText::tr("does not cross the %1", "in a relative clause");
    case Relation::InsertsVia:
    case Relation::DrainedBy:
    case Relation::Articulates: break;
    }
    return {};
}

QString conditionId(const FitCondition &condition)
{
    return (condition.holds ? QString() : QStringLiteral("!")) + QLatin1Char('~') + anatomy::idOf(condition.relation) +
           QLatin1Char(':') + condition.target;
}

QString listed(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    QStringList first = names;
    const QString last = first.takeLast();
    return QuizText::tr("%1 and %2").arg(first.join(QStringLiteral(", ")), last);
}

} // namespace

QStringList QuizGenerator::namesOf(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        if (const Structure *structure = m_base.find(id))
            names.append(structure->name);
    }
    return names;
}

QList<QuizGenerator::Draft> QuizGenerator::relationDrafts() const
{
    QList<Draft> result;
    for (Relation relation : anatomy::allRelations())
        result += forwardDrafts(relation) + backwardDrafts(relation);
    return result + conditionDrafts(false);
}

// "Which nerve supplies the soleus?": the structures it links to are right, others of their kind are wrong. A joint
// is a wrong choice only if every muscle crossing it is linked to it.
QList<QuizGenerator::Draft> QuizGenerator::forwardDrafts(Relation relation) const
{
    QList<Draft> result;
    const QStringList ofKind = m_base.idsOfKind(anatomy::targetKind(relation));
    for (const Structure &subject : m_base.structures()) {
        const QStringList targets = subject.linked(relation);
        const std::optional<anatomy::Fact> fact = subject.factFor(relation);
        if (targets.isEmpty() || !fact)
            continue;
        Draft draft;
        Question &q = draft.question;
        q.kind = QuestionKind::Relation;
        q.id = anatomy::idOf(relation) + QLatin1Char(':') + subject.id;
        q.structure = subject.id;
        q.prompt = forwardPrompt(relation, nameInSentence(subject.name));
        draft.answers = namesOf(targets);
        q.answer = draft.answers.first();
        q.explanation = QuizText::tr("%1: %2").arg(subject.name, fact->text);
        q.sources = fact->sources;
        for (const QString &id : ofKind) {
            const Structure &other = *m_base.find(id);
            if (!targets.contains(id) && (relation != Relation::Crosses || other.allCrossingsLinked))
                draft.distractors.append(other.name);
        }
        result.append(draft);
    }
    return result;
}

// "Which of these muscles does the tibial nerve supply?": the wrong choices are structures that have links of
// the same relation, none of them to it, so the data says they are wrong.
QList<QuizGenerator::Draft> QuizGenerator::backwardDrafts(Relation relation) const
{
    const Kind subjectKind = relation == Relation::Articulates ? Kind::Joint : Kind::Muscle;
    QList<Draft> result;
    for (const QString &targetId : m_base.idsOfKind(anatomy::targetKind(relation))) {
        const Structure &target = *m_base.find(targetId);
        const QList<FitCondition> condition{{relation, targetId, true}};
        QStringList fits;
        QStringList wrong;
        for (const Structure &subject : m_base.structures()) {
            if (subject.kind != subjectKind || !knowsAbout(subject, condition))
                continue;
            (meets(subject, condition) ? fits : wrong).append(subject.id);
        }
        if (fits.isEmpty())
            continue;
        Draft draft;
        Question &q = draft.question;
        q.kind = QuestionKind::Relation;
        q.id = conditionId(condition.first());
        q.structure = targetId;
        q.prompt = backwardPrompt(relation, nameInSentence(target.name));
        draft.answers = namesOf(fits);
        q.answer = draft.answers.first();
        draft.distractors = namesOf(wrong);
        q.explanation = QuizText::tr("This holds for %1.").arg(listed(draft.answers));
        for (const QString &id : std::as_const(fits))
            addSources(q.sources, m_base.find(id)->factFor(relation)->sources);
        result.append(draft);
    }
    return result;
}

bool QuizGenerator::meets(const Structure &structure, const QList<FitCondition> &conditions)
{
    for (const FitCondition &condition : conditions) {
        if (structure.links(condition.relation, condition.target) != condition.holds)
            return false;
    }
    return true;
}

// Whether the data says, for every condition, whether the structure meets it: it has links of that relation,
// and a joint's crossings are all linked.
bool QuizGenerator::knowsAbout(const Structure &structure, const QList<FitCondition> &conditions) const
{
    for (const FitCondition &condition : conditions) {
        if (structure.linked(condition.relation).isEmpty())
            return false;
        if (condition.relation == Relation::Crosses) {
            const Structure *joint = m_base.find(condition.target);
            if (!joint || !joint->allCrossingsLinked)
                return false;
        }
    }
    return true;
}

// Crossing a joint or not, together with one other link, where each condition rules out a muscle the other
// lets in; for clicks, also each link alone.
QList<QList<FitCondition>> QuizGenerator::conditionSets(bool click) const
{
    QList<FitCondition> others;
    for (Relation relation : {Relation::InnervatedBy, Relation::OriginOn, Relation::InsertsOn, Relation::SuppliedBy}) {
        for (const QString &target : m_base.idsOfKind(anatomy::targetKind(relation))) {
            if (!m_base.linking(relation, target).isEmpty())
                others.append({relation, target, true});
        }
    }
    QList<QList<FitCondition>> sets;
    for (const QString &joint : m_base.idsOfKind(Kind::Joint)) {
        if (!m_base.find(joint)->allCrossingsLinked)
            continue;
        for (bool holds : {true, false}) {
            const FitCondition crossing{Relation::Crosses, joint, holds};
            if (click)
                sets.append({crossing});
            for (const FitCondition &other : std::as_const(others))
                sets.append({crossing, other});
        }
    }
    if (click) {
        for (const FitCondition &other : std::as_const(others))
            sets.append({other});
    }
    // Keep the sets where each condition matters: some muscle meets the others but not it.
    QList<QList<FitCondition>> useful;
    for (const QList<FitCondition> &set : std::as_const(sets)) {
        bool everyOneCounts = true;
        for (qsizetype i = 0; i < set.size() && set.size() > 1; ++i) {
            QList<FitCondition> rest = set;
            rest.removeAt(i);
            bool counts = false;
            for (const Structure &s : m_base.structures())
                counts |= s.kind == Kind::Muscle && knowsAbout(s, set) && meets(s, rest) && !meets(s, {set.at(i)});
            everyOneCounts &= counts;
        }
        if (everyOneCounts)
            useful.append(set);
    }
    return useful;
}

QList<QuizGenerator::Draft> QuizGenerator::conditionDrafts(bool click) const
{
    QList<Draft> result;
    for (const QList<FitCondition> &set : conditionSets(click)) {
        QStringList fits;
        QStringList wrong;
        bool known = true; // a click on a muscle the data says nothing about could be neither right nor wrong
        for (const Structure &s : m_base.structures()) {
            if (s.kind != Kind::Muscle || (click && !m_plate.contains(s.id)))
                continue;
            if (!knowsAbout(s, set)) {
                known &= !click;
                continue;
            }
            (meets(s, set) ? fits : wrong).append(s.id);
        }
        if (fits.isEmpty() || wrong.isEmpty() || !known)
            continue;
        QStringList phrases;
        QStringList ids;
        for (const FitCondition &condition : set) {
            const QString target = nameInSentence(m_base.find(condition.target)->name);
            phrases.append((click ? clausePhrase(condition) : questionPhrase(condition)).arg(target));
            ids.append(conditionId(condition));
        }
        const QString conditions =
            phrases.size() == 1 ? phrases.first() : QuizText::tr("%1 and %2").arg(phrases.at(0), phrases.at(1));
        Draft draft;
        Question &q = draft.question;
        q.kind = click ? QuestionKind::RelationClick : QuestionKind::Relation;
        q.id = (click ? QStringLiteral("click:") : QString()) + ids.join(QLatin1Char('&'));
        q.structure = set.first().target;
        q.prompt = click ? QuizText::tr("Click a muscle that %1.").arg(conditions)
                         : QuizText::tr("Which of these muscles %1?").arg(conditions);
        draft.answers = click ? fits : namesOf(fits);
        q.answer = draft.answers.first();
        draft.distractors = click ? wrong : namesOf(wrong);
        q.choices = click ? m_plate : QStringList();
        q.explanation = QuizText::tr("This holds for %1.").arg(listed(namesOf(fits)));
        for (const QString &id : std::as_const(fits)) {
            for (const FitCondition &condition : set)
                addSources(q.sources, m_base.find(id)->factFor(condition.relation)->sources);
        }
        result.append(draft);
    }
    return result;
}

} // namespace calfatlas::learn
