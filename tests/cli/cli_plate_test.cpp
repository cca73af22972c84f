// SPDX-License-Identifier: MIT
// `calfatlas-cli plate`, end to end through the built executable: each format opens and has the asked size,
// the caption is in the drawing, and bad input names the bad value and the valid ones, writing nothing.
#include "cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun plate(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("plate")} + arguments);
}

TEST(CliPlate, APngHasTheAskedWidthTimesTheScale)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("back.png"));
    const CliRun run = plate({QStringLiteral("posterior"), QStringLiteral("--format"), QStringLiteral("png"),
                              QStringLiteral("--output"), path, QStringLiteral("--width"), QStringLiteral("700"),
                              QStringLiteral("--scale"), QStringLiteral("2")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QImageReader reader(path);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    const QSize size = reader.size();
    EXPECT_EQ(size.width(), 1400);
    EXPECT_GT(size.height(), size.width()); // the back of the leg is a tall plate, with its caption below
    EXPECT_TRUE(run.out.contains(QStringLiteral("%1 × %2 pixels").arg(size.width()).arg(size.height())))
        << run.out.toStdString();
    const QImage image = reader.read();
    ASSERT_FALSE(image.isNull());
    // Not a blank page: the plate's art has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 17) {
        for (int x = 0; x < image.width(); x += 13)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 50);
}

TEST(CliPlate, AnSvgParsesAndCarriesTheCaptionAndSources)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slice.svg"));
    const CliRun run = plate({QStringLiteral("cross-section"), QStringLiteral("--format"), QStringLiteral("svg"),
                              QStringLiteral("--output"), path, QStringLiteral("--select"), QStringLiteral("soleus"),
                              QStringLiteral("--theme"), QStringLiteral("dark")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray svg = contents(path);
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    EXPECT_TRUE(svg.contains("Cross-section view")) << "the caption's title";
    EXPECT_TRUE(svg.contains("Selected: Soleus"));
    EXPECT_TRUE(svg.contains("Sources"));
    EXPECT_TRUE(svg.contains("Moore")); // a reference the soleus's entry cites
}

TEST(CliPlate, APdfIsOneWholePage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("side.pdf"));
    const CliRun run = plate({QStringLiteral("lateral"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("--output"), path, QStringLiteral("--no-labels")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray pdf = contents(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 20000);
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), 1);
}

TEST(CliPlate, PeelAndSelectionChangeTheDrawing)
{
    QTemporaryDir dir;
    const auto draw = [&dir](const QString &name, const QStringList &extra) {
        const QString path = dir.filePath(name);
        const CliRun run =
            plate(QStringList{QStringLiteral("posterior"), QStringLiteral("--format"), QStringLiteral("png"),
                              QStringLiteral("--output"), path, QStringLiteral("--width"), QStringLiteral("600")} +
                  extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QImage(path);
    };
    const QImage whole = draw(QStringLiteral("whole.png"), {});
    const QImage peeled = draw(QStringLiteral("peeled.png"), {QStringLiteral("--layer"), QStringLiteral("deep")});
    const QImage chosen = draw(QStringLiteral("chosen.png"), {QStringLiteral("--select"), QStringLiteral("soleus")});
    ASSERT_FALSE(whole.isNull());
    EXPECT_NE(whole, peeled);
    EXPECT_NE(whole, chosen);
    EXPECT_NE(peeled, chosen);
}

struct BadInput {
    const char *arguments;
    const char *says;
};

class CliPlateBadInput : public testing::TestWithParam<BadInput> {};

TEST_P(CliPlateBadInput, NamesTheBadValueAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.png"));
    QStringList arguments = QString::fromLatin1(GetParam().arguments).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments.replaceInStrings(QStringLiteral("OUT"), path);
    const CliRun run = plate(arguments);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().says))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CliPlateBadInput,
    testing::Values(
        BadInput{"front --format png --output OUT", "unknown plate 'front'; valid: posterior, lateral, cross-section"},
        BadInput{"--format png --output OUT", "no plate given; valid: posterior, lateral, cross-section"},
        BadInput{"posterior --format gif --output OUT", "unknown value 'gif' for --format; valid: png, svg, pdf"},
        BadInput{"posterior --output OUT", "--format"}, BadInput{"posterior --format png", "--output"},
        BadInput{"posterior --format png --output OUT --layer skin-deep", "unknown layer 'skin-deep'"},
        BadInput{"posterior --format png --output OUT --select no-such", "unknown structure 'no-such'"},
        BadInput{"posterior --format png --output OUT --select no-such", "soleus"},
        BadInput{"posterior --format png --output OUT --scale 3", "unknown value '3' for --scale; valid: 1, 2, 4"},
        BadInput{"posterior --format svg --output OUT --scale 2", "--scale is for png only"},
        BadInput{"posterior --format png --output OUT --width 10", "--width"},
        BadInput{"posterior --format png --output OUT --theme sepia", "unknown value 'sepia' for --theme"},
        BadInput{"posterior --format png --output OUT --scan", "--scan is for the cross-section only"},
        BadInput{"cross-section --format png --output OUT --layer deep", "the cross-section is not peeled"},
        BadInput{"posterior --format png --output OUT --select gastrocnemius-medial-head --layer deep",
                 "which --layer deep peels away"}),
    [](const testing::TestParamInfo<BadInput> &info) {
        return calfatlas::test::caseNameFrom(info.index, info.param.arguments);
    });

TEST(CliPlate, AFolderThatCannotBeWrittenFailsWithTheReason)
{
    const CliRun run = plate({QStringLiteral("posterior"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("--output"), QStringLiteral("/no-such-folder/plate.pdf")});
    EXPECT_EQ(run.exitCode, 1);
    // The last line (a machine without a session may have Qt warn about its runtime folder first).
    EXPECT_TRUE(run.errLines()
                    .value(run.errLines().size() - 1)
                    .startsWith(QStringLiteral("calfatlas-cli plate: /no-such-folder/plate.pdf was not written")))
        << run.err.toStdString();
}

TEST(CliPlate, HelpListsTheOptions)
{
    const CliRun run = plate({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char *option :
         {"--format", "--output", "--layer", "--select", "--scale", "--width", "--theme", "--no-labels", "--scan"})
        EXPECT_TRUE(run.out.contains(QLatin1String(option))) << option;
}

} // namespace
