// SPDX-License-Identifier: MIT
#include "startupoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace calfatlas::app {

StartupOptions StartupOptions::parse(const QStringList &arguments, const QStringList &areas,
                                     const QStringList &languages)
{
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CalfAtlas: learn the calf, and find out which calf muscle is sore."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Appearance for this run: system, light or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Open this area: %1.").arg(areas.join(QStringLiteral(", "))),
                                  QStringLiteral("AREA"));
    const QCommandLineOption anatomyFile(
        QStringLiteral("anatomy-file"),
        QStringLiteral("Load the anatomy knowledge base from FILE instead of the built-in one."),
        QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language for this run: %1 (default: the saved choice, "
                                                     "else the system's).")
                                          .arg(languages.join(QStringLiteral(", "))),
                                      QStringLiteral("CODE"));
    const QCommandLineOption trace(QStringLiteral("trace-startup"),
                                   QStringLiteral("Print on stderr the milliseconds from process start to the window "
                                                  "being visible and to the first fully painted diagram."));
    QCommandLineOption exitAfter(QStringLiteral("exit-after-startup"),
                                 QStringLiteral("Quit as soon as the first diagram is painted (for timing)."));
    exitAfter.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(trace);
    parser.addOption(exitAfter);
    parser.addOption(theme);
    parser.addOption(view);
    parser.addOption(anatomyFile);
    parser.addOption(language);

    if (!parser.parse(arguments)) {
        QString problem = parser.errorText();
        if (!parser.unknownOptionNames().isEmpty())
            problem = QStringLiteral("unknown option '%1' ignored; see calfatlas --help")
                          .arg(parser.unknownOptionNames().first());
        options.warnings.append(QStringLiteral("calfatlas: ") + problem);
    }
    QTextStream out(stdout);
    if (parser.isSet(help)) {
        out << parser.helpText();
        options.exitNow = true;
        return options;
    }
    if (parser.isSet(version)) {
        out << "calfatlas " << CALFATLAS_VERSION << "\n";
        options.exitNow = true;
        return options;
    }
    if (parser.isSet(theme)) {
        options.theme = themeFromId(parser.value(theme));
        if (!options.theme)
            options.warnings.append(QStringLiteral("calfatlas: unknown theme '%1' ignored; valid: system, light, dark")
                                        .arg(parser.value(theme)));
    }
    options.anatomyFile = parser.value(anatomyFile);
    if (parser.isSet(language)) {
        if (languages.contains(parser.value(language)))
            options.language = parser.value(language);
        else
            options.warnings.append(QStringLiteral("calfatlas: unknown language '%1' ignored; valid: %2")
                                        .arg(parser.value(language), languages.join(QStringLiteral(", "))));
    }
    options.traceStartup = parser.isSet(trace) || parser.isSet(exitAfter);
    options.exitAfterStartup = parser.isSet(exitAfter);
    if (parser.isSet(view)) {
        if (areas.contains(parser.value(view)))
            options.area = parser.value(view);
        else
            options.warnings.append(QStringLiteral("calfatlas: unknown view '%1' ignored; valid: %2")
                                        .arg(parser.value(view), areas.join(QStringLiteral(", "))));
    }
    return options;
}

} // namespace calfatlas::app
