// SPDX-License-Identifier: MIT
#include "areas.h"

#include "common/content.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/knowledgetint.h"
#include "explorer/platecache.h"
#include "history/historypage.h"
#include "history/historyservice.h"
#include "learn/deckdialog.h"
#include "learn/learnarea.h"
#include "learn/studypage.h"
#include "learn/studyservice.h"
#include "learn/studystore.h"
#include "learn/studytoday.h"
#include "mainwindow.h"
#include "movement/movementpage.h"
#include "recovery/planpage.h"
#include "recovery/recoveryarea.h"
#include "todaypanel.h"
#include "welcomepage.h"
#include "wizard/selftestarea.h"
#include "wizard/selftestwizard.h"

#include <QAction>
#include <QFrame>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace calfatlas::app {

QStringList areaIds()
{
    return {QStringLiteral("welcome"),  QStringLiteral("explore"),  QStringLiteral("selftest"),
            QStringLiteral("recovery"), QStringLiteral("movement"), QStringLiteral("history"),
            QStringLiteral("learn")};
}

namespace {

// Opens the atlas on a structure, from any area's "show me".
void showStructure(MainWindow &window, const QString &id)
{
    if (auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")))) {
        window.showArea(QStringLiteral("explore"));
        explorer->selectStructure(id);
    }
}

// Opens the self-test at a step, from another area's link.
void showSelfTestStep(MainWindow &window, const QString &step)
{
    if (auto *area = qobject_cast<SelfTestArea *>(window.areaPage(QStringLiteral("selftest")))) {
        window.showArea(QStringLiteral("selftest"));
        area->wizard()->showStep(step);
    }
}

// Opens the Recovery area's plan.
RecoveryArea *showPlan(MainWindow &window)
{
    auto *recovery = qobject_cast<RecoveryArea *>(window.areaPage(QStringLiteral("recovery")));
    if (recovery) {
        window.showArea(QStringLiteral("recovery"));
        recovery->showPlan();
    }
    return recovery;
}

// The Plan page's keeper: the history, dated today.
PlanKeeper planKeeper(HistoryService *history)
{
    return {[history] { return history->planStatus(); },
            [history](assessment::Side leg) { return history->startPlan(leg); },
            [history](int pain, const std::vector<assessment::RedFlag> &signs, std::optional<int> minutes) {
                return history->logSession(pain, signs, minutes);
            },
            [history](plan::Morning compared) { return history->reportMorning(compared); },
            [history] { return history->resumePlan(); },
            [history] { return history->stopPlan(); }};
}

// Opens a section of the Learn area (tour, compare, quiz, study, references, about).
void showLearnSection(MainWindow &window, const QString &section)
{
    if (auto *learnArea = qobject_cast<LearnArea *>(window.areaPage(QStringLiteral("learn")))) {
        window.showArea(QStringLiteral("learn"));
        learnArea->showSection(section);
    }
}

// The home page's count of today's cards, with the way to them.
void addStudyToday(MainWindow &window, WelcomePage *welcome, StudyService *study)
{
    if (!study || !window.areaIds().contains(QStringLiteral("learn")))
        return;
    auto *studyToday = new StudyToday(study);
    welcome->setToday(studyToday);
    QObject::connect(studyToday, &StudyToday::studyRequested, &window,
                     [&window] { showLearnSection(window, QStringLiteral("study")); });
}

// The atlas's tint by what the student recalls, and its way to a session on the weakest.
void addKnowledgeTint(MainWindow &window, ExplorerPage *explorer, StudyService *study)
{
    if (!study || !window.areaIds().contains(QStringLiteral("learn")))
        return;
    auto *tint = new KnowledgeTint(
        explorer->diagram(),
        [study] {
            return KnowledgeTint::Memory{study->cards(), study->store().states(), study->day()};
        },
        explorer);
    explorer->addTool(tint->toggle());
    explorer->addStrip(tint->legend());
    QObject::connect(study, &StudyService::changed, tint, [tint] {
        if (tint->isShown())
            tint->refresh();
    });
    QObject::connect(tint, &KnowledgeTint::studyWeakRequested, &window, [&window](const QStringList &cards) {
        showLearnSection(window, QStringLiteral("study"));
        if (auto *learnArea = qobject_cast<LearnArea *>(window.areaPage(QStringLiteral("learn"))))
            learnArea->study()->startCards(cards);
    });
}

// The self-test's links to the atlas, the history and the plan.
void connectSelfTest(MainWindow &window, SelfTestArea *area, HistoryService *history)
{
    SelfTestWizard *wizard = area->wizard();
    QObject::connect(wizard, &SelfTestWizard::showStructureRequested, &window,
                     [&window](const QString &id) { showStructure(window, id); });
    QObject::connect(wizard, &SelfTestWizard::saveRequested, history,
                     [wizard, history](const std::vector<assessment::LegResult> &results) {
                         const history::Outcome outcome = history->save(results);
                         wizard->setSaveOutcome(
                             outcome.ok,
                             outcome.ok ? outcome.message
                                        : outcome.message + QLatin1Char(' ') +
                                              MainWindow::tr("Your answers are still here: try again when the "
                                                             "problem is solved."),
                             outcome.id);
                     });
    QObject::connect(wizard, &SelfTestWizard::startPlanRequested, &window, [&window, history](assessment::Side leg) {
        const plan::Result started = history->startPlan(leg);
        if (RecoveryArea *recovery = showPlan(window); recovery && recovery->plan())
            recovery->plan()->refresh();
        if (!started.ok && !history->planStatus().active)
            QMessageBox::warning(&window, MainWindow::tr("No plan started"), started.message);
    });
    QObject::connect(wizard, &SelfTestWizard::showSavedRequested, &window, [&window](qint64 id) {
        if (auto *historyPage = qobject_cast<HistoryPage *>(window.areaPage(QStringLiteral("history")))) {
            window.showArea(QStringLiteral("history"));
            historyPage->select(id);
        }
    });
}

// Home: the "today" panel, the cards due, and one clear action per audience.
void connectWelcome(MainWindow &window, WelcomePage *welcome, HistoryService *history, StudyService *study,
                    const Content &data)
{
    addStudyToday(window, welcome, study); // below the "today" panel, which goes in above it
    if (data.selfTest && history->hasPlanContent()) {
        auto *today = new TodayPanel(history, &*data.selfTest);
        welcome->setToday(today);
        QObject::connect(today, &TodayPanel::openPlanRequested, &window, [&window] { showPlan(window); });
        QObject::connect(today, &TodayPanel::measureRequested, &window, [&window](measure::Test test) {
            if (RecoveryArea *recovery = showPlan(window))
                recovery->showTest(test);
        });
        QObject::connect(today, &TodayPanel::startSelfTestRequested, &window,
                         [&window] { showSelfTestStep(window, QStringLiteral("intro")); });
        QObject::connect(today, &TodayPanel::showSelfTestRequested, &window, [&window](qint64 id) {
            if (auto *historyPage = qobject_cast<HistoryPage *>(window.areaPage(QStringLiteral("history")))) {
                window.showArea(QStringLiteral("history"));
                historyPage->select(id);
            }
        });
    }
    if (window.areaIds().contains(QStringLiteral("explore")))
        welcome->addCardButton(WelcomePage::Audience::Students, MainWindow::tr("Open the atlas"),
                               [&window] { window.showArea(QStringLiteral("explore")); });
    if (window.areaIds().contains(QStringLiteral("learn")))
        welcome->addCardButton(WelcomePage::Audience::Students, MainWindow::tr("Take the guided tour"),
                               [&window] { showLearnSection(window, QStringLiteral("tour")); });
    if (window.areaIds().contains(QStringLiteral("selftest")))
        welcome->addCardButton(WelcomePage::Audience::Runners, MainWindow::tr("Start the self-test"),
                               [&window] { showSelfTestStep(window, QStringLiteral("intro")); });
}

// A line of news at the foot of the window; the bar shows only while it has something to say.
void showStatus(MainWindow &window, const QString &text)
{
    QStatusBar *bar = window.statusBar();
    if (!bar->property("hidesWhenQuiet").toBool()) {
        bar->setProperty("hidesWhenQuiet", true);
        QObject::connect(bar, &QStatusBar::messageChanged, bar,
                         [bar](const QString &message) { bar->setVisible(!message.isEmpty()); });
    }
    bar->show();
    bar->showMessage(text, 10000);
}

// File → Export plate… and Print…: the plate Explore shows, so only while Explore is the area shown.
void addPlateActions(MainWindow &window)
{
    const auto explorer = [&window] {
        return qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")));
    };
    auto *exportPlate = new QAction(MainWindow::tr("&Export plate…"), &window);
    exportPlate->setObjectName(QStringLiteral("exportPlate"));
    exportPlate->setShortcut(QKeySequence(MainWindow::tr("Ctrl+E")));
    exportPlate->setToolTip(MainWindow::tr("Save the plate as shown, with its caption and sources, as a PNG image, "
                                           "an SVG drawing or a PDF (Ctrl+E)"));
    QObject::connect(exportPlate, &QAction::triggered, &window, [explorer] {
        if (ExplorerPage *page = explorer())
            page->exportPlate();
    });
    auto *printPlate = new QAction(MainWindow::tr("&Print plate…"), &window);
    printPlate->setObjectName(QStringLiteral("printPlate"));
    printPlate->setShortcut(QKeySequence::Print);
    printPlate->setToolTip(MainWindow::tr("Print the plate as shown, with its caption and sources (Ctrl+P)"));
    QObject::connect(printPlate, &QAction::triggered, &window, [explorer] {
        if (ExplorerPage *page = explorer())
            page->printPlate();
    });
    // History has its own Ctrl+E and Ctrl+P: the plate's keys work only while Explore is shown.
    const auto follow = [exportPlate, printPlate](const QString &area) {
        exportPlate->setEnabled(area == QLatin1String("explore"));
        printPlate->setEnabled(area == QLatin1String("explore"));
    };
    follow(window.currentArea());
    QObject::connect(&window, &MainWindow::areaChanged, exportPlate, follow);
    window.addFileAction(exportPlate);
    window.addFileAction(printPlate);
}

// The links between areas, made as each area's page is built.
void connectArea(MainWindow &window, QWidget *page, HistoryService *history, StudyService *study, const Content &data)
{
    if (auto *area = qobject_cast<SelfTestArea *>(page)) {
        connectSelfTest(window, area, history);
    } else if (auto *recovery = qobject_cast<RecoveryArea *>(page)) {
        QObject::connect(recovery, &RecoveryArea::saveRequested, history,
                         [recovery, history](measure::Test test, std::optional<double> left,
                                             std::optional<double> right, std::optional<measure::Sex> sex) {
                             const history::Outcome outcome = history->saveMeasurement(test, left, right, sex);
                             recovery->setSaveOutcome(test, outcome.ok, outcome.message);
                         });
        if (recovery->plan())
            QObject::connect(history, &HistoryService::changed, recovery->plan(), &PlanPage::refresh);
    } else if (auto *movement = qobject_cast<MovementPage *>(page)) {
        QObject::connect(movement, &MovementPage::showStructureRequested, &window,
                         [&window](const QString &id) { showStructure(window, id); });
        QObject::connect(movement, &MovementPage::selfTestStepRequested, &window,
                         [&window](const QString &step) { showSelfTestStep(window, step); });
    } else if (auto *explorer = qobject_cast<ExplorerPage *>(page)) {
        addKnowledgeTint(window, explorer, study);
        QObject::connect(explorer, &ExplorerPage::statusMessage, &window,
                         [&window](const QString &text) { showStatus(window, text); });
    } else if (auto *learnArea = qobject_cast<LearnArea *>(page)) {
        QObject::connect(learnArea, &LearnArea::showStructureRequested, &window,
                         [&window](const QString &id) { showStructure(window, id); });
    } else if (auto *historyPage = qobject_cast<HistoryPage *>(page)) {
        window.setUndoStack(QStringLiteral("history"), historyPage->undoStack());
        QObject::connect(historyPage, &HistoryPage::startSelfTestRequested, &window,
                         [&window] { showSelfTestStep(window, QStringLiteral("intro")); });
    } else if (auto *welcome = qobject_cast<WelcomePage *>(page)) {
        connectWelcome(window, welcome, history, study, data);
    }
}

} // namespace

