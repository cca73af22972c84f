// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "common/text.h"

#include <QRegularExpression>

#include <cmath>

namespace calfatlas::cli {

QString listed(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString wrapped(const QString &text, int indent, int width)
{
    return wrapText(text, indent, width);
}

CommandLine::CommandLine(QString command, const QString &description) : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")));
    m_optionNames << QStringLiteral("--help");
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
    m_optionNames << QStringLiteral("--") + name;
}

void CommandLine::addValue(const QString &name, const QString &valueName, const QString &description,
                           const QString &valid)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    m_optionNames << QStringLiteral("--") + name;
    m_validValues.insert(name, valid);
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    ++m_positionalCount;
}

void CommandLine::fail(const QString &problem) const
{
    throw UsageError(QStringLiteral("calfatlas-cli %1: %2").arg(m_command, problem));
}

bool CommandLine::parse(const QStringList &arguments, Io &io)
{
    const QStringList withProgram = QStringList{QStringLiteral("calfatlas-cli")} + arguments;
    if (!m_parser.parse(withProgram)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString &name = unknown.first();
            fail(QStringLiteral("unknown option '%1%2'; valid options: %3")
                     .arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name, listed(m_optionNames)));
        }
        // QCommandLineParser's other error is a value missing after an option: say what the option takes.
        static const QRegularExpression missingValue(QStringLiteral("^Missing value after '-*([^']+)'"));
        const QRegularExpressionMatch match = missingValue.match(m_parser.errorText());
        if (match.hasMatch())
            fail(QStringLiteral("--%1 needs a value; valid: %2")
                     .arg(match.captured(1), m_validValues.value(match.captured(1))));
        QString problem = m_parser.errorText();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        if (!problem.isEmpty())
            problem[0] = problem[0].toLower();
        fail(problem);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        io.out << helpText();
        return false;
    }
    if (m_parser.positionalArguments().size() > m_positionalCount)
        fail(QStringLiteral("unexpected argument '%1'; valid options: %2")
                 .arg(m_parser.positionalArguments().value(m_positionalCount), listed(m_optionNames)));
    return true;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    // QCommandLineParser names the program by its path; the usage line should name the tool and subcommand.
    static const QRegularExpression usage(QStringLiteral("^Usage: \\S+"));
    text.replace(usage, QStringLiteral("Usage: calfatlas-cli ") + m_command);
    return text;
}

std::optional<QString> CommandLine::choice(const QString &name, const QStringList &valid) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString value = m_parser.value(name);
    if (!valid.contains(value))
        fail(QStringLiteral("unknown value '%1' for --%2; valid: %3").arg(value, name, listed(valid)));
    return value;
}

std::optional<QDate> CommandLine::date(const QString &name) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        fail(QStringLiteral("invalid value '%1' for --%2; valid: a date as YYYY-MM-DD").arg(text, name));
    return date;
}

std::optional<double> CommandLine::number(const QString &name, double minimum, double maximum) const
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        fail(QStringLiteral("'%1' is not a number for --%2; valid: %3").arg(text, name, m_validValues.value(name)));
    if (value < minimum || value > maximum)
        fail(QStringLiteral("'%1' is out of range for --%2; valid: %3").arg(text, name, m_validValues.value(name)));
    return value;
}

void CommandLine::require(const QString &name, const QString &hint) const
{
    if (!m_parser.isSet(name))
        fail(QStringLiteral("--%1 is required; valid: %2").arg(name, hint));
}

} // namespace calfatlas::cli
