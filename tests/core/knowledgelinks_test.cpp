// SPDX-License-Identifier: MIT
// The linked knowledge base: standard identifiers, joints as entries, and typed relations that the loader checks
// link to an existing entry of the right kind.
#include "anatomy/json.h"
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "common/datafile.h"
#include "jsonfixture.h"
#include "testpaths.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <ostream>

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

// A copy of the built-in file with one field of one entry replaced.
QString withField(JsonFixture &fixture, const QString &id, const QString &field, const QJsonValue &value)
{
    QJsonArray structures = fixture.object().value(QStringLiteral("structures")).toArray();
    for (qsizetype i = 0; i < structures.size(); ++i) {
        QJsonObject structure = structures.at(i).toObject();
        if (structure.value(QStringLiteral("id")).toString() == id) {
            structure.insert(field, value);
            structures.replace(i, structure);
        }
    }
    fixture.object()[QStringLiteral("structures")] = structures;
    return fixture.write(QStringLiteral("anatomy.json"));
}

QString identifierOf(const QString &id, Scheme scheme)
{
    const Identifier *identifier = base().find(id)->identifier(scheme);
    return identifier ? identifier->value : QString();
}

TEST(KnowledgeLinks, IdentifiersAreTheRecordedOnes)
{
    EXPECT_EQ(identifierOf(QStringLiteral("soleus"), Scheme::Uberon), QStringLiteral("UBERON:0001389"));
    EXPECT_EQ(identifierOf(QStringLiteral("soleus"), Scheme::Fma), QStringLiteral("FMA:22542"));
    EXPECT_EQ(identifierOf(QStringLiteral("soleus"), Scheme::Ta98), QStringLiteral("A04.7.02.047"));
    EXPECT_EQ(identifierOf(QStringLiteral("soleus"), Scheme::Ta2), QStringLiteral("2660"));
    EXPECT_EQ(identifierOf(QStringLiteral("tibial-nerve"), Scheme::Ta98), QStringLiteral("A14.2.07.058"));
    EXPECT_EQ(identifierOf(QStringLiteral("knee-joint"), Scheme::Uberon), QStringLiteral("UBERON:0001485"));
    EXPECT_EQ(identifierOf(QStringLiteral("calcaneus"), Scheme::Fma), QStringLiteral("FMA:24496"));
    // Fields nobody has read in a source are left out, not guessed.
    EXPECT_TRUE(identifierOf(QStringLiteral("plantaris"), Scheme::Ta2).isEmpty());
    EXPECT_TRUE(identifierOf(QStringLiteral("tibia"), Scheme::Ta98).isEmpty());
    EXPECT_TRUE(base().find(QStringLiteral("talus"))->identifiers.isEmpty());
    EXPECT_TRUE(base().find(QStringLiteral("subtalar-joint"))->identifiers.isEmpty());
}

TEST(KnowledgeLinks, EveryIdentifierIsWellFormedAndSourced)
{
    int count = 0;
    for (const Structure &structure : base().structures()) {
        for (const Identifier &identifier : structure.identifiers) {
            ++count;
            EXPECT_TRUE(isWellFormed(identifier.scheme, identifier.value)) << qPrintable(structure.id);
            EXPECT_NE(references().find(identifier.source), nullptr) << qPrintable(identifier.source);
            EXPECT_TRUE(structure.allSources().contains(identifier.source)) << qPrintable(structure.id);
        }
    }
    EXPECT_GE(count, 30);
}

TEST(KnowledgeLinks, StandardFormsAreRecognised)
{
    EXPECT_TRUE(isWellFormed(Scheme::Uberon, QStringLiteral("UBERON:0001389")));
    EXPECT_FALSE(isWellFormed(Scheme::Uberon, QStringLiteral("UBERON_0001389")));
    EXPECT_FALSE(isWellFormed(Scheme::Uberon, QStringLiteral("UBERON:1389")));
    EXPECT_TRUE(isWellFormed(Scheme::Fma, QStringLiteral("FMA:22542")));
    EXPECT_FALSE(isWellFormed(Scheme::Fma, QStringLiteral("22542")));
    EXPECT_TRUE(isWellFormed(Scheme::Ta98, QStringLiteral("A04.7.02.047")));
    EXPECT_FALSE(isWellFormed(Scheme::Ta98, QStringLiteral("A04.7.2.47")));
    EXPECT_TRUE(isWellFormed(Scheme::Ta2, QStringLiteral("2660")));
    EXPECT_FALSE(isWellFormed(Scheme::Ta2, QStringLiteral("TA2:2660")));
}

