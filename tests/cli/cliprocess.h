// SPDX-License-Identifier: MIT
#pragma once

#include <cctype>
#include <string>

#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace calfatlas::test {

// What one run of the built calfatlas-cli did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs the real executable, as a user would, with an optional environment on top of ours.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(binary(QStringLiteral("calfatlas-cli")), arguments);
    CliRun run;
    // A safety net, not a speed test: a busy machine under the sanitizers may take minutes for the largest
    // runs (a deck with every plate image), and must not fail for that.
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A readable test name from a case's command line, "3_assess_bench_mild_wall_none_side_middle", rather
// than gtest's dump of the case's bytes: letters and digits kept, each run of anything else one '_'.
inline std::string caseNameFrom(size_t index, const std::string &arguments)
{
    std::string name = std::to_string(index) + '_';
    for (const char c : arguments) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            name += c;
        else if (name.back() != '_')
            name += '_';
    }
    while (name.back() == '_')
        name.pop_back();
    return name;
}

} // namespace calfatlas::test
