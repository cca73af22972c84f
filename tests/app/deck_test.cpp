// SPDX-License-Identifier: MIT
// The Anki deck, read back as Anki reads it: the package is a zip of collection.anki2 (SQLite), the media map and
// the numbered images; every note, card and image is checked against the study deck it was made from. The
// plain-text format and the export dialog, driven with the keyboard and mouse, too.
#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "builtins.h"
#include "learn/ankideck.h"
#include "learn/deckdialog.h"
#include "learn/deckexport.h"
#include "ui/palette.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <zip.h>

using namespace calfatlas;
using namespace calfatlas::app;

namespace {

QList<learn::StudyCard> allCards()
{
    return learn::studyCards(test::base(), test::learnContent(), learn::studyPlateIds());
}

// Every entry of a zip file by name.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> entries;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (file && zip_fread(file, bytes.data(), stat.size) == zip_int64_t(stat.size))
            entries.insert(QString::fromUtf8(stat.name), bytes);
        if (file)
            zip_fclose(file);
    }
    zip_discard(archive);
    return entries;
}

// Pixels of roughly the outline's colour.
int accentPixels(const QImage &image)
{
    const QColor accent = palette::kDiagramAccent.light;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int distance = std::abs(qRed(line[x]) - accent.red()) + std::abs(qGreen(line[x]) - accent.green()) +
                                 std::abs(qBlue(line[x]) - accent.blue());
            count += distance < 40 ? 1 : 0;
        }
    }
    return count;
}

struct Collection {
    QJsonObject col;
    QList<QStringList> noteFields;
    QStringList guids;
    QStringList tags;
    QList<qint64> noteIds;
    QList<qint64> cardNotes;
    QList<qint64> cardDecks;
    int version = 0;
};

Collection readCollection(const QByteArray &bytes, const QString &folder)
{
    Collection out;
    const QString path = QDir(folder).filePath(QStringLiteral("collection.anki2"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return out;
    file.write(bytes);
    file.close();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("deck-reader"));
        database.setDatabaseName(path);
        EXPECT_TRUE(database.open());
        QSqlQuery query(database);
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT ver, models, decks FROM col")) && query.next());
        out.version = query.value(0).toInt();
        out.col.insert(QStringLiteral("models"), QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        out.col.insert(QStringLiteral("decks"), QJsonDocument::fromJson(query.value(2).toByteArray()).object());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT id, guid, tags, flds FROM notes ORDER BY id")));
        while (query.next()) {
            out.noteIds.append(query.value(0).toLongLong());
            out.guids.append(query.value(1).toString());
            out.tags.append(query.value(2).toString());
            out.noteFields.append(query.value(3).toString().split(QChar(0x1f)));
        }
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT nid, did FROM cards ORDER BY due")));
        while (query.next()) {
            out.cardNotes.append(query.value(0).toLongLong());
            out.cardDecks.append(query.value(1).toLongLong());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("deck-reader"));
    return out;
}

QStringList imagesIn(const QString &html)
{
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\">"));
    QStringList names;
    auto matches = image.globalMatch(html);
    while (matches.hasNext())
        names.append(matches.next().captured(1));
    return names;
}

TEST(AnkiDeck, ThePackageHoldsEveryCardAsANoteWithItsImages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.apkg"));
    const QList<learn::StudyCard> cards = allCards();
    const DeckExportResult result = exportDeck(DeckFormat::Package, path, cards, test::base(), test::references());
    ASSERT_TRUE(result.ok) << result.message.toStdString();
    EXPECT_EQ(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    const QHash<QString, QByteArray> entries = unzip(path);
    ASSERT_TRUE(entries.contains(QStringLiteral("collection.anki2")));
    ASSERT_TRUE(entries.contains(QStringLiteral("media")));
    const QJsonObject media = QJsonDocument::fromJson(entries.value(QStringLiteral("media"))).object();
    EXPECT_EQ(entries.size(), media.size() + 2) << "the collection, the map and one entry per image";

    const Collection collection = readCollection(entries.value(QStringLiteral("collection.anki2")), dir.path());
    EXPECT_EQ(collection.version, 11);
    const QJsonObject model = collection.col.value(QStringLiteral("models")).toObject().begin()->toObject();
    EXPECT_EQ(model.value(QStringLiteral("flds")).toArray().size(), 3);
    const QJsonObject decks = collection.col.value(QStringLiteral("decks")).toObject();
    ASSERT_EQ(collection.noteFields.size(), cards.size());
    EXPECT_EQ(collection.cardNotes, collection.noteIds) << "one card per note, in deck order";
    for (qint64 deck : collection.cardDecks)
        EXPECT_EQ(decks.value(QString::number(deck)).toObject().value(QStringLiteral("name")).toString(), deckName());
    EXPECT_EQ(QSet<QString>(collection.guids.begin(), collection.guids.end()).size(), cards.size());

    QHash<QString, QString> entryOf; // image name -> its numbered entry
    for (auto it = media.begin(); it != media.end(); ++it)
        entryOf.insert(it.value().toString(), it.key());
    QSet<QString> named;
    int withIdentifiers = 0;
    QStringList soleusTags;
    const QList<learn::AnkiNote> expected = learn::ankiNotes(cards, test::base(), test::references());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const learn::StudyCard &card = cards.at(i);
        const QStringList &fields = collection.noteFields.at(i);
        ASSERT_EQ(fields.size(), 3) << card.id.toStdString();
        EXPECT_EQ(fields, (QStringList{expected.at(i).front, expected.at(i).back, expected.at(i).source}));
        EXPECT_TRUE(fields.at(0).contains(card.question.prompt.toHtmlEscaped())) << card.id.toStdString();
        EXPECT_FALSE(fields.at(2).isEmpty()) << card.id.toStdString() << " has its source";
        EXPECT_TRUE(collection.tags.at(i).contains(QStringLiteral(" calfatlas::structure::") + card.question.structure +
                                                   QLatin1Char(' ')));
        const QStringList tags = collection.tags.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const anatomy::Structure *structure = test::base().find(card.question.structure);
        ASSERT_NE(structure, nullptr) << card.id.toStdString();
        for (const anatomy::Identifier &identifier : structure->identifiers) {
            EXPECT_TRUE(tags.contains(learn::ankiIdentifierTag(identifier))) << card.id.toStdString();
            withIdentifiers += 1;
        }
        if (card.id == QStringLiteral("innervated_by:soleus"))
            soleusTags = tags;
        const QStringList images = imagesIn(fields.at(0)) + imagesIn(fields.at(1));
        EXPECT_EQ(images.size(), card.question.kind == learn::QuestionKind::Click ? 2 : 0) << card.id.toStdString();
        for (const QString &name : images)
            named.insert(name);
        if (images.size() == 2) {
            const QImage front = QImage::fromData(entries.value(entryOf.value(images.at(0))));
            const QImage back = QImage::fromData(entries.value(entryOf.value(images.at(1))));
            ASSERT_FALSE(front.isNull()) << images.at(0).toStdString();
            ASSERT_FALSE(back.isNull()) << images.at(1).toStdString();
            EXPECT_EQ(front.width(), 640);
            EXPECT_GT(accentPixels(back), accentPixels(front) + 100) << card.id.toStdString() << " is outlined";
        }
    }
    QSet<QString> mapped;
    for (auto it = media.begin(); it != media.end(); ++it) {
        mapped.insert(it.value().toString());
        EXPECT_TRUE(entries.contains(it.key())) << it.key().toStdString();
    }
    EXPECT_EQ(named, mapped) << "every image named is in the package, and nothing else";
    EXPECT_GT(withIdentifiers, 0);
    // A relation card about the soleus carries its four identifiers, in the form Anki keeps as one tag each.
    for (const QString &tag : {QStringLiteral("UBERON_0001389"), QStringLiteral("FMA_22542"),
                               QStringLiteral("TA98_A04.7.02.047"), QStringLiteral("TA2_2660")})
        EXPECT_TRUE(soleusTags.contains(tag))
            << tag.toStdString() << " in " << soleusTags.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(result.images, media.size());
}