TEST(KnowledgeLinks, JointsAreEntriesWithTheirBonesAndMuscles)
{
    const QStringList knee = base().linking(Relation::Crosses, QStringLiteral("knee-joint"));
    EXPECT_EQ(knee,
              (QStringList{QStringLiteral("gastrocnemius-medial-head"), QStringLiteral("gastrocnemius-lateral-head"),
                           QStringLiteral("plantaris"), QStringLiteral("popliteus")}));
    EXPECT_FALSE(
        base().linking(Relation::Crosses, QStringLiteral("ankle-joint")).contains(QStringLiteral("popliteus")));
    EXPECT_TRUE(base().linking(Relation::Crosses, QStringLiteral("subtalar-joint")).contains(QStringLiteral("soleus")));
    for (const char *id : {"knee-joint", "ankle-joint", "subtalar-joint"}) {
        const Structure *joint = base().find(QString::fromLatin1(id));
        ASSERT_NE(joint, nullptr) << id;
        EXPECT_EQ(joint->kind, Kind::Joint);
        EXPECT_GE(joint->linked(Relation::Articulates).size(), 2) << id;
        ASSERT_TRUE(joint->articulation) << id;
    }
    EXPECT_EQ(base().find(QStringLiteral("ankle-joint"))->linked(Relation::Articulates),
              (QStringList{QStringLiteral("tibia"), QStringLiteral("fibula"), QStringLiteral("talus")}));
}

// The links say what the text facts say: a muscle crossing the knee or ankle in its joints fact links to that
// joint, and one that does not, does not; its innervation's nerve is its innervated_by link.
TEST(KnowledgeLinks, LinksAgreeWithTheTextFacts)
{
    for (const Structure &structure : base().structures()) {
        if (structure.kind != Kind::Muscle)
            continue;
        EXPECT_EQ(structure.crosses(QStringLiteral("knee")),
                  structure.links(Relation::Crosses, QStringLiteral("knee-joint")))
            << qPrintable(structure.id);
        EXPECT_EQ(structure.crosses(QStringLiteral("ankle")),
                  structure.links(Relation::Crosses, QStringLiteral("ankle-joint")))
            << qPrintable(structure.id);
        ASSERT_TRUE(structure.innervation);
        EXPECT_EQ(structure.linked(Relation::InnervatedBy), QStringList{structure.innervation->nerve});
        EXPECT_FALSE(structure.linked(Relation::OriginOn).isEmpty()) << qPrintable(structure.id);
    }
    EXPECT_EQ(base().find(QStringLiteral("soleus"))->linked(Relation::InsertsVia),
              QStringList{QStringLiteral("calcaneal-tendon")});
}

TEST(KnowledgeLinks, EveryLinkReachesAnEntryOfItsKindAndHasItsFact)
{
    int count = 0;
    for (const Structure &structure : base().structures()) {
        for (const Link &link : structure.relations) {
            EXPECT_TRUE(structure.factFor(link.relation)) << qPrintable(structure.id);
            for (const QString &target : link.targets) {
                ++count;
                const Structure *other = base().find(target);
                ASSERT_NE(other, nullptr);
                EXPECT_EQ(other->kind, targetKind(link.relation))
                    << qPrintable(structure.id + QLatin1Char(' ') + target);
            }
        }
    }
    EXPECT_GE(count, 60);
}

TEST(KnowledgeLinks, BacklinksSeeAnEntryFromTheOtherSide)
{
    const QList<Backlink> toNerve = base().linksTo(QStringLiteral("tibial-nerve"));
    ASSERT_EQ(toNerve.size(), 8); // the seven muscles of the back of the leg, both gastrocnemius heads
    for (const Backlink &link : toNerve)
        EXPECT_EQ(link.relation, Relation::InnervatedBy);
    const QList<Backlink> toTibia = base().linksTo(QStringLiteral("tibia"));
    bool soleusArises = false;
    bool kneeArticulates = false;
    for (const Backlink &link : toTibia) {
        soleusArises |= link.relation == Relation::OriginOn && link.from == QLatin1String("soleus");
        kneeArticulates |= link.relation == Relation::Articulates && link.from == QLatin1String("knee-joint");
    }
    EXPECT_TRUE(soleusArises);
    EXPECT_TRUE(kneeArticulates);
}

