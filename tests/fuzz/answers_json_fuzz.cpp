// SPDX-License-Identifier: MIT
// The answers of a self-test as JSON: what answersFromJson accepts must survive a round trip unchanged.
#include "fuzzsupport.h"

#include "assessment/json.h"

#include <QJsonDocument>

using namespace calfatlas::assessment;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    calfatlas::fuzz::ensureApplication();
    const QJsonDocument document = QJsonDocument::fromJson(calfatlas::fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    QString problem;
    const std::optional<Answers> answers = answersFromJson(document.object(), &problem);
    if (!answers) {
        calfatlas::fuzz::require(!problem.isEmpty(), "a refusal says what is wrong");
        return 0;
    }
    const QJsonObject written = toJson(*answers);
    const std::optional<Answers> again = answersFromJson(written);
    calfatlas::fuzz::require(again.has_value(), "what toJson writes is read back");
    calfatlas::fuzz::require(toJson(*again) == written, "answers round-trip through JSON unchanged");
    return 0;
}
