// SPDX-License-Identifier: MIT
// The trail of opened entries walks back and forward like a browser's history.
#include "anatomy/trail.h"

#include <gtest/gtest.h>

using calfatlas::anatomy::Trail;

namespace {

TEST(Trail, StartsEmptyAndCannotMove)
{
    Trail trail;
    EXPECT_FALSE(trail.canGoBack());
    EXPECT_FALSE(trail.canGoForward());
    EXPECT_TRUE(trail.back().isEmpty());
    EXPECT_TRUE(trail.forward().isEmpty());
    EXPECT_EQ(trail.position(), -1);
}

TEST(Trail, WalksBackAndForward)
{
    Trail trail;
    trail.visit(QStringLiteral("soleus"));
    trail.visit(QStringLiteral("tibial-nerve"));
    trail.visit(QStringLiteral("tibialis-posterior"));
    EXPECT_TRUE(trail.canGoBack());
    EXPECT_FALSE(trail.canGoForward());
    EXPECT_EQ(trail.back(), QStringLiteral("tibial-nerve"));
    EXPECT_EQ(trail.back(), QStringLiteral("soleus"));
    EXPECT_FALSE(trail.canGoBack());
    EXPECT_EQ(trail.back(), QStringLiteral("soleus")); // stays at the start
    EXPECT_EQ(trail.forward(), QStringLiteral("tibial-nerve"));
    EXPECT_EQ(trail.forward(), QStringLiteral("tibialis-posterior"));
    EXPECT_EQ(trail.forward(), QStringLiteral("tibialis-posterior")); // stays at the end
}

TEST(Trail, OpeningFromTheMiddleDropsWhatLayAhead)
{
    Trail trail;
    trail.visit(QStringLiteral("soleus"));
    trail.visit(QStringLiteral("tibia"));
    trail.visit(QStringLiteral("fibula"));
    trail.back();
    trail.back();
    trail.visit(QStringLiteral("calcaneus"));
    EXPECT_EQ(trail.entries(), (QStringList{QStringLiteral("soleus"), QStringLiteral("calcaneus")}));
    EXPECT_FALSE(trail.canGoForward());
}

TEST(Trail, RepeatsAndEmptyIdsAreNotSteps)
{
    Trail trail;
    trail.visit(QStringLiteral("soleus"));
    trail.visit(QStringLiteral("soleus"));
    trail.visit(QString());
    EXPECT_EQ(trail.entries().size(), 1);
    trail.visit(QStringLiteral("tibia"));
    trail.visit(QStringLiteral("soleus")); // a return visit is a new step
    EXPECT_EQ(trail.entries().size(), 3);
}

TEST(Trail, KeepsOnlyTheLatestEntries)
{
    Trail trail(3);
    for (const char *id : {"a", "b", "c", "d", "e"})
        trail.visit(QString::fromLatin1(id));
    EXPECT_EQ(trail.entries(), (QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    EXPECT_EQ(trail.position(), 2);
    EXPECT_EQ(trail.back(), QStringLiteral("d"));
}

} // namespace