TEST(KnowledgeLinks, JsonCarriesIdentifiersAndRelations)
{
    const QJsonObject json = toJson(*base().find(QStringLiteral("soleus")), references());
    const QJsonObject uberon =
        json.value(QStringLiteral("identifiers")).toObject().value(QStringLiteral("uberon")).toObject();
    EXPECT_EQ(uberon.value(QStringLiteral("id")).toString(), QStringLiteral("UBERON:0001389"));
    EXPECT_EQ(uberon.value(QStringLiteral("source")).toString(), QStringLiteral("Uberon"));
    const QJsonObject relations = json.value(QStringLiteral("relations")).toObject();
    EXPECT_EQ(relations.value(QStringLiteral("innervated_by")).toArray(), QJsonArray{QStringLiteral("tibial-nerve")});
    EXPECT_EQ(relations.value(QStringLiteral("crosses")).toArray(),
              (QJsonArray{QStringLiteral("ankle-joint"), QStringLiteral("subtalar-joint")}));
    const QJsonObject knee = toJson(*base().find(QStringLiteral("knee-joint")), references());
    EXPECT_EQ(knee.value(QStringLiteral("kind")).toString(), QStringLiteral("joint"));
    EXPECT_TRUE(knee.value(QStringLiteral("all_crossings_linked")).toBool());
}

// For each relation: an entry that has the fact it stands beside, an entry of the kind it must link to, and one
// of another kind.
struct RelationCase {
    Relation relation;
    const char *entry;
    const char *rightKind;
    const char *wrongKind;
};

// The relation and the entry, where a failure names its parameter.
void PrintTo(const RelationCase &c, std::ostream *out)
{
    *out << idOf(c.relation).toStdString() << " of " << c.entry;
}

class RelationErrors : public ::testing::TestWithParam<RelationCase> {};

QString relationsWith(JsonFixture &fixture, const RelationCase &c, const QJsonArray &targets)
{
    return withField(fixture, QString::fromLatin1(c.entry), QStringLiteral("relations"),
                     QJsonObject{{idOf(c.relation), targets}});
}

TEST_P(RelationErrors, RightKindLoadsWrongKindAndUnknownIdAreRefused)
{
    const RelationCase &c = GetParam();
    const QString field = QStringLiteral("relations.") + idOf(c.relation);
    {
        JsonFixture fixture(kBuiltIn);
        const KnowledgeBase loaded =
            KnowledgeBase::load(relationsWith(fixture, c, QJsonArray{QString::fromLatin1(c.rightKind)}), references());
        EXPECT_EQ(loaded.find(QString::fromLatin1(c.entry))->linked(c.relation),
                  QStringList{QString::fromLatin1(c.rightKind)});
    }
    {
        JsonFixture fixture(kBuiltIn);
        const QString path = relationsWith(fixture, c, QJsonArray{QString::fromLatin1(c.wrongKind)});
        const DataError error = loadError(path);
        EXPECT_EQ(error.file, path);
        EXPECT_EQ(error.entry, QString::fromLatin1(c.entry));
        EXPECT_EQ(error.field, field);
        EXPECT_TRUE(error.problem.contains(QStringLiteral("not %1").arg(idOf(targetKind(c.relation)))))
            << qPrintable(error.problem);
    }
    {
        JsonFixture fixture(kBuiltIn);
        const DataError error = loadError(relationsWith(fixture, c, QJsonArray{QStringLiteral("spleen")}));
        EXPECT_EQ(error.entry, QString::fromLatin1(c.entry));
        EXPECT_EQ(error.field, field);
        EXPECT_TRUE(error.problem.contains(QStringLiteral("\"spleen\" is not an entry")));
    }
}

INSTANTIATE_TEST_SUITE_P(
    EveryRelation, RelationErrors,
    ::testing::Values(RelationCase{Relation::OriginOn, "soleus", "tibia", "tibial-nerve"},
                      RelationCase{Relation::InsertsOn, "soleus", "calcaneus", "calcaneal-tendon"},
                      RelationCase{Relation::InsertsVia, "soleus", "calcaneal-tendon", "calcaneus"},
                      RelationCase{Relation::InnervatedBy, "soleus", "tibial-nerve", "popliteal-artery"},
                      RelationCase{Relation::SuppliedBy, "soleus", "fibular-artery", "small-saphenous-vein"},
                      RelationCase{Relation::DrainedBy, "soleus", "small-saphenous-vein", "fibular-artery"},
                      RelationCase{Relation::Crosses, "soleus", "knee-joint", "talus"},
                      RelationCase{Relation::Articulates, "knee-joint", "femur", "soleus"}),
    [](const ::testing::TestParamInfo<RelationCase> &info) {
        QString name = idOf(info.param.relation);
        return name.remove(QLatin1Char('_')).toStdString();
    });

