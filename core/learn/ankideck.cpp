// SPDX-License-Identifier: MIT
#include "learn/ankideck.h"

#include "anatomy/knowledgebase.h"
#include "common/references.h"
#include "common/userfile.h"
#include "learn/seededrandom.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <zip.h>

#include <atomic>

namespace calfatlas::learn {

namespace {

// Fixed, so that a deck exported again is recognised by Anki as the same note type and deck.
constexpr qint64 kModelId = 1764979200001;
constexpr qint64 kDeckId = 1764979200002;
constexpr int kSchemaVersion = 11;
const QChar kFieldSeparator(0x1f);

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QString imageTag(const QString &name)
{
    return QStringLiteral("<img src=\"%1\">").arg(name);
}

QString sourceHtml(const QStringList &keys, const References &references)
{
    QStringList citations;
    for (const QString &key : keys) {
        if (const Reference *reference = references.find(key))
            citations.append(reference->citation.toHtmlEscaped());
    }
    return citations.join(QStringLiteral("<br>"));
}

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

QString guidOf(const QString &cardId)
{
    const QByteArray hash = QCryptographicHash::hash("calfatlas:" + cardId.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toBase64(QByteArray::OmitTrailingEquals).left(16));
}

QString textField(QString field)
{
    // The plain text goes without the images, so a field names none.
    static const QRegularExpression image(QStringLiteral("<img[^>]*>"));
    field.remove(image);
    field.replace(QLatin1Char('\t'), QLatin1Char(' '));
    field.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    field.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return field;
}

} // namespace

QString ankiImageName(const QString &cardId, bool back)
{
    QString stem = cardId;
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    return QStringLiteral("calfatlas-%1-%2.png").arg(stem, back ? QStringLiteral("back") : QStringLiteral("front"));
}

QString ankiIdentifierTag(const anatomy::Identifier &identifier)
{
    QString tag = identifier.value;
    tag.replace(QLatin1Char(':'), QLatin1Char('_'));
    tag.replace(QLatin1Char(' '), QLatin1Char('_'));
    switch (identifier.scheme) {
    case anatomy::Scheme::Ta98: return QStringLiteral("TA98_") + tag;
    case anatomy::Scheme::Ta2: return QStringLiteral("TA2_") + tag;
    case anatomy::Scheme::Uberon:
    case anatomy::Scheme::Fma: break;
    }
    return tag;
}

QList<AnkiNote> ankiNotes(const QList<StudyCard> &cards, const anatomy::KnowledgeBase &base,
                          const References &references)
{
    QList<AnkiNote> notes;
    for (const StudyCard &card : cards) {
        const Question &question = card.question;
        AnkiNote note;
        note.cardId = card.id;
        const bool click = question.kind == QuestionKind::Click;
        if (click) {
            const anatomy::Structure *structure = base.find(question.answer);
            note.images = {ankiImageName(card.id, false), ankiImageName(card.id, true)};
            note.front = imageTag(note.images.at(0)) + paragraph(question.prompt);
            note.back =
                imageTag(note.images.at(1)) +
                QStringLiteral("<p><b>%1</b></p>").arg((structure ? structure->name : question.answer).toHtmlEscaped());
        } else {
            QString choices;
            for (const QString &choice : question.choices)
                choices += QStringLiteral("<li>%1</li>").arg(choice.toHtmlEscaped());
            note.front = paragraph(question.prompt) + QStringLiteral("<ol>%1</ol>").arg(choices);
            note.back = QStringLiteral("<p><b>%1</b></p>").arg(question.answer.toHtmlEscaped());
        }
        if (!question.explanation.isEmpty())
            note.back += paragraph(question.explanation);
        note.source = sourceHtml(question.sources, references);
        note.tags = {QStringLiteral("calfatlas"), QStringLiteral("calfatlas::") + idOf(question.kind),
                     QStringLiteral("calfatlas::structure::") + question.structure};
        if (const anatomy::Structure *structure = base.find(question.structure)) {
            for (const anatomy::Identifier &identifier : structure->identifiers)
                note.tags.append(ankiIdentifierTag(identifier));
        }
        notes.append(note);
    }
    return notes;
}

QByteArray ankiText(const QList<AnkiNote> &notes, const QString &deckName)
{
    QString text = QStringLiteral("#separator:tab\n#html:true\n#deck:%1\n#tags column:4\n").arg(textField(deckName));
    for (const AnkiNote &note : notes)
        text += QStringList{textField(note.front), textField(note.back), textField(note.source),
                            note.tags.join(QLatin1Char(' '))}
                    .join(QLatin1Char('\t')) +
                QLatin1Char('\n');
    return text.toUtf8();
}

QList<StudyCard> deckCards(const QList<StudyCard> &cards, std::optional<std::uint32_t> seed,
                           std::optional<qsizetype> count)
{
    const qsizetype wanted = count.value_or(cards.size());
    if (wanted < 0 || wanted > cards.size())
        throw QuizLimitError(wanted, cards.size());
    QList<StudyCard> chosen = cards;
    if (seed) {
        SeededRandom random(*seed);
        random.shuffle(chosen);
    }
    return chosen.mid(0, wanted);
}

qint64 ankiChecksum(const QString &sortField)
{
    const QByteArray hash = QCryptographicHash::hash(plainText(sortField).toUtf8(), QCryptographicHash::Sha1);
    return hash.toHex().left(8).toLongLong(nullptr, 16);
}

namespace {

const char *const kCollectionSchema[] = {
    "CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, "
    "ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, "
    "models text not null, decks text not null, dconf text not null, tags text not null)",
    "CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, "
    "usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, "
    "flags integer not null, data text not null)",
    "CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, "
    "mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not "
    "null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left "
    "integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null)",
    "CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not "
    "null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type "
    "integer not null)",
    "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)",
    "CREATE INDEX ix_notes_usn ON notes (usn)",
    "CREATE INDEX ix_cards_usn ON cards (usn)",
    "CREATE INDEX ix_revlog_usn ON revlog (usn)",
    "CREATE INDEX ix_cards_nid ON cards (nid)",
    "CREATE INDEX ix_cards_sched ON cards (did, queue, due)",
    "CREATE INDEX ix_revlog_cid ON revlog (cid)",
    "CREATE INDEX ix_notes_csum ON notes (csum)",
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The note type: Front, Back and Source, one card showing Front and answering with Back and Source.
QJsonObject noteType(qint64 modSeconds)
{
    QJsonArray fields;
    const QStringList names{QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Source")};
    for (qsizetype i = 0; i < names.size(); ++i)
        fields.append(QJsonObject{{QStringLiteral("name"), names.at(i)},
                                  {QStringLiteral("ord"), int(i)},
                                  {QStringLiteral("sticky"), false},
                                  {QStringLiteral("rtl"), false},
                                  {QStringLiteral("font"), QStringLiteral("Arial")},
                                  {QStringLiteral("size"), 20},
                                  {QStringLiteral("media"), QJsonArray()}});
    const QJsonObject card{
        {QStringLiteral("name"), QStringLiteral("CalfAtlas card")},
        {QStringLiteral("ord"), 0},
        {QStringLiteral("qfmt"), QStringLiteral("{{Front}}")},
        {QStringLiteral("afmt"),
         QStringLiteral("{{FrontSide}}<hr id=answer>{{Back}}<div class=\"source\">{{Source}}</div>")},
        {QStringLiteral("bqfmt"), QString()},
        {QStringLiteral("bafmt"), QString()},
        {QStringLiteral("did"), QJsonValue()}};
    return {{QStringLiteral("id"), kModelId},
            {QStringLiteral("name"), QStringLiteral("CalfAtlas")},
            {QStringLiteral("type"), 0},
            {QStringLiteral("mod"), modSeconds},
            {QStringLiteral("usn"), -1},
            {QStringLiteral("sortf"), 0},
            {QStringLiteral("did"), kDeckId},
            {QStringLiteral("tmpls"), QJsonArray{card}},
            {QStringLiteral("flds"), fields},
            {QStringLiteral("css"),
             QStringLiteral(".card { font-family: sans-serif; font-size: 20px; text-align: center; }\n"
                            "img { max-width: 100%; }\n.source { font-size: 12px; color: #666; margin-top: 1em; }")},
            {QStringLiteral("latexPre"), QStringLiteral("\\documentclass[12pt]{article}\n\\begin{document}\n")},
            {QStringLiteral("latexPost"), QStringLiteral("\\end{document}")},
            {QStringLiteral("req"), QJsonArray{QJsonArray{0, QStringLiteral("any"), QJsonArray{0}}}},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("vers"), QJsonArray()}};
}

QJsonObject deck(qint64 id, const QString &name, qint64 modSeconds)
{
    const QJsonArray today{0, 0};
    return {
        {QStringLiteral("id"), id},          {QStringLiteral("name"), name},      {QStringLiteral("desc"), QString()},
        {QStringLiteral("mod"), modSeconds}, {QStringLiteral("usn"), -1},         {QStringLiteral("collapsed"), false},
        {QStringLiteral("conf"), 1},         {QStringLiteral("dyn"), 0},          {QStringLiteral("extendNew"), 10},
        {QStringLiteral("extendRev"), 50},   {QStringLiteral("newToday"), today}, {QStringLiteral("revToday"), today},
        {QStringLiteral("lrnToday"), today}, {QStringLiteral("timeToday"), today}};
}

QJsonObject deckOptions()
{
    return {{QStringLiteral("1"),
             QJsonObject{{QStringLiteral("id"), 1},
                         {QStringLiteral("name"), QStringLiteral("Default")},
                         {QStringLiteral("mod"), 0},
                         {QStringLiteral("usn"), 0},
                         {QStringLiteral("maxTaken"), 60},
                         {QStringLiteral("timer"), 0},
                         {QStringLiteral("autoplay"), true},
                         {QStringLiteral("replayq"), true},
                         {QStringLiteral("new"), QJsonObject{{QStringLiteral("perDay"), 20},
                                                             {QStringLiteral("delays"), QJsonArray{1, 10}},
                                                             {QStringLiteral("ints"), QJsonArray{1, 4, 7}},
                                                             {QStringLiteral("initialFactor"), 2500},
                                                             {QStringLiteral("order"), 1},
                                                             {QStringLiteral("bury"), false},
                                                             {QStringLiteral("separate"), true}}},
                         {QStringLiteral("rev"), QJsonObject{{QStringLiteral("perDay"), 200},
                                                             {QStringLiteral("ease4"), 1.3},
                                                             {QStringLiteral("fuzz"), 0.05},
                                                             {QStringLiteral("ivlFct"), 1},
                                                             {QStringLiteral("maxIvl"), 36500},
                                                             {QStringLiteral("minSpace"), 1},
                                                             {QStringLiteral("bury"), false}}},
                         {QStringLiteral("lapse"), QJsonObject{{QStringLiteral("delays"), QJsonArray{10}},
                                                               {QStringLiteral("mult"), 0},
                                                               {QStringLiteral("minInt"), 1},
                                                               {QStringLiteral("leechFails"), 8},
                                                               {QStringLiteral("leechAction"), 0}}}}}};
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

// Fills an empty collection file; the problem, or nothing.
std::optional<QString> fillCollection(QSqlDatabase &database, const QList<AnkiNote> &notes, const QString &deckName,
                                      qint64 createdMs)
{
    QSqlQuery query(database);
    for (const char *statement : kCollectionSchema) {
        if (!query.exec(QString::fromLatin1(statement)))
            return query.lastError().text();
    }
    const qint64 seconds = createdMs / 1000;
    const QJsonObject conf{{QStringLiteral("nextPos"), qint64(notes.size()) + 1},
                           {QStringLiteral("curDeck"), kDeckId},
                           {QStringLiteral("activeDecks"), QJsonArray{kDeckId}},
                           {QStringLiteral("curModel"), QString::number(kModelId)},
                           {QStringLiteral("sortType"), QStringLiteral("noteFld")},
                           {QStringLiteral("sortBackwards"), false},
                           {QStringLiteral("newSpread"), 0},
                           {QStringLiteral("collapseTime"), 1200},
                           {QStringLiteral("timeLim"), 0},
                           {QStringLiteral("estTimes"), true},
                           {QStringLiteral("dueCounts"), true},
                           {QStringLiteral("addToCur"), true}};
    const QJsonObject models{{QString::number(kModelId), noteType(seconds)}};
    const QJsonObject decks{{QStringLiteral("1"), deck(1, QStringLiteral("Default"), seconds)},
                            {QString::number(kDeckId), deck(kDeckId, deckName, seconds)}};
    if (!run(query, QStringLiteral("INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')"),
             {seconds, createdMs, createdMs, kSchemaVersion, compact(conf), compact(models), compact(decks),
              compact(deckOptions())}))
        return query.lastError().text();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const AnkiNote &note = notes.at(i);
        const qint64 noteId = createdMs + i;
        const QString fields = QStringList{note.front, note.back, note.source}.join(kFieldSeparator);
        const QString tags = QLatin1Char(' ') + note.tags.join(QLatin1Char(' ')) + QLatin1Char(' ');
        if (!run(query, QStringLiteral("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')"),
                 {noteId, guidOf(note.cardId), kModelId, seconds, tags, fields, plainText(note.front),
                  ankiChecksum(note.front)}))
            return query.lastError().text();
        if (!run(query,
                 QStringLiteral("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')"),
                 {createdMs + notes.size() + i, noteId, kDeckId, seconds, qint64(i) + 1}))
            return query.lastError().text();
    }
    return std::nullopt;
}

std::optional<QString> writeCollection(const QString &path, const QList<AnkiNote> &notes, const QString &deckName,
                                       qint64 createdMs)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("calfatlas-anki-%1").arg(++counter);
    std::optional<QString> problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!database.open()) {
            problem = database.lastError().text();
        } else {
            database.transaction();
            problem = fillCollection(database, notes, deckName, createdMs);
            if (problem)
                database.rollback();
            else if (!database.commit())
                problem = database.lastError().text();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

// Adds bytes under a name; the bytes must live until the archive is closed.
bool addEntry(zip_t *archive, const char *name, const QByteArray &bytes)
{
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return false;
    if (zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        return false;
    }
    return true;
}

// Zips the collection, the media map and the media into `zipPath`; the problem, or nothing.
std::optional<QString> writeZip(const QString &zipPath, const QByteArray &collection, const QList<QByteArray> &files)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return why;
    }
    bool added = addEntry(archive, "collection.anki2", collection);
    for (qsizetype i = 0; added && i < files.size(); ++i)
        added = addEntry(archive, i == 0 ? "media" : QByteArray::number(i - 1).constData(), files.at(i));
    // zip_close frees the archive when it succeeds; otherwise it is discarded here.
    if (!added || zip_close(archive) < 0) {
        const QString why = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return why;
    }
    return std::nullopt;
}

} // namespace

