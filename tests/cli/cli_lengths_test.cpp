// SPDX-License-Identifier: MIT
// `calfatlas-cli lengths`, end to end through the built executable.
#include "biomechanics/legmodel.h"
#include "biomechanics/lengthequations.h"
#include "cliprocess.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;
namespace equations = calfatlas::biomechanics::equations;

namespace {

QJsonObject lengthsJson(const QStringList &arguments)
{
    const CliRun run =
        runCli(QStringList{QStringLiteral("lengths")} + arguments + QStringList{QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

TEST(CliLengths, JsonHasTheDocumentedShape)
{
    const QJsonObject result =
        lengthsJson({QStringLiteral("--knee"), QStringLiteral("90"), QStringLiteral("--ankle"), QStringLiteral("15")});
    EXPECT_EQ(result.value(QStringLiteral("knee_flexion_deg")).toDouble(), 90);
    EXPECT_EQ(result.value(QStringLiteral("ankle_dorsiflexion_deg")).toDouble(), 15);
    EXPECT_EQ(result.value(QStringLiteral("shank_mm")).toDouble(), 400);
    const QJsonObject muscles = result.value(QStringLiteral("muscles")).toObject();
    EXPECT_EQ(muscles.keys(), (QStringList{QStringLiteral("gastrocnemius-lateral-head"),
                                           QStringLiteral("gastrocnemius-medial-head"), QStringLiteral("soleus")}));
    for (const QString &id : muscles.keys()) {
        const QJsonObject muscle = muscles.value(id).toObject();
        ASSERT_TRUE(muscle.value(QStringLiteral("change_percent_shank")).isDouble()) << id.toStdString();
        ASSERT_TRUE(muscle.value(QStringLiteral("change_mm")).isDouble()) << id.toStdString();
        EXPECT_NEAR(muscle.value(QStringLiteral("change_mm")).toDouble(),
                    muscle.value(QStringLiteral("change_percent_shank")).toDouble() * 4.0, 0.01);
        const double nearLongest = muscle.value(QStringLiteral("near_longest_percent")).toDouble(-1);
        EXPECT_GE(nearLongest, 0) << id.toStdString();
        EXPECT_LE(nearLongest, 100) << id.toStdString();
    }
    // Bent knee: the gastrocnemius is far further from its longest than the soleus.
    EXPECT_LT(
        muscles.value(QStringLiteral("gastrocnemius-medial-head"))
                .toObject()
                .value(QStringLiteral("near_longest_percent"))
                .toDouble() +
            20,
        muscles.value(QStringLiteral("soleus")).toObject().value(QStringLiteral("near_longest_percent")).toDouble());
    // The bench test: the gastrocnemius slack, the soleus lengthened.
    EXPECT_LT(muscles.value(QStringLiteral("gastrocnemius-medial-head"))
                  .toObject()
                  .value(QStringLiteral("change_percent_shank"))
                  .toDouble(),
              0);
    EXPECT_GT(
        muscles.value(QStringLiteral("soleus")).toObject().value(QStringLiteral("change_percent_shank")).toDouble(), 0);
}

TEST(CliLengths, AgreesWithGrieveAndTakesNegativeAnglesAndAShank)
{
    const QJsonObject result =
        lengthsJson({QStringLiteral("--knee"), QStringLiteral("45"), QStringLiteral("--ankle"), QStringLiteral("-20"),
                     QStringLiteral("--shank-mm"), QStringLiteral("500")});
    EXPECT_EQ(result.value(QStringLiteral("shank_mm")).toDouble(), 500);
    const QJsonObject medial = result.value(QStringLiteral("muscles"))
                                   .toObject()
                                   .value(QStringLiteral("gastrocnemius-medial-head"))
                                   .toObject();
    EXPECT_NEAR(medial.value(QStringLiteral("change_percent_shank")).toDouble(),
                equations::grieveGastrocnemius(45, -20), 1.5);
    EXPECT_NEAR(medial.value(QStringLiteral("change_mm")).toDouble(),
                medial.value(QStringLiteral("change_percent_shank")).toDouble() * 5.0, 0.01);
}

TEST(CliLengths, TextNamesEachMuscleWithItsStretch)
{
    const CliRun run = runCli({QStringLiteral("lengths"), QStringLiteral("--knee"), QStringLiteral("0"),
                               QStringLiteral("--ankle"), QStringLiteral("20")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Knee straight, 20° dorsiflexion; shank 400 mm.")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Soleus")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("stretched")));
}

struct BadLengths {
    std::vector<const char *> arguments;
    const char *expected;
};

void PrintTo(const BadLengths &bad, std::ostream *out)
{
    *out << "lengths";
    for (const char *argument : bad.arguments)
        *out << ' ' << argument;
}

class CliLengthsBadInput : public testing::TestWithParam<BadLengths> {};

TEST_P(CliLengthsBadInput, ExitsTwoWithOneLineAndNoOutput)
{
    QStringList arguments{QStringLiteral("lengths")};
    for (const char *argument : GetParam().arguments)
        arguments.append(QString::fromLatin1(argument));
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().expected))) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Refused, CliLengthsBadInput,
    testing::Values(BadLengths{{"--knee", "141", "--ankle", "0"}, "'141' is out of range for --knee"},
                    BadLengths{{"--knee", "-5", "--ankle", "0"}, "'-5' is out of range for --knee"},
                    BadLengths{{"--knee", "10", "--ankle", "31"}, "'31' is out of range for --ankle"},
                    BadLengths{{"--knee", "10", "--ankle", "-60"}, "'-60' is out of range for --ankle"},
                    BadLengths{{"--knee", "nan", "--ankle", "0"}, "'nan' is not a number for --knee"},
                    BadLengths{{"--knee", "ten", "--ankle", "0"}, "'ten' is not a number for --knee"},
                    BadLengths{{"--knee", "10", "--ankle", "inf"}, "'inf' is not a number for --ankle"},
                    BadLengths{{"--knee", "10"}, "--ankle is required"},
                    BadLengths{{"--ankle", "10"}, "--knee is required"},
                    BadLengths{{"--knee", "10", "--ankle", "0", "--shank-mm", "40"},
                               "'40' is out of range for --shank-mm"},
                    BadLengths{{"--knee", "10", "--ankle", "0", "--hip", "3"}, "--hip"}),
    [](const testing::TestParamInfo<BadLengths> &info) {
        std::string arguments;
        for (const char *argument : info.param.arguments)
            arguments += std::string(argument) + ' ';
        return calfatlas::test::caseNameFrom(info.index, arguments);
    });

} // namespace
