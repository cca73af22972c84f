// A broken knowledge-base file is named in a dialog, and the rest of the app keeps working.
#include "qtprinters.h"
#include "shell/appdata.h"
#include "shell/dataproblemsdialog.h"
#include "testpaths.h"

#include <QMessageBox>

#include <gtest/gtest.h>

using namespace calfatlas::app;

namespace {

TEST(DataProblems, BrokenAnatomyFileIsNamedAndTheRestLoads)
{
    const AppData data = AppData::load(calfatlas::test::dataFile(QStringLiteral("anatomy-format-2.json")));
    EXPECT_FALSE(data.anatomy.has_value());
    EXPECT_TRUE(data.selfTest.has_value());
    ASSERT_EQ(data.problems.size(), 1);
    EXPECT_TRUE(data.problems.first().contains(QStringLiteral("anatomy-format-2.json")));
    EXPECT_TRUE(data.problems.first().contains(QStringLiteral("field \"format\"")));

    QWidget parent;
    QMessageBox *dialog = makeDataProblemsDialog(&parent, data.problems);
    EXPECT_EQ(dialog->icon(), QMessageBox::Warning);
    EXPECT_TRUE(dialog->informativeText().contains(QStringLiteral("anatomy-format-2.json")));
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("Everything else works")));
}

TEST(DataProblems, BuiltInDataLoadsWithoutProblems)
{
    const AppData data = AppData::loadBuiltIn();
    EXPECT_TRUE(data.problems.isEmpty()) << data.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(data.anatomy.has_value());
    EXPECT_TRUE(data.selfTest.has_value());
}

} // namespace
