// SPDX-License-Identifier: MIT
#include "deckcommand.h"

#include "commandline.h"
#include "common/content.h"
#include "learn/deckexport.h"

#include <QRegularExpression>

#include <limits>

namespace calfatlas::cli {

namespace {

const QStringList kFormats{QStringLiteral("apkg"), QStringLiteral("txt")};

// The whole number given for --name, from 0 to `maximum`.
quint64 wholeNumber(const CommandLine &line, const QString &name, quint64 maximum)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    const QString text = line.value(name);
    const bool ok = digits.match(text).hasMatch() && text.toULongLong() <= maximum;
    if (!ok)
        line.fail(QStringLiteral("invalid value '%1' for --%2; valid: a whole number from 0 to %3")
                      .arg(text, name)
                      .arg(maximum));
    return text.toULongLong();
}

} // namespace

int runDeck(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("deck"),
                     wrapped(QStringLiteral("Write the study deck for Anki: one note per card with its question, "
                                            "answer, source and tags. apkg is an Anki package with an image of the "
                                            "plate for each card that asks to find a structure; txt is Anki's "
                                            "plain-text import, without images.")));
    line.addValue(QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("apkg or txt."), listed(kFormats));
    line.addValue(QStringLiteral("output"), QStringLiteral("FILE"), QStringLiteral("The file to write."),
                  QStringLiteral("a file path"));
    line.addValue(QStringLiteral("seed"), QStringLiteral("N"),
                  QStringLiteral("Draw the cards at random, the same for the same N (0 to 4294967295)."),
                  QStringLiteral("0 to 4294967295"));
    line.addValue(QStringLiteral("count"), QStringLiteral("K"),
                  QStringLiteral("How many cards (default: all of them)."), QStringLiteral("a whole number"));
    if (!line.parse(arguments, io))
        return kExitOk;
    line.require(QStringLiteral("format"), listed(kFormats));
    const QString format = *line.choice(QStringLiteral("format"), kFormats);
    line.require(QStringLiteral("output"), QStringLiteral("a file path"));
    const QString output = line.value(QStringLiteral("output"));
    if (output.trimmed().isEmpty())
        line.fail(QStringLiteral("--output is empty; valid: a file path"));
    std::optional<std::uint32_t> seed;
    if (line.isSet(QStringLiteral("seed")))
        seed = std::uint32_t(wholeNumber(line, QStringLiteral("seed"), std::numeric_limits<std::uint32_t>::max()));
    const Content &data = Content::builtIn();
    const QList<learn::StudyCard> all =
        learn::studyCards(data.requireAnatomy(), data.requireLearn(), learn::studyPlateIds());
    std::optional<qsizetype> count;
    if (line.isSet(QStringLiteral("count"))) {
        count = qsizetype(wholeNumber(line, QStringLiteral("count"), std::numeric_limits<qint32>::max()));
        if (*count < 1 || *count > all.size())
            line.fail(QStringLiteral("--count %1 is not a number of cards the deck has; valid: 1 to %2")
                          .arg(*count)
                          .arg(all.size()));
    }
    const app::DeckExportResult result =
        app::exportDeck(format == QLatin1String("apkg") ? app::DeckFormat::Package : app::DeckFormat::Text, output,
                        learn::deckCards(all, seed, count), data.requireAnatomy(), data.requireReferences());
    if (!result.ok) {
        io.err << "calfatlas-cli deck: " << result.message << "\n";
        return kExitFailure;
    }
    io.out << QStringLiteral("Wrote %1 notes and %2 images to %3\n").arg(result.notes).arg(result.images).arg(output);
    return kExitOk;
}

} // namespace calfatlas::cli
