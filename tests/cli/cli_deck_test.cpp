// SPDX-License-Identifier: MIT
// `calfatlas-cli deck`, end to end through the built executable: both formats, the seed and count, bad input.
#include "cliprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(CliDeck, PlainTextWithASeedIsTheSameForTheSameSeed)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.txt"));
    const QString second = dir.filePath(QStringLiteral("b.txt"));
    const QString other = dir.filePath(QStringLiteral("c.txt"));
    for (const auto &[path, seed] : {std::pair{first, "4"}, std::pair{second, "4"}, std::pair{other, "5"}}) {
        const CliRun run = runCli({QStringLiteral("deck"), QStringLiteral("--format"), QStringLiteral("txt"),
                                   QStringLiteral("--output"), path, QStringLiteral("--seed"), QLatin1String(seed),
                                   QStringLiteral("--count"), QStringLiteral("6")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.out, QStringLiteral("Wrote 6 notes and 0 images to %1\n").arg(path));
    }
    const QStringList lines = QString::fromUtf8(contents(first)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4 + 6);
    EXPECT_EQ(lines.first(), QStringLiteral("#separator:tab"));
    EXPECT_EQ(contents(first), contents(second));
    EXPECT_NE(contents(first), contents(other));
}

TEST(CliDeck, APackageIsAZipWithItsImages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.apkg"));
    const CliRun run = runCli(
        {QStringLiteral("deck"), QStringLiteral("--format"), QStringLiteral("apkg"), QStringLiteral("--output"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Wrote "))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral(" and 0 images"))) << run.out.toStdString();
    EXPECT_TRUE(contents(path).startsWith("PK\x03\x04"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

struct BadInput {
    const char *arguments;
    const char *says;
};

// The case's command line, where a failure names its parameter.
void PrintTo(const BadInput &bad, std::ostream *out)
{
    *out << bad.arguments;
}

class CliDeckBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(CliDeckBadInput, ExitsTwoWithOneLineAndNothingWritten)
{
    QTemporaryDir dir;
    QStringList arguments = QString::fromUtf8(GetParam().arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("deck")));
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("calfatlas-cli deck: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String(GetParam().says))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("deck"))));
}

const BadInput kBadInputs[] = {
    {"deck --output OUT", "--format is required"},
    {"deck --format zip --output OUT", "unknown value 'zip' for --format; valid: apkg, txt"},
    {"deck --format txt", "--output is required"},
    {"deck --format txt --output OUT --count 0", "--count 0 is not a number of cards the deck has"},
    {"deck --format txt --output OUT --count 100000", "valid: 1 to"},
    {"deck --format txt --output OUT --count -3", "invalid value '-3' for --count"},
    {"deck --format txt --output OUT --seed x", "invalid value 'x' for --seed"},
    {"deck --format txt --output OUT --seed 4294967296", "a whole number from 0 to 4294967295"},
    {"deck --format txt --output OUT extra", "unexpected argument 'extra'"},
};

INSTANTIATE_TEST_SUITE_P(Cases, CliDeckBadInput, testing::ValuesIn(kBadInputs),
                         [](const testing::TestParamInfo<BadInput> &info) {
                             return calfatlas::test::caseNameFrom(info.index, info.param.arguments);
                         });

} // namespace
