// SPDX-License-Identifier: MIT
#include "common/content.h"
#include "common/userfile.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "shell/areas.h"
#include "shell/dataproblemsdialog.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/startupoptions.h"
#include "shell/startuptrace.h"
#include "ui/startupclock.h"
#include "ui/theme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace calfatlas::app;

namespace {

// The command line; its warnings are printed on stderr when `printWarnings`.
StartupOptions parseCommandLine()
{
    QStringList languageCodes;
    for (const Language &language : languages())
        languageCodes.append(language.code);
    StartupOptions options = StartupOptions::parse(QCoreApplication::arguments(), areaIds(), languageCodes);
    QTextStream err(stderr);
    for (const QString &warning : options.warnings)
        err << warning << "\n";
    err.flush();
    return options;
}

// --help and --version only print: they are answered before a QApplication, which needs a display, exists.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String argument(argv[i]);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help") || argument == QLatin1String("-v") ||
            argument == QLatin1String("--version"))
            return true;
    }
    return false;
}

// Whether the command line asks for start-up timings: known before the QApplication, so its cost is timed too.
bool asksForTrace(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String argument(argv[i]);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--trace-startup") || argument == QLatin1String("--exit-after-startup"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    setStartupMarksEnabled(asksForTrace(argc, argv));
    startupMark("main");
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        calfatlas::setApplicationIdentity();
        // "-v" may also be the value of another option (--anatomy-file -v): then the app starts as usual.
        // The text (help, version, warnings) is printed once, here, when the answer is only text.
        if (const StartupOptions options = parseCommandLine(); options.exitNow)
            return options.exitStatus;
    }
    QApplication app(argc, argv);
    startupMark("qapplication");
    calfatlas::setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("io.github.calfatlas.CalfAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/calfatlas/icons/calfatlas.svg")));

    const StartupOptions options = parseCommandLine();
    if (options.exitNow)
        return options.exitStatus;
    applyTheme(app, options.theme.value_or(Settings().theme()));
    installLanguage(app, options.language.isEmpty() ? Settings().language() : options.language);
    startupMark("theme-and-language");

    const calfatlas::Content data = calfatlas::Content::load(options.anatomyFile);
    startupMark("content");
    MainWindow window;
    addAreas(window, data);
    startupMark("window-built");
    QObject::connect(&window, &MainWindow::themeChosen, &app, [&app](Theme theme) {
        Settings().setTheme(theme);
        applyTheme(app, theme);
    });

    QObject::connect(&window, &MainWindow::languageChosen, &window, [&window](const QString &code) {
        Settings().setLanguage(code);
        QString name = QApplication::translate("Language", "the system's language");
        for (const Language &language : languages()) {
            if (language.code == code)
                name = language.nativeName;
        }
        QMessageBox::information(&window, QApplication::translate("Language", "Language"),
                                 QApplication::translate("Language", "CalfAtlas will speak %1 the next time it "
                                                                     "starts.")
                                     .arg(name));
    });

    window.restoreSession();
    if (!options.area.isEmpty())
        window.showArea(options.area);
    if (options.traceStartup) {
        // Without --view the trace times Explore, the area whose first paint costs most.
        if (options.area.isEmpty())
            window.showArea(QStringLiteral("explore"));
        auto *trace =
            new StartupTrace(&window, window.currentArea() == QLatin1String("explore"), options.exitAfterStartup, &app);
        QObject::connect(&window, &MainWindow::areaCreated, trace, [trace, &window](const QString &id, QWidget *page) {
            if (id == window.currentArea())
                trace->watchPage(page);
            if (auto *explorer = qobject_cast<ExplorerPage *>(page))
                QObject::connect(explorer->diagram(), &DiagramView::firstCompleteFrame, trace,
                                 &StartupTrace::diagramPainted);
        });
    }
    window.show();

    if (!data.problems().isEmpty())
        makeDataProblemsDialog(&window, data.problems())->open();
    return app.exec();
}
