// SPDX-License-Identifier: MIT
// The exports read back: JSON into the same self-tests, CSV as a spreadsheet reads it.
#include "csvreader.h"
#include "history/export.h"
#include "historyfixture.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace calfatlas::assessment;
using namespace calfatlas::history;
using calfatlas::test::bothLegsResult;
using calfatlas::test::builtInSelfTest;
using calfatlas::test::parseCsv;
using calfatlas::test::redFlagResult;

namespace {

std::vector<SavedSelfTest> sample()
{
    const QDateTime when(QDate(2026, 2, 14), QTime(18, 45, 3, 120), Qt::UTC);
    return {{2, when, QStringLiteral("0.1.0"), 1, QStringLiteral(" leading space, \"quotes\"\r\nand a second line "),
             bothLegsResult()},
            {1, when.addDays(-3), QStringLiteral("0.1.0"), 1, QStringLiteral("=1+1 is text, not a formula"),
             redFlagResult()}};
}

TEST(HistoryExport, JsonRoundTripsEveryField)
{
    const std::vector<SavedSelfTest> tests = sample();
    const QByteArray text = QJsonDocument(historyJson(tests)).toJson();
    QString problem;
    const auto back = historyFromJson(QJsonDocument::fromJson(text).object(), &problem);
    ASSERT_TRUE(back.has_value()) << problem.toStdString();
    ASSERT_EQ(back->size(), tests.size());
    for (size_t i = 0; i < tests.size(); ++i)
        EXPECT_EQ(toJson(back->at(i)), toJson(tests[i]));
    EXPECT_EQ(back->at(0).takenAt, tests[0].takenAt) << "milliseconds and UTC survive";
}

TEST(HistoryExport, JsonThatIsNotAHistoryIsRefusedWithAReason)
{
    QString problem;
    EXPECT_FALSE(historyFromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("calfatlas-history")));
    QJsonObject broken = historyJson(sample());
    QJsonArray tests = broken.value(QStringLiteral("self_tests")).toArray();
    QJsonObject first = tests[0].toObject();
    first.insert(QStringLiteral("taken_at"), QStringLiteral("yesterday"));
    tests[0] = first;
    broken.insert(QStringLiteral("self_tests"), tests);
    EXPECT_FALSE(historyFromJson(broken, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("taken_at"))) << problem.toStdString();
}

TEST(HistoryExport, CsvHasOneRowPerLegAndQuotesWhatItMust)
{
    const QByteArray bytes = historyCsv(sample());
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_FALSE(historyCsv(sample(), ByteOrderMark::No).startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 1u + 2u + 1u) << "a header, two legs, one leg";
    const QStringList header = rows->at(0);
    EXPECT_EQ(header, csvColumns());
    const auto cell = [&](size_t row, const char *column) {
        return rows->at(row).value(header.indexOf(QString::fromLatin1(column)));
    };
    EXPECT_EQ(cell(1, "taken_at"), QStringLiteral("2026-02-14T18:45:03.120Z"));
    EXPECT_EQ(cell(1, "note"), QStringLiteral(" leading space, \"quotes\"\r\nand a second line "));
    EXPECT_EQ(cell(1, "leg"), QStringLiteral("left"));
    EXPECT_EQ(cell(2, "leg"), QStringLiteral("right"));
    EXPECT_EQ(cell(1, "other_leg_knee_to_wall_cm"), QStringLiteral("11"));
    EXPECT_EQ(cell(1, "strike"), QStringLiteral("forefoot"));
    EXPECT_EQ(cell(1, "runner"), QStringLiteral("yes"));
    EXPECT_EQ(cell(1, "advice").split(QStringLiteral("; ")).size(), int(bothLegsResult()[0].assessment.advice.size()));
    EXPECT_EQ(cell(3, "red_flags"), QStringLiteral("sudden-pop; heel-gap"));
    EXPECT_EQ(cell(3, "bench"), QString());
    EXPECT_EQ(cell(3, "note"), QStringLiteral("'=1+1 is text, not a formula")) << "a spreadsheet must not run it";
    for (const QStringList &row : *rows)
        EXPECT_EQ(row.size(), header.size());
}

} // namespace

