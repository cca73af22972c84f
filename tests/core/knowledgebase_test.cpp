// SPDX-License-Identifier: MIT
// The anatomy knowledge base: the built-in data is complete and sourced; broken files are refused precisely.
#include "anatomy/json.h"
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "common/datafile.h"
#include "jsonfixture.h"
#include "testpaths.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::anatomy;
using calfatlas::test::base;
using calfatlas::test::JsonFixture;
using calfatlas::test::references;

namespace {

const QString kBuiltIn = test::resourceFile(QStringLiteral("data/anatomy.json"));

DataError loadError(const QString &path)
{
    try {
        KnowledgeBase::load(path, references());
    } catch (const DataFileException &error) {
        return error.error();
    }
    ADD_FAILURE() << "the file loaded, but should have been refused";
    return {};
}

// A copy of the built-in file with one field of one structure changed (or removed when value is undefined).
QString withField(JsonFixture &fixture, const QString &id, const QString &field, const QJsonValue &value)
{
    QJsonArray structures = fixture.object().value(QStringLiteral("structures")).toArray();
    for (qsizetype i = 0; i < structures.size(); ++i) {
        QJsonObject structure = structures.at(i).toObject();
        if (structure.value(QStringLiteral("id")).toString() != id)
            continue;
        if (value.isUndefined())
            structure.remove(field);
        else
            structure.insert(field, value);
        structures.replace(i, structure);
    }
    fixture.object()[QStringLiteral("structures")] = structures;
    return fixture.write(QStringLiteral("anatomy.json"));
}

TEST(KnowledgeBase, HoldsEveryRequiredStructure)
{
    for (const char *id :
         {"gastrocnemius-medial-head", "gastrocnemius-lateral-head", "soleus", "plantaris", "calcaneal-tendon",
          "popliteus", "tibialis-posterior", "flexor-hallucis-longus", "flexor-digitorum-longus", "femur", "tibia",
          "fibula", "talus", "calcaneus", "tibial-nerve", "popliteal-artery", "posterior-tibial-artery"})
        EXPECT_NE(base().find(QString::fromLatin1(id)), nullptr) << id;
}

TEST(KnowledgeBase, EveryStructureHasSummaryAndSourcedFacts)
{
    for (const Structure &structure : base().structures()) {
        EXPECT_FALSE(structure.summary.isEmpty()) << structure.id.toStdString();
        EXPECT_FALSE(structure.sections().isEmpty()) << structure.id.toStdString();
        for (const SectionFacts &section : structure.sections()) {
            for (const Fact &fact : section.facts) {
                EXPECT_FALSE(fact.sources.isEmpty()) << structure.id.toStdString();
                for (const QString &key : fact.sources)
                    EXPECT_NE(references().find(key), nullptr) << key.toStdString();
            }
        }
    }
}

TEST(KnowledgeBase, MusclesCarryTheAnatomyOfTheCalf)
{
    const Structure *soleus = base().find(QStringLiteral("soleus"));
    ASSERT_NE(soleus, nullptr);
    EXPECT_EQ(soleus->kind, Kind::Muscle);
    EXPECT_EQ(soleus->layer, QStringLiteral("soleus-plantaris"));
    ASSERT_TRUE(soleus->innervation);
    EXPECT_EQ(soleus->innervation->nerve, QStringLiteral("tibial-nerve"));
    EXPECT_EQ(soleus->innervation->roots, QStringLiteral("S1, S2"));
    EXPECT_TRUE(soleus->crosses(QStringLiteral("ankle")));
    EXPECT_FALSE(soleus->crosses(QStringLiteral("knee")));
    ASSERT_TRUE(soleus->fibreTypes);
    EXPECT_EQ(soleus->fibreTypes->typeOnePercentMin, 70);
    EXPECT_EQ(soleus->fibreTypes->typeOnePercentMax, 90);

    const Structure *medial = base().find(QStringLiteral("gastrocnemius-medial-head"));
    ASSERT_NE(medial, nullptr);
    EXPECT_TRUE(medial->crosses(QStringLiteral("knee")));
    EXPECT_TRUE(medial->crosses(QStringLiteral("ankle")));
    EXPECT_EQ(medial->fibreTypes->typeOnePercentMin, 50);
}

TEST(KnowledgeBase, SectionsComeInDisplayOrder)
{
    const QList<SectionFacts> sections = base().find(QStringLiteral("soleus"))->sections();
    ASSERT_GE(sections.size(), 6);
    EXPECT_EQ(sections.at(0).section, Section::Origin);
    EXPECT_EQ(sections.at(1).section, Section::Insertion);
    EXPECT_EQ(sections.at(2).section, Section::Innervation);
    EXPECT_EQ(sections.last().section, Section::Notes);
}

TEST(KnowledgeBase, LayersRunFromTheOutsideIn)
{
    QStringList ids;
    for (const Layer &layer : base().layers())
        ids.append(layer.id);
    EXPECT_EQ(ids,
              (QStringList{QStringLiteral("skin"), QStringLiteral("gastrocnemius"), QStringLiteral("soleus-plantaris"),
                           QStringLiteral("neurovascular"), QStringLiteral("deep"), QStringLiteral("bones-vessels")}));
    EXPECT_LT(base().layerDepth(QStringLiteral("gastrocnemius")),
              base().layerDepth(QStringLiteral("soleus-plantaris")));
    EXPECT_EQ(base().layerDepth(QStringLiteral("nowhere")), -1);
    EXPECT_EQ(base().inLayer(QStringLiteral("gastrocnemius")).size(), 2);
}

TEST(KnowledgeBase, SearchFindsNamesAliasesAndLatinBestFirst)
{
    const auto firstId = [](const QString &query) {
        const QList<const Structure *> found = base().search(query);
        return found.isEmpty() ? QString() : found.first()->id;
    };
    EXPECT_EQ(firstId(QStringLiteral("soleus")), QStringLiteral("soleus"));
    EXPECT_EQ(firstId(QStringLiteral("SOL")), QStringLiteral("soleus"));
    EXPECT_EQ(firstId(QStringLiteral("achilles")), QStringLiteral("calcaneal-tendon"));
    EXPECT_EQ(firstId(QStringLiteral("heel bone")), QStringLiteral("calcaneus"));
    EXPECT_EQ(firstId(QStringLiteral("peroneus longus")), QStringLiteral("fibularis-longus"));
    EXPECT_EQ(firstId(QStringLiteral("Musculus soleus")), QStringLiteral("soleus"));
    EXPECT_EQ(base().search(QStringLiteral("calf muscle")).size(), 3);
    EXPECT_TRUE(base().search(QStringLiteral("xylophone")).isEmpty());
    EXPECT_TRUE(base().search(QStringLiteral("  ")).isEmpty());
}

TEST(KnowledgeBase, NearestIdsSuggestTheIntendedOne)
{
    EXPECT_EQ(base().nearestIds(QStringLiteral("solius")).value(0), QStringLiteral("soleus"));
    EXPECT_EQ(base().nearestIds(QStringLiteral("fibulla")).value(0), QStringLiteral("fibula"));
    EXPECT_TRUE(base().nearestIds(QStringLiteral("gastro")).startsWith(QStringLiteral("gastrocnemius-medial-head")));
    EXPECT_EQ(base().nearestIds(QStringLiteral("x"), 2).size(), 2);
    EXPECT_EQ(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
}

TEST(KnowledgeBase, JsonCarriesFactsAndFullCitations)
{
    const QJsonObject json = toJson(*base().find(QStringLiteral("soleus")), references());
    EXPECT_EQ(json.value(QStringLiteral("id")).toString(), QStringLiteral("soleus"));
    EXPECT_EQ(json.value(QStringLiteral("innervation")).toObject().value(QStringLiteral("nerve")).toString(),
              QStringLiteral("tibial-nerve"));
    const QJsonArray cited = json.value(QStringLiteral("references")).toArray();
    ASSERT_FALSE(cited.isEmpty());
    EXPECT_TRUE(
        cited.first().toObject().value(QStringLiteral("citation")).toString().contains(QStringLiteral("Moore")));
}

TEST(KnowledgeBaseErrors, MissingFieldNamesFileEntryAndField)
{
    JsonFixture fixture(kBuiltIn);
    const QString path =
        withField(fixture, QStringLiteral("soleus"), QStringLiteral("summary"), QJsonValue(QJsonValue::Undefined));
    const DataError error = loadError(path);
    EXPECT_EQ(error.file, path);
    EXPECT_EQ(error.entry, QStringLiteral("soleus"));
    EXPECT_EQ(error.field, QStringLiteral("summary"));
    EXPECT_TRUE(error.message().contains(QStringLiteral("entry \"soleus\", field \"summary\"")));
}

TEST(KnowledgeBaseErrors, UnknownKindAndLayerAreRefused)
{
    JsonFixture kind(kBuiltIn);
    DataError error =
        loadError(withField(kind, QStringLiteral("tibia"), QStringLiteral("kind"), QStringLiteral("organ")));
    EXPECT_EQ(error.entry, QStringLiteral("tibia"));
    EXPECT_EQ(error.field, QStringLiteral("kind"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("organ")));

    JsonFixture layer(kBuiltIn);
    error = loadError(withField(layer, QStringLiteral("tibia"), QStringLiteral("layer"), QStringLiteral("underwear")));
    EXPECT_EQ(error.field, QStringLiteral("layer"));
}

TEST(KnowledgeBaseErrors, FactWithoutSourcesIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    const DataError error = loadError(withField(fixture, QStringLiteral("plantaris"), QStringLiteral("origin"),
                                                QJsonObject{{QStringLiteral("text"), QStringLiteral("Somewhere.")}}));
    EXPECT_EQ(error.entry, QStringLiteral("plantaris"));
    EXPECT_EQ(error.field, QStringLiteral("origin.sources"));
}

TEST(KnowledgeBaseErrors, UnknownSourceKeyIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    const DataError error = loadError(
        withField(fixture, QStringLiteral("popliteus"), QStringLiteral("actions"),
                  QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Dances.")},
                                         {QStringLiteral("sources"), QJsonArray{QStringLiteral("Blog2024")}}}}));
    EXPECT_EQ(error.entry, QStringLiteral("popliteus"));
    EXPECT_EQ(error.field, QStringLiteral("actions[1].sources"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("Blog2024")));
}

