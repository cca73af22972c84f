// SPDX-License-Identifier: MIT
// The command line of calfatlas-cli, run in-process: the input is split into arguments at newlines.
// Whatever the arguments, the tool exits 0, 1 or 2, and a usage error prints nothing on stdout and
// exactly one line on stderr.
#include "fuzzsupport.h"

#include "cli.h"

#include <QTextStream>

using namespace calfatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QStringList arguments{QStringLiteral("calfatlas-cli")};
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    if (!text.isEmpty())
        arguments += text.split(QLatin1Char('\n'));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int status = cli::run(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    fuzz::require(status == cli::kExitOk || status == cli::kExitFailure || status == cli::kExitUsage,
                  "the exit status is 0, 1 or 2");
    if (status == cli::kExitUsage) {
        fuzz::require(out.isEmpty(), "a usage error prints nothing on stdout");
        fuzz::require(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1,
                      "a usage error prints one line on stderr");
    }
    return 0;
}
