// SPDX-License-Identifier: MIT
#include "quizcommand.h"

#include "anatomy/knowledgebase.h"
#include "commandline.h"
#include "common/content.h"
#include "learn/learncontent.h"
#include "learn/quiz.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace calfatlas::cli {

using namespace calfatlas::learn;

namespace {

// The whole number given for --name, within [minimum, maximum].
quint64 wholeNumber(const CommandLine &line, const QString &name, quint64 minimum, quint64 maximum)
{
    const QString text = line.value(name);
    bool ok = false;
    const quint64 value = text.trimmed().toULongLong(&ok);
    if (!ok || text.trimmed().startsWith(QLatin1Char('+')))
        line.fail(QStringLiteral("'%1' is not a whole number for --%2; valid: %3 to %4")
                      .arg(text, name)
                      .arg(minimum)
                      .arg(maximum));
    if (value < minimum || value > maximum)
        line.fail(
            QStringLiteral("'%1' is out of range for --%2; valid: %3 to %4").arg(text, name).arg(minimum).arg(maximum));
    return value;
}

QJsonObject toJson(const Question &question)
{
    return {{QStringLiteral("id"), question.id},
            {QStringLiteral("kind"), idOf(question.kind)},
            {QStringLiteral("prompt"), question.prompt},
            {QStringLiteral("choices"), QJsonArray::fromStringList(question.choices)},
            {QStringLiteral("answer"), question.answer},
            {QStringLiteral("structure"), question.structure},
            {QStringLiteral("sources"), QJsonArray::fromStringList(question.sources)}};
}

void printSheet(const QList<Question> &questions, std::uint32_t seed, const References &references, QTextStream &out)
{
    out << "CalfAtlas quiz sheet (seed " << seed << ", " << questions.size() << " questions)\n";
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Question &q = questions.at(i);
        out << "\n" << wrapped(QStringLiteral("%1. %2").arg(i + 1).arg(q.prompt)) << "\n";
        for (qsizetype c = 0; c < q.choices.size(); ++c) {
            QString item = wrapped(q.choices.at(c), 6);
            item.replace(0, 6, QStringLiteral("   %1) ").arg(QChar(char16_t(u'a' + c))));
            out << item << "\n";
        }
    }
    out << "\nAnswers\n";
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Question &q = questions.at(i);
        const QChar letter(char16_t(u'a' + q.choices.indexOf(q.answer)));
        // Each answer hangs its continuation lines under its text.
        QString item =
            wrapped(QStringLiteral("%1) %2 [%3]").arg(letter).arg(q.explanation, references.shortLabels(q.sources)), 4);
        item.replace(0, 4, QStringLiteral("%1.").arg(i + 1).leftJustified(4));
        out << item << "\n";
    }
}

} // namespace

int runQuiz(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("quiz"),
                     QStringLiteral("Print a quiz sheet generated from the knowledge base: questions on attachments, "
                                    "actions, joints and the self-tests. The same seed gives the same sheet."));
    line.addValue(QStringLiteral("seed"), QStringLiteral("N"), QStringLiteral("The sheet's number (0 to 4294967295)."),
                  QStringLiteral("0 to 4294967295"));
    line.addValue(QStringLiteral("count"), QStringLiteral("K"), QStringLiteral("How many questions (default 10)."),
                  QStringLiteral("1 or more"));
    line.addFlag(QStringLiteral("json"),
                 QStringLiteral("Print a JSON array of {id, kind, prompt, choices, answer, structure, sources}."));
    if (!line.parse(arguments, io))
        return kExitOk;
    line.require(QStringLiteral("seed"), QStringLiteral("0 to 4294967295"));
    const auto seed =
        std::uint32_t(wholeNumber(line, QStringLiteral("seed"), 0, std::numeric_limits<std::uint32_t>::max()));
    const Content &data = Content::builtIn();
    const References &references = data.requireReferences();
    const anatomy::KnowledgeBase &base = data.requireAnatomy();
    const LearnContent &content = data.requireLearn();
    const QuizGenerator generator(base, content);
    const auto available = quint64(generator.available(sheetKinds()));
    const quint64 count = line.isSet(QStringLiteral("count"))
                              ? wholeNumber(line, QStringLiteral("count"), 1, std::numeric_limits<qint32>::max())
                              : std::min<quint64>(10, available);
    if (count > available)
        line.fail(QStringLiteral("--count %1 is more than the knowledge base can make: at most %2 different questions")
                      .arg(count)
                      .arg(available));
    const QList<Question> questions = generator.generate(seed, qsizetype(count), sheetKinds());
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Question &question : questions)
            list.append(toJson(question));
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else {
        printSheet(questions, seed, references, io.out);
    }
    return kExitOk;
}

} // namespace calfatlas::cli
