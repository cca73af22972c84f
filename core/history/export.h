#pragma once

#include "history/record.h"

#include <QByteArray>
#include <QJsonObject>

#include <vector>

namespace calfatlas::history {

// The whole history as one JSON object: {"format": "calfatlas-history", "version": 1, "self_tests": [...]},
// each self-test as toJson(SavedSelfTest). Round-trips with historyFromJson.
QJsonObject historyJson(const std::vector<SavedSelfTest> &tests);
std::optional<std::vector<SavedSelfTest>> historyFromJson(const QJsonObject &object, QString *problem = nullptr);

// The columns of the CSV export, one row per leg.
QStringList csvColumns();
// The history as CSV for a spreadsheet: UTF-8 (with a byte-order mark when asked, which spreadsheets need to
// tell UTF-8 in a file), a header row, CRLF line ends, every field quoted where it must be (RFC 4180), times
// in ISO 8601 UTC, lists joined with "; ". A note that a spreadsheet would take for a formula (it starts
// with =, +, - or @) gets a leading ' so that it stays text.
enum class ByteOrderMark { No, Yes };
QByteArray historyCsv(const std::vector<SavedSelfTest> &tests, ByteOrderMark mark = ByteOrderMark::Yes);

} // namespace calfatlas::history