namespace {

// clot-signs is never stored as an answer, only derived from two: the export lists it all the same, and the
// JSON keeps both answers.
TEST(HistoryExport, ADerivedClotSignIsExportedWithTheAnswersBehindIt)
{
    Answers answers;
    answers.clotRisk = true;
    answers.restPain = true;
    const std::vector<SavedSelfTest> tests{{5,
                                            QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC),
                                            QStringLiteral("0.1.0"),
                                            1,
                                            QString(),
                                            {{answers, assess(answers, builtInSelfTest())}}}};
    const auto rows = parseCsv(QString::fromUtf8(historyCsv(tests, ByteOrderMark::No)));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ(rows->at(1).value(rows->at(0).indexOf(QStringLiteral("red_flags"))), QStringLiteral("clot-signs"));
    const QJsonObject answersJson = historyJson(tests)
                                        .value(QStringLiteral("self_tests"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("legs"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("answers"))
                                        .toObject();
    EXPECT_EQ(answersJson.value(QStringLiteral("clot_risk")), QJsonValue(true))
        << QJsonDocument(answersJson).toJson().toStdString();
    EXPECT_EQ(answersJson.value(QStringLiteral("rest_pain")), QJsonValue(true));
    const auto cell = [&](const char *column) { return rows->at(1).value(rows->at(0).indexOf(QLatin1String(column))); };
    EXPECT_EQ(cell("clot_risk"), QStringLiteral("yes"));
    EXPECT_EQ(cell("rest_pain"), QStringLiteral("yes"));
}

// Where it hurts and a sudden start reach both exports; an elsewhere result keeps its verdict.
TEST(HistoryExport, WhereItHurtsAndASuddenStartAreExported)
{
    Answers answers;
    answers.where = Area::InnerShin;
    answers.context.suddenOnset = true;
    const std::vector<SavedSelfTest> tests{{6,
                                            QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                            QStringLiteral("0.1.0"),
                                            2,
                                            QString(),
                                            {{answers, assess(answers, builtInSelfTest())}}}};
    const auto rows = parseCsv(QString::fromUtf8(historyCsv(tests, ByteOrderMark::No)));
    ASSERT_TRUE(rows.has_value());
    const auto cell = [&](const char *column) { return rows->at(1).value(rows->at(0).indexOf(QLatin1String(column))); };
    EXPECT_EQ(cell("where"), QStringLiteral("inner-shin"));
    EXPECT_EQ(cell("sudden_onset"), QStringLiteral("yes"));
    EXPECT_EQ(cell("verdict"), QStringLiteral("elsewhere"));
    EXPECT_EQ(cell("confidence"), QString());
    const QJsonObject leg = historyJson(tests)
                                .value(QStringLiteral("self_tests"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("legs"))
                                .toArray()
                                .first()
                                .toObject();
    EXPECT_EQ(leg.value(QStringLiteral("answers")).toObject().value(QStringLiteral("where")).toString(),
              QStringLiteral("inner-shin"));
    EXPECT_EQ(leg.value(QStringLiteral("result")).toObject().value(QStringLiteral("where")).toString(),
              QStringLiteral("inner-shin"));
    // And it reads back.
    const auto back = historyFromJson(historyJson(tests));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->front().legs.front().answers.where, Area::InnerShin);
    EXPECT_EQ(back->front().legs.front().assessment.verdict, Verdict::Elsewhere);
}

} // namespace

namespace {

// Measurements: the latest against the first of each test and leg, in JSON and CSV, beyond or within error.
TEST(HistoryExport, MeasurementsSayWhetherTheLatestIsBeyondErrorFromTheFirst)
{
    using calfatlas::measure::Test;
    const auto at = [](int day) { return QDateTime(QDate(2026, 11, day), QTime(8, 0), Qt::UTC); };
    std::vector<SavedMeasurement> measurements{
        {1, at(1), Test::HeelRaise, Side::Left, 14, calfatlas::measure::Sex::Female, QStringLiteral("0.1.0")},
        {2, at(1), Test::HeelRaise, Side::Right, 25, calfatlas::measure::Sex::Female, QStringLiteral("0.1.0")},
        {3, at(8), Test::HeelRaise, Side::Left, 19, std::nullopt, QStringLiteral("0.1.0")},
        {4, at(15), Test::HeelRaise, Side::Left, 22, std::nullopt, QStringLiteral("0.1.0")},
        {5, at(15), Test::HeelRaise, Side::Right, 28, std::nullopt, QStringLiteral("0.1.0")},
        {6, at(2), Test::KneeToWall, Side::Left, 8.1, std::nullopt, QStringLiteral("0.1.0")},
        {7, at(16), Test::KneeToWall, Side::Left, 10.1, std::nullopt, QStringLiteral("0.1.0")},
    };
    const std::vector<SeriesChange> changes = changesSinceFirst(measurements);
    ASSERT_EQ(changes.size(), 3u) << "heel-raise left and right, knee-to-wall left";
    EXPECT_EQ(changes[0].first.value, 14.0);
    EXPECT_EQ(changes[0].latest.value, 22.0);
    EXPECT_TRUE(changes[0].change.beyondError) << "+8 raises";
    EXPECT_FALSE(changes[1].change.beyondError) << "+3 raises";
    EXPECT_TRUE(changes[2].change.beyondError) << "+2.0 cm";

    const QJsonObject json = historyJson({}, measurements);
    EXPECT_EQ(json.value(QStringLiteral("measurements")).toArray().size(), 7);
    const QJsonObject first = json.value(QStringLiteral("measurement_changes")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("test")).toString(), QStringLiteral("heel-raise"));
    EXPECT_EQ(first.value(QStringLiteral("leg")).toString(), QStringLiteral("left"));
    EXPECT_EQ(first.value(QStringLiteral("by")).toDouble(), 8.0);
    EXPECT_TRUE(first.value(QStringLiteral("beyond_error")).toBool());
    EXPECT_FALSE(historyJson({}).contains(QStringLiteral("measurements"))) << "nothing measured, nothing added";

    const auto rows = parseCsv(QString::fromUtf8(measurementsCsv(measurements, ByteOrderMark::No)));
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 8u);
    EXPECT_EQ(rows->at(0), measurementCsvColumns());
    const auto cell = [&](size_t row, const char *column) {
        return rows->at(row).value(rows->at(0).indexOf(QLatin1String(column)));
    };
    EXPECT_EQ(cell(1, "change_from_first"), QString()) << "the first has nothing to compare with";
    // In time order: the left leg's latest heel-raise test (day 15) is +8 from day 1.
    bool found = false;
    for (size_t row = 1; row < rows->size(); ++row) {
        if (cell(row, "test") == QLatin1String("heel-raise") && cell(row, "leg") == QLatin1String("left") &&
            cell(row, "value") == QLatin1String("22")) {
            EXPECT_EQ(cell(row, "change_from_first"), QStringLiteral("8"));
            EXPECT_EQ(cell(row, "beyond_error_from_first"), QStringLiteral("yes"));
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

} // namespace
