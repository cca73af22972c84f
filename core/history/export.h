// SPDX-License-Identifier: MIT
#pragma once

#include "history/record.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace calfatlas::history {

// The whole history as one JSON object: {"format": "calfatlas-history", "version": 1, "self_tests": [...]},
// each self-test as toJson(SavedSelfTest). Round-trips with historyFromJson.
// With measurements, also "measurements" (each as toJson(SavedMeasurement)) and "measurement_changes": for
// each test and leg measured at least twice, the latest against the first ({"test", "leg", "first",
// "latest", "by", "beyond_error"}).
QJsonObject historyJson(const std::vector<SavedSelfTest> &tests,
                        const std::vector<SavedMeasurement> &measurements = {});
std::optional<std::vector<SavedSelfTest>> historyFromJson(const QJsonObject &object, QString *problem = nullptr);

// The columns of the CSV export, one row per leg.
QStringList csvColumns();
// The history as CSV for a spreadsheet: UTF-8 (with a byte-order mark when asked, which spreadsheets need to
// tell UTF-8 in a file), a header row, CRLF line ends, every field quoted where it must be (RFC 4180), times
// in ISO 8601 UTC, lists joined with "; ". A note that a spreadsheet would take for a formula (it starts
// with =, +, - or @) gets a leading ' so that it stays text.
enum class ByteOrderMark { No, Yes };
QByteArray historyCsv(const std::vector<SavedSelfTest> &tests, ByteOrderMark mark = ByteOrderMark::Yes);

// For each test and leg measured at least twice: the first and the latest measurement and the change
// between them, beyond or within measurement error. In the order of test, then leg.
struct SeriesChange {
    SavedMeasurement first;
    SavedMeasurement latest;
    measure::Change change;
};
std::vector<SeriesChange> changesSinceFirst(const std::vector<SavedMeasurement> &measurements);

// The measurements as CSV, like historyCsv: one row per leg and time, with the change from that leg's first
// measurement of the same test and whether it is beyond measurement error.
QStringList measurementCsvColumns();
QByteArray measurementsCsv(const std::vector<SavedMeasurement> &measurements, ByteOrderMark mark = ByteOrderMark::Yes);

} // namespace calfatlas::history