TEST(AnkiDeck, ThePlainTextHasAnkisHeadersAndOneLinePerNote)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.txt"));
    const QList<learn::StudyCard> cards = learn::deckCards(allCards(), 7, 12);
    ASSERT_TRUE(exportDeck(DeckFormat::Text, path, cards, test::base(), test::references()).ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4 + 12);
    EXPECT_EQ(lines.mid(0, 4), (QStringList{QStringLiteral("#separator:tab"), QStringLiteral("#html:true"),
                                            QStringLiteral("#deck:") + deckName(), QStringLiteral("#tags column:4")}));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QStringList columns = lines.at(4 + i).split(QLatin1Char('\t'));
        ASSERT_EQ(columns.size(), 4) << lines.at(4 + i).toStdString();
        EXPECT_TRUE(columns.at(0).contains(cards.at(i).question.prompt.toHtmlEscaped()));
        EXPECT_TRUE(columns.at(3).contains(cards.at(i).question.structure));
        EXPECT_FALSE(lines.at(4 + i).contains(QStringLiteral("<img"))) << "the plain text carries no images";
    }
    EXPECT_EQ(learn::deckCards(allCards(), 7, 12).at(3).id, cards.at(3).id) << "the same seed, the same cards";
    EXPECT_TRUE(std::any_of(cards.begin(), cards.end(), [](const learn::StudyCard &card) {
        return card.question.kind == learn::QuestionKind::Click;
    })) << "a card with a plate is among them";
}

TEST(DeckDialog, ExportsThePlainTextWithTheChosenNumberOfCards)
{
    QTemporaryDir dir;
    DeckDialog dialog(&test::base(), &test::learnContent(), &test::references());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.textButton(), Qt::LeftButton, {}, QPoint(8, dialog.textButton()->height() / 2));
    ASSERT_TRUE(dialog.textButton()->isChecked());
    EXPECT_TRUE(dialog.pathEdit()->text().endsWith(QStringLiteral(".txt")));
    dialog.countBox()->setFocus();
    dialog.countBox()->selectAll();
    QTest::keyClicks(dialog.countBox(), QStringLiteral("5"));
    const QString path = dir.filePath(QStringLiteral("five.txt"));
    dialog.pathEdit()->setFocus();
    dialog.pathEdit()->selectAll();
    QTest::keyClicks(dialog.pathEdit(), path);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultLabel()->isVisible());
    EXPECT_TRUE(dialog.resultLabel()->text().startsWith(QStringLiteral("5 cards written to")))
        << dialog.resultLabel()->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()).count(QLatin1Char('\n')), 4 + 5);
}

TEST(DeckDialog, AFileThatCannotBeWrittenIsSaidSo)
{
    DeckDialog dialog(&test::base(), &test::learnContent(), &test::references());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.textButton(), Qt::LeftButton, {}, QPoint(8, dialog.textButton()->height() / 2));
    dialog.pathEdit()->setFocus();
    dialog.pathEdit()->selectAll();
    QTest::keyClicks(dialog.pathEdit(), QStringLiteral("/proc/no-such-folder/deck.txt"));
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.resultLabel()->text().startsWith(QStringLiteral("The deck could not be written to")))
        << dialog.resultLabel()->text().toStdString();
}

} // namespace
