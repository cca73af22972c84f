// SPDX-License-Identifier: MIT
// The GUI's command line: bad options are reported and the app still starts.
#include "qtprinters.h"
#include "shell/startupoptions.h"

#include <gtest/gtest.h>

using namespace calfatlas::app;

namespace {

const QStringList kAreas{QStringLiteral("welcome"), QStringLiteral("explore")};

StartupOptions parse(const QStringList &arguments)
{
    return StartupOptions::parse(QStringList{QStringLiteral("calfatlas")} + arguments, kAreas);
}

TEST(StartupOptions, NoArgumentsStartsNormally)
{
    const StartupOptions options = parse({});
    EXPECT_FALSE(options.exitNow);
    EXPECT_TRUE(options.warnings.isEmpty());
    EXPECT_FALSE(options.theme);
}

TEST(StartupOptions, ThemeAndViewAreRead)
{
    const StartupOptions options =
        parse({QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--view"), QStringLiteral("explore")});
    ASSERT_TRUE(options.theme);
    EXPECT_EQ(*options.theme, Theme::Dark);
    EXPECT_EQ(options.area, QStringLiteral("explore"));
}

TEST(StartupOptions, UnknownOptionIsNamedAndIgnored)
{
    const StartupOptions options = parse({QStringLiteral("--fullscreen-please")});
    EXPECT_FALSE(options.exitNow);
    ASSERT_EQ(options.warnings.size(), 1);
    EXPECT_TRUE(options.warnings.first().contains(QStringLiteral("fullscreen-please")));
}

TEST(StartupOptions, BadValuesAreNamedWithTheValidOnes)
{
    const StartupOptions options =
        parse({QStringLiteral("--theme"), QStringLiteral("neon"), QStringLiteral("--view"), QStringLiteral("kitchen")});
    EXPECT_FALSE(options.exitNow);
    EXPECT_FALSE(options.theme);
    EXPECT_TRUE(options.area.isEmpty());
    ASSERT_EQ(options.warnings.size(), 2);
    EXPECT_TRUE(options.warnings.at(0).contains(QStringLiteral("'neon'")));
    EXPECT_TRUE(options.warnings.at(0).contains(QStringLiteral("dark")));
    EXPECT_TRUE(options.warnings.at(1).contains(QStringLiteral("'kitchen'")));
    EXPECT_TRUE(options.warnings.at(1).contains(QStringLiteral("explore")));
}

} // namespace