void addAreas(MainWindow &window, const Content &data)
{
    // Opened on first use: the window shows before the history file is read.
    auto *history = new HistoryService(history::HistoryStore::defaultFolder(), &window);
    // Opened on first use too; shared by the Learn area's Study section and the home page.
    StudyService *study = data.anatomy && data.learn ? new StudyService(&*data.anatomy, &*data.learn,
                                                                        learn::StudyStore::defaultFolder(), &window)
                                                     : nullptr;
    QObject::connect(&window, &MainWindow::areaCreated, &window,
                     [&window, history, study, &data](const QString &, QWidget *page) {
                         connectArea(window, page, history, study, data);
                     });
    // Home first: a first launch opens on it.
    window.addArea(QStringLiteral("welcome"), MainWindow::tr("Home"),
                   MainWindow::tr("Today's session, your last results, and what CalfAtlas is for"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-home.svg")), [] { return new WelcomePage; });
    if (data.anatomy) {
        window.addArea(
            QStringLiteral("explore"), MainWindow::tr("Explore"),
            MainWindow::tr("The interactive diagram of the lower leg"),
            QIcon(QStringLiteral(":/calfatlas/icons/nav-explore.svg")), [&data] {
                auto *page = new ExplorerPage(&*data.anatomy, &data.references, ExplorerPage::builtInViews());
                // The plate as last drawn at this size shows at once on the next start.
                page->diagram()->setRasterCache(std::make_shared<PlateRasterCache>(PlateRasterCache::defaultFolder()));
                return page;
            });
        addPlateActions(window);
    }
    if (data.selfTest) {
        window.addArea(QStringLiteral("selftest"), MainWindow::tr("Self-test"),
                       MainWindow::tr("A guided test for a sore calf: soleus or gastrocnemius?"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-selftest.svg")),
                       [&data] { return new SelfTestArea(&*data.selfTest, &data.references); });
    }
    if (data.plan && data.selfTest)
        history->setPlanContent(&*data.plan, &*data.selfTest);
    window.addArea(QStringLiteral("recovery"), MainWindow::tr("Recovery"),
                   MainWindow::tr("The plan back to running, the heel-raise test and knee-to-wall"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-recovery.svg")), [&data, history] {
                       auto *area = new RecoveryArea(&data.references, [history](measure::Test test) {
                           const auto latest = history->latest(test);
                           return PreviousValues{latest.first, latest.second};
                       });
                       if (history->hasPlanContent())
                           area->addPlan(
                               new PlanPage(&*data.plan, &*data.selfTest, &data.references, planKeeper(history)));
                       return area;
                   });
    window.addArea(QStringLiteral("movement"), MainWindow::tr("Movement"),
                   MainWindow::tr("A moving knee and ankle: why each test stretches its muscle"),
                   QIcon(QStringLiteral(":/calfatlas/icons/nav-movement.svg")), [&data] {
                       return new MovementPage(data.movement ? &*data.movement : nullptr,
                                               data.anatomy ? &*data.anatomy : nullptr, &data.references);
                   });
    if (data.selfTest) {
        window.addArea(QStringLiteral("history"), MainWindow::tr("History"),
                       MainWindow::tr("Your saved self-tests, how they changed, and reports for a clinician"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-history.svg")),
                       [&data, history] { return new HistoryPage(history, &*data.selfTest, &data.references); });
    }
    if (data.anatomy && data.learn) {
        window.addArea(QStringLiteral("learn"), MainWindow::tr("Learn"),
                       MainWindow::tr("A guided tour, the two calf muscles compared, quizzes and the sources"),
                       QIcon(QStringLiteral(":/calfatlas/icons/nav-learn.svg")),
                       [&data, study] { return new LearnArea(&*data.learn, &*data.anatomy, &data.references, study); });
        auto *exportDeck = new QAction(MainWindow::tr("Export for &Anki…"), &window);
        exportDeck->setObjectName(QStringLiteral("exportForAnki"));
        QObject::connect(exportDeck, &QAction::triggered, &window, [&window, &data] {
            DeckDialog dialog(&*data.anatomy, &*data.learn, &data.references, &window);
            dialog.exec();
        });
        window.addFileAction(exportDeck);
    }
}

} // namespace calfatlas::app