bool writeAnkiPackage(const QString &path, const QList<AnkiNote> &notes, const QHash<QString, QByteArray> &media,
                      const QString &deckName, qint64 createdMs, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    // The media map and files: "0", "1", … in the order the notes name them, each image once.
    QJsonObject map;
    QList<QByteArray> files{QByteArray()};
    QStringList names;
    for (const AnkiNote &note : notes) {
        for (const QString &name : note.images) {
            if (names.contains(name))
                continue;
            if (!media.contains(name))
                return failed(QStringLiteral("the image %1 of the card %2 is missing").arg(name, note.cardId));
            map.insert(QString::number(names.size()), name);
            names.append(name);
            files.append(media.value(name));
        }
    }
    files[0] = QJsonDocument(map).toJson(QJsonDocument::Compact);
    QTemporaryDir work;
    if (!work.isValid())
        return failed(work.errorString());
    const QString collectionPath = work.filePath(QStringLiteral("collection.anki2"));
    if (const auto problem = writeCollection(collectionPath, notes, deckName, createdMs))
        return failed(*problem);
    QFile collectionFile(collectionPath);
    if (!collectionFile.open(QIODevice::ReadOnly))
        return failed(collectionFile.errorString());
    const QByteArray collection = collectionFile.readAll();
    const QString zipPath = work.filePath(QStringLiteral("deck.apkg"));
    if (const auto problem = writeZip(zipPath, collection, files))
        return failed(*problem);
    QFile zipped(zipPath);
    if (!zipped.open(QIODevice::ReadOnly))
        return failed(zipped.errorString());
    return writeUserFile(path, zipped.readAll(), error);
}

} // namespace calfatlas::learn
