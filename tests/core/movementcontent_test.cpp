// SPDX-License-Identifier: MIT
// The Movement view's poses: the built-in file loads whole and in order, and a broken file is refused with the
// file, the preset and the field at fault.
#include "anatomy/knowledgebase.h"
#include "biomechanics/movementcontent.h"
#include "builtins.h"
#include "common/datafile.h"
#include "jsonfixture.h"
#include "testpaths.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace calfatlas;
using namespace calfatlas::biomechanics;
using calfatlas::test::base;
using calfatlas::test::JsonFixture;
using calfatlas::test::references;

namespace {

const QString kBuiltIn = test::resourceFile(QStringLiteral("data/movement.json"));

DataError loadError(const QString &path)
{
    try {
        MovementContent::load(path, references());
    } catch (const DataFileException &error) {
        return error.error();
    }
    ADD_FAILURE() << "the file loaded, but should have been refused";
    return {};
}

// The built-in file with one field of preset `index` replaced.
DataError errorWith(int index, const QString &field, const QJsonValue &value)
{
    JsonFixture fixture(kBuiltIn);
    QJsonArray presets = fixture.object().value(QStringLiteral("presets")).toArray();
    QJsonObject preset = presets.at(index).toObject();
    preset.insert(field, value);
    presets.replace(index, preset);
    fixture.object().insert(QStringLiteral("presets"), presets);
    return loadError(fixture.write(QStringLiteral("movement.json")));
}

} // namespace

TEST(MovementContent, BuiltInPosesComeInTheOrderOfTheButtons)
{
    QStringList ids;
    for (const Preset &preset : test::movementContent().presets())
        ids.append(preset.id);
    EXPECT_EQ(ids, (QStringList{QStringLiteral("standing"), QStringLiteral("bench-test"), QStringLiteral("wall-test"),
                                QStringLiteral("seated-calf-raise"), QStringLiteral("standing-calf-raise"),
                                QStringLiteral("midfoot-landing")}));
    const Preset *bench = test::movementContent().find(QStringLiteral("bench-test"));
    ASSERT_NE(bench, nullptr);
    EXPECT_EQ(bench->name, QStringLiteral("Bench test"));
    EXPECT_EQ(bench->pose, (Pose{90, 15}));
    EXPECT_EQ(bench->structureId, QStringLiteral("soleus"));
    EXPECT_TRUE(bench->caption.text.startsWith(QStringLiteral("Knee bent, heel dropped")));
}

TEST(MovementContent, LoadsTheSourceFileAsTheBuiltInOne)
{
    const MovementContent fromSource = MovementContent::load(kBuiltIn, references());
    ASSERT_EQ(fromSource.presets().size(), test::movementContent().presets().size());
    for (qsizetype i = 0; i < fromSource.presets().size(); ++i)
        EXPECT_EQ(fromSource.presets().at(i).caption.text, test::movementContent().presets().at(i).caption.text);
}

TEST(MovementContent, EveryBuiltInPoseLinksToAStructureOfTheKnowledgeBase)
{
    for (const Preset &preset : test::movementContent().presets()) {
        ASSERT_FALSE(preset.structureId.isEmpty()) << qPrintable(preset.id);
        EXPECT_NE(base().find(preset.structureId), nullptr) << qPrintable(preset.structureId);
    }
}

TEST(MovementContent, RefusesAPoseOutsideTheModelsRange)
{
    const DataError error = errorWith(1, QStringLiteral("knee"), 170);
    EXPECT_TRUE(error.file.endsWith(QStringLiteral("movement.json")));
    EXPECT_EQ(error.entry, QStringLiteral("bench-test"));
    EXPECT_EQ(error.field, QStringLiteral("knee"));
    EXPECT_EQ(error.problem, QStringLiteral("must be from 0 to 140 degrees"));
    EXPECT_EQ(errorWith(0, QStringLiteral("ankle"), QStringLiteral("up")).field, QStringLiteral("ankle"));
}

TEST(MovementContent, RefusesUnknownSourcesAndSteps)
{
    DataError error = errorWith(2, QStringLiteral("sources"), QJsonArray{QStringLiteral("Nobody2020")});
    EXPECT_EQ(error.entry, QStringLiteral("wall-test"));
    EXPECT_EQ(error.field, QStringLiteral("sources"));
    EXPECT_EQ(errorWith(2, QStringLiteral("sources"), QJsonArray{}).field, QStringLiteral("sources"));
    EXPECT_EQ(errorWith(0, QStringLiteral("self_test"), QStringLiteral("squat")).field, QStringLiteral("self_test"));
}

TEST(MovementContent, StandsTheBenchTestOnAStepSeatsTheSeatedRaiseAndRefusesAnUnknownStance)
{
    const MovementContent movement = MovementContent::builtIn(references());
    ASSERT_NE(movement.find(QStringLiteral("bench-test")), nullptr);
    EXPECT_EQ(movement.find(QStringLiteral("bench-test"))->stance, Stance::FootOnStep);
    EXPECT_EQ(movement.find(QStringLiteral("seated-calf-raise"))->stance, Stance::Seated);
    EXPECT_EQ(movement.find(QStringLiteral("wall-test"))->stance, Stance::ThighUpright);
    const DataError error = errorWith(1, QStringLiteral("stance"), QStringLiteral("kneeling"));
    EXPECT_EQ(error.field, QStringLiteral("stance"));
    EXPECT_EQ(error.problem, QStringLiteral("must be thigh-upright, foot-on-step or seated"));
}

TEST(MovementContent, RefusesATwiceUsedIdAndAnEmptyList)
{
    EXPECT_EQ(errorWith(1, QStringLiteral("id"), QStringLiteral("standing")).field, QStringLiteral("id"));
    JsonFixture fixture(kBuiltIn);
    fixture.object().insert(QStringLiteral("presets"), QJsonArray{});
    EXPECT_EQ(loadError(fixture.write()).field, QStringLiteral("presets"));
}