TEST(KnowledgeBaseErrors, MuscleWithoutInsertionIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    const DataError error = loadError(
        withField(fixture, QStringLiteral("soleus"), QStringLiteral("insertion"), QJsonValue(QJsonValue::Undefined)));
    EXPECT_EQ(error.entry, QStringLiteral("soleus"));
    EXPECT_EQ(error.field, QStringLiteral("insertion"));
}

TEST(KnowledgeBaseErrors, InnervationMustNameANerveOfTheBase)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject innervation{{QStringLiteral("nerve"), QStringLiteral("tibia")},
                            {QStringLiteral("roots"), QStringLiteral("S1")},
                            {QStringLiteral("text"), QStringLiteral("Wrong.")},
                            {QStringLiteral("sources"), QJsonArray{QStringLiteral("Moore")}}};
    const DataError error =
        loadError(withField(fixture, QStringLiteral("soleus"), QStringLiteral("innervation"), innervation));
    EXPECT_EQ(error.entry, QStringLiteral("soleus"));
    EXPECT_EQ(error.field, QStringLiteral("innervation.nerve"));
}

TEST(KnowledgeBaseErrors, DuplicateIdIsRefused)
{
    JsonFixture fixture(kBuiltIn);
    QJsonArray structures = fixture.object().value(QStringLiteral("structures")).toArray();
    structures.append(structures.at(2));
    fixture.object()[QStringLiteral("structures")] = structures;
    const DataError error = loadError(fixture.write());
    EXPECT_EQ(error.entry, QStringLiteral("soleus"));
    EXPECT_EQ(error.field, QStringLiteral("id"));
}

