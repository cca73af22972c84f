// SPDX-License-Identifier: MIT
// The references list every fact cites into.
#include "common/datafile.h"
#include "common/references.h"
#include "jsonfixture.h"
#include "testpaths.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace calfatlas;
using calfatlas::test::JsonFixture;

namespace {

const QString kBuiltIn = test::resourceFile(QStringLiteral("data/references.json"));

DataError loadError(const QString &path)
{
    try {
        References::load(path);
    } catch (const DataFileException &error) {
        return error.error();
    }
    ADD_FAILURE() << "the file loaded, but should have been refused";
    return {};
}

TEST(References, BuiltInListHasTheSourcesOfTheContent)
{
    const References references = References::builtIn();
    for (const char *key : {"Seed", "Moore", "Gray", "Johnson1973", "Grieve1978", "HawkinsHull1990", "Bennell1998",
                            "Chisholm2012", "Powden2015", "NHS-Achilles", "NHS-DVT", "ACSM2009"}) {
        const Reference *reference = references.find(QString::fromLatin1(key));
        ASSERT_NE(reference, nullptr) << key;
        EXPECT_FALSE(reference->citation.isEmpty());
        EXPECT_FALSE(reference->shortLabel.isEmpty());
    }
    EXPECT_EQ(references.find(QStringLiteral("Unknown")), nullptr);
}

TEST(References, ShortLabelsSkipUnknownKeys)
{
    const References references = References::builtIn();
    EXPECT_EQ(references.shortLabels({QStringLiteral("Moore"), QStringLiteral("Nope"), QStringLiteral("Grieve1978")}),
              QStringLiteral("Moore 2018; Grieve 1978"));
}

TEST(References, DuplicateKeyIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    QJsonArray list = fixture.object().value(QStringLiteral("references")).toArray();
    list.append(list.first());
    fixture.object()[QStringLiteral("references")] = list;
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("Seed"));
    EXPECT_EQ(error.field, QStringLiteral("key"));
}

TEST(References, MissingCitationIsNamed)
{
    JsonFixture fixture(kBuiltIn);
    QJsonArray list = fixture.object().value(QStringLiteral("references")).toArray();
    QJsonObject moore = list.at(1).toObject();
    moore.remove(QStringLiteral("citation"));
    list.replace(1, moore);
    fixture.object()[QStringLiteral("references")] = list;
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("Moore"));
    EXPECT_EQ(error.field, QStringLiteral("citation"));
}

TEST(References, EmptyListIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    fixture.object()[QStringLiteral("references")] = QJsonArray{};
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.field, QStringLiteral("references"));
}

} // namespace
