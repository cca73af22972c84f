// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QCommandLineParser>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::cli {

// The options of one subcommand: QCommandLineParser with errors in calfatlas-cli's one-line form.
class CommandLine {
public:
    CommandLine(QString command, const QString &description);

    void addFlag(const QString &name, const QString &description);
    // `valid` words what the option takes, for errors ("none, mild, moderate, strong").
    void addValue(const QString &name, const QString &valueName, const QString &description, const QString &valid);
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    // Parses the arguments after the command name. Returns false when --help was asked for (the help text
    // is then written to io.out). Throws UsageError on an unknown option, a missing value or a stray argument.
    bool parse(const QStringList &arguments, Io &io);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // The value of --name if given, checked against the valid choices.
    std::optional<QString> choice(const QString &name, const QStringList &valid) const;
    // The value of --name if given, as a finite number within [minimum, maximum].
    std::optional<double> number(const QString &name, double minimum, double maximum) const;
    // The value of --name if given, as a calendar date written YYYY-MM-DD.
    std::optional<QDate> date(const QString &name) const;
    // Throws unless --name was given; `hint` says what it takes.
    void require(const QString &name, const QString &hint) const;

    [[noreturn]] void fail(const QString &problem) const;
    QString helpText() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_optionNames;
    QHash<QString, QString> m_validValues; // option name -> what it takes
    int m_positionalCount = 0;
};

// "a, b, c" for error messages.
QString listed(const QStringList &items);

// Wraps a paragraph to `width` columns with the given indent, for readable reports.
QString wrapped(const QString &text, int indent = 0, int width = 78);

} // namespace calfatlas::cli