TEST(KnowledgeBaseErrors, BadFibrePercentagesAreRefused)
{
    JsonFixture fixture(kBuiltIn);
    QJsonObject fibres{{QStringLiteral("type1_percent_min"), 90},
                       {QStringLiteral("type1_percent_max"), 80},
                       {QStringLiteral("text"), QStringLiteral("Backwards.")},
                       {QStringLiteral("sources"), QJsonArray{QStringLiteral("Johnson1973")}}};
    const DataError error =
        loadError(withField(fixture, QStringLiteral("soleus"), QStringLiteral("fibre_types"), fibres));
    EXPECT_EQ(error.field, QStringLiteral("fibre_types"));
}

TEST(KnowledgeBaseErrors, StaticBrokenFixturesAreRefused)
{
    const DataError truncated = loadError(test::dataFile(QStringLiteral("anatomy-truncated.json")));
    EXPECT_TRUE(truncated.problem.contains(QStringLiteral("not valid JSON")));
    const DataError wrongFormat = loadError(test::dataFile(QStringLiteral("anatomy-format-2.json")));
    EXPECT_EQ(wrongFormat.field, QStringLiteral("format"));
    const DataError noStructures = loadError(test::dataFile(QStringLiteral("anatomy-no-structures.json")));
    EXPECT_EQ(noStructures.field, QStringLiteral("structures"));
}

} // namespace
