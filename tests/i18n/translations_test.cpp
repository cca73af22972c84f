// SPDX-License-Identifier: MIT
// The German and Spanish translations: complete, with the same placeholders as the English, and covering
// every text the data files show.
#include "anatomy/knowledgebase.h"
#include "assessment/selftestcontent.h"
#include "biomechanics/movementcontent.h"
#include "common/datafile.h"
#include "common/references.h"
#include "learn/learncontent.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(CALFATLAS_SOURCE_DIR "/resources/translations/calfatlas_%1.ts").arg(QLatin1String(language));
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

class Translation : public testing::TestWithParam<const char *> {};

TEST_P(Translation, EveryStringIsTranslated)
{
    const QList<Message> messages = readTs(tsPath(GetParam()));
    ASSERT_GT(messages.size(), 400);
    QStringList missing;
    for (const Message &message : messages) {
        if (!message.type.isEmpty() || message.translation.trimmed().isEmpty())
            missing.append(message.context + QStringLiteral(": ") + message.source);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated, first: "
                                   << missing.mid(0, 5).join(QStringLiteral(" | ")).toStdString();
}

TEST_P(Translation, KeepsThePlaceholdersAndAccelerators)
{
    for (const Message &message : readTs(tsPath(GetParam()))) {
        if (message.translation.isEmpty())
            continue;
        EXPECT_EQ(placeholders(message.translation), placeholders(message.source))
            << message.source.toStdString() << " -> " << message.translation.toStdString();
        // A menu item with an accelerator keeps one.
        if (message.source.contains(QLatin1Char('&')) && !message.source.contains(QLatin1String("&amp;")) &&
            message.source.contains(QRegularExpression(QStringLiteral("&\\w")))) {
            EXPECT_TRUE(message.translation.contains(QRegularExpression(QStringLiteral("&\\w"))))
                << message.source.toStdString() << " -> " << message.translation.toStdString();
        }
    }
}

// The contexts the data files' texts are translated in.
bool isDataContext(const QString &context)
{
    return context == QLatin1String(calfatlas::kDataTranslationContext) ||
           context == QLatin1String(calfatlas::biomechanics::MovementContent::kTranslationContext);
}

QString key(const QString &context, const QString &source)
{
    return context + QLatin1Char('\n') + source;
}

// Records every data text the loaders ask to translate, with its context.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (isDataContext(QString::fromLatin1(context)))
            asked.insert(key(QString::fromLatin1(context), QString::fromUtf8(source)));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> asked;
};

TEST_P(Translation, CoversEveryTextOfTheDataFiles)
{
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    const calfatlas::References references = calfatlas::References::builtIn();
    const auto base = calfatlas::anatomy::KnowledgeBase::builtIn(references);
    calfatlas::assessment::SelfTestContent::builtIn(references);
    calfatlas::learn::LearnContent::builtIn(references, base);
    calfatlas::biomechanics::MovementContent::builtIn(references);
    QCoreApplication::removeTranslator(&recorder);
    ASSERT_GT(recorder.asked.size(), 200);

    QSet<QString> translated;
    for (const Message &message : readTs(tsPath(GetParam()))) {
        if (isDataContext(message.context))
            translated.insert(key(message.context, message.source));
    }
    QStringList missing;
    for (const QString &text : recorder.asked) {
        if (!translated.contains(text))
            missing.append(text);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " data texts missing, first: "
                                   << missing.mid(0, 3).join(QStringLiteral(" | ")).toStdString();
}

TEST_P(Translation, IsLoadedIntoTheDataTexts)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(
        tsPath(GetParam()).replace(QStringLiteral(".ts"), QStringLiteral(".qm")).section(QLatin1Char('/'), -1),
        QStringLiteral(CALFATLAS_BINARY_DIR "/app/i18n")));
    QCoreApplication::installTranslator(&translator);
    const calfatlas::References references = calfatlas::References::builtIn();
    const auto base = calfatlas::anatomy::KnowledgeBase::builtIn(references);
    QCoreApplication::removeTranslator(&translator);
    const calfatlas::anatomy::Structure *soleus = base.find(QStringLiteral("soleus"));
    ASSERT_NE(soleus, nullptr);
    EXPECT_NE(soleus->summary.left(20), QStringLiteral("The broad, flat calf")) << soleus->summary.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, Translation, testing::Values("de", "es"));

} // namespace
