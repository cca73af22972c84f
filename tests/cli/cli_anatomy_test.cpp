// SPDX-License-Identifier: MIT
// `calfatlas-cli list` and `calfatlas-cli info`, end to end through the built executable.
#include "cliprocess.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

TEST(CliList, PrintsEveryIdOnItsOwnLine)
{
    const CliRun run = runCli({QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList ids = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_TRUE(ids.contains(QStringLiteral("soleus")));
    EXPECT_TRUE(ids.contains(QStringLiteral("calcaneal-tendon")));
    EXPECT_EQ(ids.removeDuplicates(), 0);
    EXPECT_GE(ids.size(), 17);
}

TEST(CliList, JsonListsIdNameKindAndLayer)
{
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(list.isEmpty());
    const QJsonObject first = list.first().toObject();
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("layer"),
                                         QStringLiteral("name")}));
    EXPECT_EQ(list.size(), runCli({QStringLiteral("list")}).out.count(QLatin1Char('\n')));
}

TEST(CliInfo, PrintsSectionsWithSources)
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("soleus")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Soleus (Musculus soleus)")));
    for (const char *heading :
         {"Origin", "Insertion", "Nerve supply", "Actions", "Joints crossed", "Fibre types", "Sources"})
        EXPECT_TRUE(run.out.contains(QString::fromLatin1(heading))) << heading;
    EXPECT_TRUE(run.out.contains(QStringLiteral("Johnson 1973")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Clinically Oriented Anatomy")));
}

TEST(CliInfo, JsonIsTheEntryWithReferences)
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("calcaneal-tendon"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("id")).toString(), QStringLiteral("calcaneal-tendon"));
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("tendon"));
    EXPECT_TRUE(json.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Achilles tendon")));
    EXPECT_FALSE(json.value(QStringLiteral("references")).toArray().isEmpty());
}

TEST(CliInfo, JsonCarriesIdentifiersAndRelations)
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("soleus"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QJsonObject identifiers = json.value(QStringLiteral("identifiers")).toObject();
    EXPECT_EQ(identifiers.value(QStringLiteral("fma")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("FMA:22542"));
    EXPECT_EQ(identifiers.value(QStringLiteral("ta98")).toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("TA98"));
    const QJsonObject relations = json.value(QStringLiteral("relations")).toObject();
    EXPECT_EQ(relations.value(QStringLiteral("inserts_on")).toArray(), QJsonArray{QStringLiteral("calcaneus")});
    const CliRun knee = runCli({QStringLiteral("info"), QStringLiteral("knee-joint")});
    ASSERT_EQ(knee.exitCode, 0);
    EXPECT_TRUE(knee.out.contains(QStringLiteral("articulates: femur, tibia")));
    EXPECT_TRUE(knee.out.contains(QStringLiteral("UBERON:0001485 [Uberon]")));
}

TEST(CliInfo, UnknownIdExitsTwoAndSuggestsTheNearest)
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("solius")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'solius'")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("did you mean: soleus")));
}

TEST(CliInfo, BadInvocationsExitTwo)
{
    const QList<QStringList> cases{{QStringLiteral("info")},
                                   {QStringLiteral("info"), QStringLiteral("soleus"), QStringLiteral("tibia")},
                                   {QStringLiteral("info"), QStringLiteral("soleus"), QStringLiteral("--yaml")},
                                   {QStringLiteral("list"), QStringLiteral("extra")},
                                   {QStringLiteral("list"), QStringLiteral("--all")}};
    for (const QStringList &arguments : cases) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    }
}

TEST(CliInfo, HelpWorks)
{
    const CliRun run = runCli({QStringLiteral("info"), QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: calfatlas-cli info")));
}

} // namespace
