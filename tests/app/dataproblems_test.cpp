// SPDX-License-Identifier: MIT
// A broken knowledge-base file is named in a dialog, and the rest of the app keeps working.
#include "common/content.h"
#include "jsonfixture.h"
#include "qtprinters.h"
#include "shell/areas.h"
#include "shell/dataproblemsdialog.h"
#include "shell/mainwindow.h"
#include "testpaths.h"

#include <QJsonArray>

#include <QMessageBox>

#include <gtest/gtest.h>

using namespace calfatlas::app;

namespace {

TEST(DataProblems, BrokenAnatomyFileIsNamedAndTheRestLoads)
{
    const calfatlas::Content data =
        calfatlas::Content::load(calfatlas::test::dataFile(QStringLiteral("anatomy-format-2.json")));
    EXPECT_FALSE(data.anatomy.has_value());
    EXPECT_TRUE(data.selfTest.has_value());
    ASSERT_EQ(data.problems().size(), 1);
    EXPECT_TRUE(data.problems().first().contains(QStringLiteral("anatomy-format-2.json")));
    EXPECT_TRUE(data.problems().first().contains(QStringLiteral("field \"format\"")));

    QWidget parent;
    QMessageBox *dialog = makeDataProblemsDialog(&parent, data.problems());
    EXPECT_EQ(dialog->icon(), QMessageBox::Warning);
    EXPECT_TRUE(dialog->informativeText().contains(QStringLiteral("anatomy-format-2.json")));
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("Everything else works")));
}

TEST(DataProblems, AKnowledgeBaseTheTourCannotUseLeavesOutOnlyLearn)
{
    // A valid knowledge base without the calcaneal tendon, which a step of the tour highlights.
    calfatlas::test::JsonFixture fixture(calfatlas::test::resourceFile(QStringLiteral("data/anatomy.json")));
    QJsonArray structures = fixture.object().value(QStringLiteral("structures")).toArray();
    for (qsizetype i = structures.size() - 1; i >= 0; --i) {
        QJsonObject structure = structures.at(i).toObject();
        if (structure.value(QStringLiteral("id")).toString() == QLatin1String("calcaneal-tendon")) {
            structures.removeAt(i);
            continue;
        }
        // The muscles' links through it go too, so that the knowledge base itself stays valid.
        QJsonObject relations = structure.value(QStringLiteral("relations")).toObject();
        relations.remove(QStringLiteral("inserts_via"));
        structure.insert(QStringLiteral("relations"), relations);
        structures.replace(i, structure);
    }
    fixture.object().insert(QStringLiteral("structures"), structures);
    calfatlas::Content data = calfatlas::Content::load(fixture.write(QStringLiteral("anatomy.json")));
    EXPECT_TRUE(data.anatomy.has_value());
    EXPECT_FALSE(data.learn.has_value());
    ASSERT_EQ(data.problems().size(), 1);
    EXPECT_TRUE(data.problems().first().contains(QStringLiteral("learn.json")));
    EXPECT_TRUE(data.problems().first().contains(QStringLiteral("calcaneal-tendon")));
    MainWindow window;
    addAreas(window, data);
    EXPECT_FALSE(window.areaIds().contains(QStringLiteral("learn")));
    EXPECT_TRUE(window.areaIds().contains(QStringLiteral("explore")));
}

TEST(DataProblems, BuiltInDataLoadsWithoutProblems)
{
    const calfatlas::Content data = calfatlas::Content::load();
    EXPECT_TRUE(data.problems().isEmpty()) << data.problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(data.anatomy.has_value());
    EXPECT_TRUE(data.selfTest.has_value());
    EXPECT_TRUE(data.learn.has_value());
}

} // namespace
