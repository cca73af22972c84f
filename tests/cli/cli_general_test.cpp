// SPDX-License-Identifier: MIT
// calfatlas-cli as a whole: help, version, unknown commands and options.
#include "cli.h"
#include "cliprocess.h"

#include <gtest/gtest.h>

using calfatlas::test::binary;
using calfatlas::test::CliRun;
using calfatlas::test::runCli;

namespace {

TEST(Cli, VersionPrintsTheProjectVersion)
{
    for (const char *flag : {"--version", "-v"}) {
        const CliRun run = runCli({QString::fromLatin1(flag)});
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_EQ(run.out.trimmed(), QStringLiteral("calfatlas-cli " CALFATLAS_VERSION));
    }
}

TEST(Cli, HelpListsTheCommands)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const calfatlas::cli::Command &command : calfatlas::cli::commands())
        EXPECT_TRUE(run.out.contains(command.name)) << command.name.toStdString();
}

// The desktop app answers --help and --version like the CLI, on a machine with no display at all.
TEST(Cli, TheAppsHelpAndVersionNeedNoDisplay)
{
    for (const char *option : {"--help", "--version"}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(binary(QStringLiteral("calfatlas")), {QString::fromLatin1(option)});
        ASSERT_TRUE(process.waitForFinished(60000)) << option;
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << option;
        EXPECT_EQ(process.exitCode(), 0) << option << process.readAllStandardError().toStdString();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(out.contains(QLatin1String(option) == QLatin1String("--help") ? QStringLiteral("--view")
                                                                                  : QStringLiteral(CALFATLAS_VERSION)))
            << option << ": " << out.toStdString();
        EXPECT_EQ(out.count(QLatin1String(option) == QLatin1String("--help") ? QStringLiteral("Usage:")
                                                                             : QStringLiteral(CALFATLAS_VERSION)),
                  1)
            << option << " is answered once: " << out.toStdString();
    }
}

TEST(Cli, NoCommandIsAUsageError)
{
    const CliRun run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("assess")));
}

TEST(Cli, UnknownCommandIsNamedAndTheValidOnesListed)
{
    const CliRun run = runCli({QStringLiteral("asess"), QStringLiteral("--bench"), QStringLiteral("mild")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'asess'")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("valid commands: assess")));
}

TEST(Cli, UnknownGlobalOptionIsNamed)
{
    const CliRun run = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("'--frobnicate'")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("--help")));
}

TEST(Cli, InProcessRunHoldsBackOutputOnError)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status =
        calfatlas::cli::run({QStringLiteral("calfatlas-cli"), QStringLiteral("assess"), QStringLiteral("--bench"),
                             QStringLiteral("mild"), QStringLiteral("--wall"), QStringLiteral("loud")},
                            outStream, errStream);
    outStream.flush();
    errStream.flush();
    EXPECT_EQ(status, calfatlas::cli::kExitUsage);
    EXPECT_TRUE(out.isEmpty());
    EXPECT_TRUE(err.contains(QStringLiteral("'loud'")));
}

} // namespace
