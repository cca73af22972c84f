// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <stdexcept>
#include <vector>

namespace calfatlas::cli {

// Exit statuses of calfatlas-cli.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // the command could not do its work (for example a file not written)
inline constexpr int kExitUsage = 2;   // bad input: unknown option, value or id

// Where a command writes. Errors go to err as one line; on a usage error nothing reaches out.
struct Io {
    QTextStream &out;
    QTextStream &err;
};

// Bad input on the command line; its message is the one line printed on stderr.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A subcommand: `calfatlas-cli NAME ...`. run() gets the arguments after NAME and throws UsageError on bad input.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments, Io &io)> run;
};

// Every subcommand, in the order --help lists them.
const std::vector<Command> &commands();

// Runs calfatlas-cli with the full argument list (arguments[0] is the program) and returns the exit status.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace calfatlas::cli
