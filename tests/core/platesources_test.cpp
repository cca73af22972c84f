// SPDX-License-Identifier: MIT
// The sources a plate handout cites: where the structures in sight lie and what they are called, then all of
// the selected structure's sources.
#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "anatomy/platesources.h"
#include "builtins.h"

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::anatomy;
using calfatlas::test::base;
using calfatlas::test::references;

namespace {

TEST(PlateSources, CiteWhereEachStructureInSightLiesAndWhatItIsCalled)
{
    const Structure &soleus = *base().find(QStringLiteral("soleus"));
    const QStringList keys = plateSources(base(), {QStringLiteral("soleus")});
    for (const Identifier &identifier : soleus.identifiers)
        EXPECT_TRUE(keys.contains(identifier.source)) << identifier.source.toStdString();
    ASSERT_TRUE(soleus.origin.has_value());
    for (const QString &key : soleus.origin->sources)
        EXPECT_TRUE(keys.contains(key)) << key.toStdString();
    // Sources only behind what the muscle does (its fibre types) are not about the drawing.
    ASSERT_TRUE(soleus.fibreTypes.has_value());
    for (const QString &key : soleus.fibreTypes->fact.sources) {
        bool placing = false;
        for (const SectionFacts &section : soleus.sections()) {
            if (section.section == Section::FibreTypes)
                continue;
            for (const Fact &fact : section.facts)
                placing = placing || fact.sources.contains(key);
        }
        for (const Identifier &identifier : soleus.identifiers)
            placing = placing || identifier.source == key;
        if (!placing)
            EXPECT_FALSE(keys.contains(key)) << key.toStdString();
    }
    for (const QString &key : keys)
        EXPECT_NE(references().find(key), nullptr) << key.toStdString();
}

TEST(PlateSources, TheSelectionAddsEverySourceOfItsEntryOnce)
{
    const QStringList inSight{QStringLiteral("tibia"), QStringLiteral("fibula")};
    const QStringList plain = plateSources(base(), inSight);
    const QStringList withSoleus = plateSources(base(), inSight, QStringLiteral("soleus"));
    EXPECT_EQ(withSoleus.mid(0, plain.size()), plain); // the plate's own come first
    for (const QString &key : base().find(QStringLiteral("soleus"))->allSources())
        EXPECT_TRUE(withSoleus.contains(key)) << key.toStdString();
    EXPECT_EQ(QSet<QString>(withSoleus.cbegin(), withSoleus.cend()).size(), withSoleus.size());
    EXPECT_GT(withSoleus.size(), plain.size());
}

TEST(PlateSources, UnknownIdsAndNothingInSightCiteNothing)
{
    EXPECT_TRUE(plateSources(base(), {}).isEmpty());
    EXPECT_TRUE(
        plateSources(base(), {QStringLiteral("art-skin"), QStringLiteral("no-such")}, QStringLiteral("x")).isEmpty());
}

} // namespace

namespace {

// Two layers: skin with one structure over a deep layer, and sinuses inside the muscle shown with it.
const QByteArray kPlate =
    R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:calfatlas="urn:calfatlas:plate" viewBox="0 0 100 100">
<g id="layer-deep"><rect id="soleus" x="20" y="20" width="50" height="50"/><rect id="soleal-veins" calfatlas:shown-with="soleus" x="30" y="30" width="5" height="5"/></g>
<g id="layer-skin"><rect id="art-skin" x="0" y="0" width="100" height="100"/><rect id="tibia" x="10" y="10" width="5" height="5"/></g>
</svg>)";

TEST(StructuresUncovered, FollowThePeelAndTheSelection)
{
    QString problem;
    const Plate plate = Plate::fromBytes(kPlate, QStringLiteral("test"), &problem);
    ASSERT_TRUE(plate.isValid()) << problem.toStdString();
    const QStringList all = structuresUncovered(plate, 0);
    EXPECT_TRUE(all.contains(QStringLiteral("tibia")));
    EXPECT_TRUE(all.contains(QStringLiteral("soleus")));
    EXPECT_FALSE(all.contains(QStringLiteral("art-skin")));
    EXPECT_FALSE(all.contains(QStringLiteral("soleal-veins")));
    const int inner = plate.layerOf(QStringLiteral("soleus"));
    const QStringList peeled = structuresUncovered(plate, inner, QStringLiteral("soleus"));
    EXPECT_FALSE(peeled.contains(QStringLiteral("tibia")));
    EXPECT_TRUE(peeled.contains(QStringLiteral("soleal-veins")));
}

} // namespace
