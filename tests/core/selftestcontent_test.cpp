// SPDX-License-Identifier: MIT
// Loading the self-test's words: the built-in file is complete; broken files are refused precisely.
#include "anatomy/knowledgebase.h"
#include "assessment/selftestcontent.h"
#include "builtins.h"
#include "common/datafile.h"
#include "jsonfixture.h"
#include "testpaths.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::assessment;
using calfatlas::test::JsonFixture;
using calfatlas::test::references;

namespace {

// Loads `path` and returns the error it raised; fails the test when it loaded.
DataError loadError(const QString &path)
{
    try {
        SelfTestContent::load(path, references());
    } catch (const DataFileException &error) {
        return error.error();
    }
    ADD_FAILURE() << "the file loaded, but should have been refused";
    return {};
}

QJsonArray withoutEntry(const QJsonArray &list, const QString &id)
{
    QJsonArray result;
    for (const QJsonValue value : list) {
        if (value.toObject().value(QStringLiteral("id")).toString() != id)
            result.append(value);
    }
    return result;
}

QJsonArray changedEntry(const QJsonArray &list, const QString &id, const QString &field, const QJsonValue &value)
{
    QJsonArray result;
    for (const QJsonValue item : list) {
        QJsonObject object = item.toObject();
        if (object.value(QStringLiteral("id")).toString() == id) {
            if (value.isUndefined())
                object.remove(field);
            else
                object.insert(field, value);
        }
        result.append(object);
    }
    return result;
}

const QString kBuiltIn = test::resourceFile(QStringLiteral("data/selftest.json"));

TEST(SelfTestContent, BuiltInFileIsComplete)
{
    const SelfTestContent content = SelfTestContent::builtIn(references());
    for (RedFlag flag : allRedFlags()) {
        // clot-signs is derived from two other answers: it has no question of its own.
        EXPECT_EQ(content.redFlag(flag).question.isEmpty(), flag == RedFlag::ClotSigns) << idOf(flag).toStdString();
        EXPECT_FALSE(content.redFlag(flag).why.isEmpty());
    }
    EXPECT_FALSE(content.level(Level::Strong).description.isEmpty());
    EXPECT_FALSE(content.disclaimer().isEmpty());
    EXPECT_EQ(content.headline(QStringLiteral("soleus"), QStringLiteral("likely")),
              QStringLiteral("Points to your soleus"));
}

// Every place the self-test points to in the atlas is a structure the atlas knows.
TEST(SelfTestContent, EveryStructureItShowsIsInTheKnowledgeBase)
{
    const SelfTestContent content = SelfTestContent::builtIn(references());
    EXPECT_EQ(content.redFlag(RedFlag::ClotSigns).structure, QStringLiteral("soleal-veins"));
    for (RedFlag flag : allRedFlags()) {
        const QString &id = content.redFlag(flag).structure;
        EXPECT_TRUE(id.isEmpty() || test::base().find(id)) << idOf(flag).toStdString() << ": " << id.toStdString();
    }
}

TEST(SelfTestContent, TheSourceFileEqualsTheBuiltInOne)
{
    const SelfTestContent fromSource = SelfTestContent::load(kBuiltIn, references());
    EXPECT_EQ(fromSource.advice(QStringLiteral("seated-calf-raise")).title,
              SelfTestContent::builtIn(references()).advice(QStringLiteral("seated-calf-raise")).title);
}

TEST(SelfTestContent, InvalidJsonNamesTheFileAndLine)
{
    JsonFixture fixture(kBuiltIn);
    const QString path = fixture.writeRaw("{\n  \"format\": 1,\n  \"levels\": [\n    {\"id\": \"none\",,}\n");
    const DataError error = loadError(path);
    EXPECT_EQ(error.file, path);
    EXPECT_TRUE(error.problem.contains(QStringLiteral("not valid JSON"))) << error.message().toStdString();
    EXPECT_TRUE(error.problem.contains(QStringLiteral("line 4"))) << error.message().toStdString();
}

TEST(SelfTestContent, MissingFileIsNamed)
{
    const DataError error = loadError(QStringLiteral("/nonexistent/selftest.json"));
    EXPECT_EQ(error.file, QStringLiteral("/nonexistent/selftest.json"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("cannot be read")));
}

TEST(SelfTestContent, MissingAdviceIsNamed)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("advice")] =
        withoutEntry(fixture.object().value(QStringLiteral("advice")).toArray(), QStringLiteral("seated-calf-raise"));
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("seated-calf-raise"));
    EXPECT_EQ(error.field, QStringLiteral("advice"));
}

TEST(SelfTestContent, MissingFieldNamesEntryAndField)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("advice")] =
        changedEntry(fixture.object().value(QStringLiteral("advice")).toArray(), QStringLiteral("bent-knee-theraband"),
                     QStringLiteral("title"), QJsonValue(QJsonValue::Undefined));
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("bent-knee-theraband"));
    EXPECT_EQ(error.field, QStringLiteral("title"));
    EXPECT_EQ(error.problem, QStringLiteral("is missing"));
    EXPECT_TRUE(error.message().contains(QStringLiteral("entry \"bent-knee-theraband\", field \"title\"")));
}

TEST(SelfTestContent, WrongTypeNamesEntryAndField)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("red_flags")] =
        changedEntry(fixture.object().value(QStringLiteral("red_flags")).toArray(), QStringLiteral("heel-gap"),
                     QStringLiteral("why"), 42);
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("heel-gap"));
    EXPECT_EQ(error.field, QStringLiteral("why"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("text")));
}

TEST(SelfTestContent, UnknownSourceKeyIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("advice")] =
        changedEntry(fixture.object().value(QStringLiteral("advice")).toArray(), QStringLiteral("seated-calf-raise"),
                     QStringLiteral("sources"), QJsonArray{QStringLiteral("Moore"), QStringLiteral("Nobody2099")});
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("seated-calf-raise"));
    EXPECT_EQ(error.field, QStringLiteral("sources"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("Nobody2099")));
}

TEST(SelfTestContent, AdviceWithoutSourcesIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("advice")] =
        changedEntry(fixture.object().value(QStringLiteral("advice")).toArray(), QStringLiteral("see-clinician"),
                     QStringLiteral("sources"), QJsonArray{});
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("see-clinician"));
    EXPECT_EQ(error.field, QStringLiteral("sources"));
}

TEST(SelfTestContent, MissingRedFlagIsNamed)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("red_flags")] =
        withoutEntry(fixture.object().value(QStringLiteral("red_flags")).toArray(), QStringLiteral("numbness"));
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("numbness"));
}

TEST(SelfTestContent, UnknownUrgencyIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("red_flags")] =
        changedEntry(fixture.object().value(QStringLiteral("red_flags")).toArray(), QStringLiteral("numbness"),
                     QStringLiteral("urgency"), QStringLiteral("whenever"));
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("numbness"));
    EXPECT_EQ(error.field, QStringLiteral("urgency"));
}

TEST(SelfTestContent, TopLevelMustBeAnObject)
{
    JsonFixture fixture(kBuiltIn);
    const DataError error = loadError(fixture.writeRaw("[1, 2, 3]"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("object")));
}

} // namespace