TEST(RelationErrors, MalformedRelationsAreRefused)
{
    const QString soleus = QStringLiteral("soleus");
    const auto refusal = [&](const QString &entry, const QJsonObject &relations) {
        JsonFixture fixture(kBuiltIn);
        return loadError(withField(fixture, entry, QStringLiteral("relations"), relations));
    };
    DataError error = refusal(soleus, {{QStringLiteral("nearby"), QJsonArray{QStringLiteral("tibia")}}});
    EXPECT_EQ(error.field, QStringLiteral("relations.nearby"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("origin_on")));

    error = refusal(soleus, {{QStringLiteral("origin_on"), QJsonArray{}}});
    EXPECT_EQ(error.field, QStringLiteral("relations.origin_on"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("at least one")));

    error =
        refusal(soleus, {{QStringLiteral("origin_on"), QJsonArray{QStringLiteral("tibia"), QStringLiteral("tibia")}}});
    EXPECT_TRUE(error.problem.contains(QStringLiteral("twice")));

    error = refusal(soleus, {{QStringLiteral("origin_on"), QStringLiteral("tibia")}});
    EXPECT_EQ(error.field, QStringLiteral("relations.origin_on"));

    error = refusal(QStringLiteral("tibia"), {{QStringLiteral("articulates"), QJsonArray{QStringLiteral("tibia")}}});
    EXPECT_EQ(error.entry, QStringLiteral("tibia"));
    EXPECT_EQ(error.field, QStringLiteral("relations.articulates"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("articulation"))); // a bone has no articulation fact

    error =
        refusal(QStringLiteral("knee-joint"), {{QStringLiteral("crosses"), QJsonArray{QStringLiteral("knee-joint")}}});
    EXPECT_TRUE(error.problem.contains(QStringLiteral("joints"))); // no joints fact to stand beside

    error = refusal(soleus, {{QStringLiteral("innervated_by"), QJsonArray{QStringLiteral("deep-fibular-nerve")}}});
    EXPECT_EQ(error.field, QStringLiteral("relations.innervated_by"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("tibial-nerve")));
}

TEST(RelationErrors, AnEntryCannotLinkToItself)
{
    JsonFixture self(kBuiltIn);
    QJsonObject soleusLinks{{QStringLiteral("crosses"), QJsonArray{QStringLiteral("ankle-joint")}},
                            {QStringLiteral("inserts_via"), QJsonArray{QStringLiteral("soleus")}}};
    const DataError selfError =
        loadError(withField(self, QStringLiteral("soleus"), QStringLiteral("relations"), soleusLinks));
    EXPECT_EQ(selfError.field, QStringLiteral("relations.inserts_via"));
    EXPECT_TRUE(selfError.problem.contains(QStringLiteral("itself")));
}

TEST(IdentifierErrors, BadIdentifiersAreRefused)
{
    const auto refusal = [](const QJsonObject &identifiers) {
        JsonFixture fixture(kBuiltIn);
        return loadError(withField(fixture, QStringLiteral("soleus"), QStringLiteral("identifiers"), identifiers));
    };
    const auto entry = [](const char *id, const char *source) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("source"), QString::fromLatin1(source)}};
    };
    DataError error = refusal({{QStringLiteral("uberon"), entry("UBERON_0001389", "Uberon")}});
    EXPECT_EQ(error.entry, QStringLiteral("soleus"));
    EXPECT_EQ(error.field, QStringLiteral("identifiers.uberon.id"));
    EXPECT_TRUE(error.problem.contains(QStringLiteral("standard form")));

    error = refusal({{QStringLiteral("ta98"), entry("A04.7.02.047", "Wikipedia")}});
    EXPECT_EQ(error.field, QStringLiteral("identifiers.ta98.source"));

    error = refusal({{QStringLiteral("snomed"), entry("44694006", "Uberon")}});
    EXPECT_EQ(error.field, QStringLiteral("identifiers.snomed"));

    error = refusal({{QStringLiteral("fma"), QJsonObject{{QStringLiteral("id"), QStringLiteral("FMA:22542")}}}});
    EXPECT_EQ(error.field, QStringLiteral("identifiers.fma.source"));

    error = refusal({{QStringLiteral("fma"), QStringLiteral("FMA:22542")}});
    EXPECT_EQ(error.field, QStringLiteral("identifiers.fma"));
}

TEST(IdentifierErrors, OnlyAJointSaysAllItsCrossingsAreLinked)
{
    JsonFixture fixture(kBuiltIn);
    const DataError error =
        loadError(withField(fixture, QStringLiteral("soleus"), QStringLiteral("all_crossings_linked"), true));
    EXPECT_EQ(error.field, QStringLiteral("all_crossings_linked"));
}

} // namespace
