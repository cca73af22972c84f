// SPDX-License-Identifier: MIT
// The history's JSON (calfatlas-cli export --format json, and each record stored in the SQLite file): any
// bytes either read into self-tests that write back to the same JSON, or are refused with a reason.
#include "fuzzsupport.h"

#include "history/export.h"
#include "history/record.h"

#include <QJsonDocument>

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QString problem;
    if (const auto tests = history::historyFromJson(document.object(), &problem)) {
        const QJsonObject written = history::historyJson(*tests);
        const auto again = history::historyFromJson(written);
        fuzz::require(again.has_value() && again->size() == tests->size(), "what was read writes back and reads again");
        (void)history::historyCsv(*tests);
    } else {
        fuzz::require(!problem.isEmpty(), "a refusal says what is wrong");
    }
    QString recordProblem;
    if (!history::savedSelfTestFromJson(document.object(), &recordProblem))
        fuzz::require(!recordProblem.isEmpty(), "a refused record says what is wrong");
    return 0;
}
