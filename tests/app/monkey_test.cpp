// SPDX-License-Identifier: MIT
// The monkey: the real main window with the real data, fed thousands of random but reproducible mouse and
// key events across every area, the self-test wizard included. It passes when nothing crashes, hangs,
// asserts or warns, and when the run went everywhere. The events come from a seed and their number is
// fixed, so a slow or busy machine makes the run slower, never shorter: CALFATLAS_MONKEY_SEED picks another
// seed, CALFATLAS_MONKEY_EVENTS another length, and a failure prints both so that the run can be replayed.
#include "builtins.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"
#include "wizard/selftestarea.h"
#include "wizard/selftestwizard.h"

#include <QAbstractAnimation>
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace calfatlas::app;

namespace {

constexpr unsigned kDefaultSeed = 20260117;
// The same number of events in every build: a few seconds in Release, about half a minute under the
// sanitizers on a busy two-core machine.
constexpr int kDefaultEvents = 8000;
// Only a safety net for a real hang (CTest's own timeout is 600 s): far beyond any machine's slowness.
constexpr qint64 kHangLimitMs = qint64(450) * 1000;
// A run this long must have visited every area and the self-test's tests; shorter ones are replays.
constexpr int kEventsForFullCoverage = 3000;

unsigned monkeySeed()
{
    bool ok = false;
    const unsigned seed = qEnvironmentVariable("CALFATLAS_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : kDefaultSeed;
}

int monkeyEvents()
{
    bool ok = false;
    const int events = qEnvironmentVariable("CALFATLAS_MONKEY_EVENTS").toInt(&ok);
    return ok && events > 0 ? events : kDefaultEvents;
}

// Every warning, critical message or failed assertion while the monkey runs is a failure, but for what
// the offscreen platform itself says about its limits: Qt's "qt.qpa.*" categories, and the messages below.
QStringList g_problems;
QtMessageHandler g_previousHandler = nullptr;

bool isOffscreenPlatformNotice(const QLatin1String &category, const QString &message)
{
    if (category.startsWith(QLatin1String("qt.qpa")))
        return true;
    // QPlatformWindow's default answers ("… does not support propagateSizeHints()", "raise()", "grabbing
    // the keyboard"): the offscreen plugin has no window manager to ask.
    if (message.startsWith(QLatin1String("This plugin does not support ")))
        return true;
    // A machine without a sound server: Qt Multimedia says it could not reach PulseAudio, and the heel-raise
    // test then runs silently with a note on screen (tested in recovery_test.cpp).
    return message.startsWith(QLatin1String("PulseAudioService: pa_context_connect() failed"));
}

void recordProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "default");
    if (type != QtDebugMsg && type != QtInfoMsg && !isOffscreenPlatformNotice(category, message))
        g_problems.append(QStringLiteral("[%1] %2").arg(category, message));
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// FNV-1a over the text: unlike qHash, the same in every process, so two runs' trails can be compared.
quint64 digest(const QString &text, quint64 hash)
{
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

class Monkey {
public:
    // Dialogs draw from a random stream of their own: the answers to them never shift the monkey's actions.
    Monkey(MainWindow &window, unsigned seed) : m_window(window), m_random(seed), m_dialogRandom(seed + 1) {}

    // One random action; returns a short description of it for the failure message.
    QString act()
    {
        // The self-test is a form: there the monkey mostly answers and presses buttons, to get through it.
        const int dice = pick(100);
        if (dice < 30 || (m_window.currentArea() == QLatin1String("selftest") && pick(3) != 0))
            return clickControl();
        if (dice < 45)
            return clickAnywhere();
        if (dice < 55)
            return hover();
        if (dice < 60)
            return drag();
        if (dice < 65)
            return wheel();
        if (dice < 85)
            return key();
        if (dice < 92)
            return typeText();
        if (dice < 98)
            return switchArea();
        return resize();
    }

    // Answers whatever modal dialog or popup menu an action opened, by a random button of its own or by
    // closing it, so that a nested event loop never blocks the run. A file or print dialog is always
    // cancelled: the monkey writes no files and prints nothing. The click is queued, not made here: a button
    // that opens a dialog of its own (a printer's properties) runs it in a nested event loop, and while this
    // timer's call has not returned the timer cannot fire again to answer that one.
    void dismissModal()
    {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            popup->close();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == &m_window)
            return;
        QPointer<QWidget> guard(modal);
        const bool mayWrite = qobject_cast<QFileDialog *>(modal) || modal->inherits("QAbstractPrintDialog") ||
                              modal->inherits("QPageSetupDialog");
        const QList<QAbstractButton *> buttons = visible(modal->findChildren<QAbstractButton *>());
        const auto pickDialog = [this](int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_dialogRandom); };
        QPointer<QAbstractButton> button = !mayWrite && !buttons.isEmpty() && pickDialog(2) == 0
                                               ? buttons.at(pickDialog(int(buttons.size())))
                                               : nullptr;
        QTimer::singleShot(0, modal, [guard, button] {
            if (button)
                QTest::mouseClick(button, Qt::LeftButton);
            if (guard && guard->isVisible() && guard == QApplication::activeModalWidget()) {
                if (auto *dialog = qobject_cast<QDialog *>(guard.data()))
                    dialog->reject();
                else
                    guard->close();
            }
        });
    }

    // The buttons held down before an action: one that went down during it is finishing an animated click.
    void noteDownButtons() { m_downBefore = downButtons(); }

    // Brings the window to the state the last action leads to, whatever the machine's speed, so that a seed
    // always gives the same run: a button clicked by its shortcut finishes its click (animateClick takes
    // 100 ms of real time), and running animations jump to their end.
    void settle()
    {
        QCoreApplication::processEvents();
        const auto clickAnimating = [this] {
            const QSet<QAbstractButton *> down = downButtons();
            return std::any_of(down.begin(), down.end(),
                               [this](QAbstractButton *b) { return !m_downBefore.contains(b); });
        };
        if (clickAnimating() && !QTest::qWaitFor([&] { return !clickAnimating(); }, 30000))
            g_problems.append(QStringLiteral("a button stayed pressed for 30 s after it was clicked"));
        for (QAbstractAnimation *animation : m_window.findChildren<QAbstractAnimation *>()) {
            if (animation->state() == QAbstractAnimation::Running && animation->totalDuration() > 0)
                animation->setCurrentTime(animation->totalDuration());
        }
        QCoreApplication::processEvents();
    }

private:
    QSet<QAbstractButton *> downButtons() const
    {
        QSet<QAbstractButton *> down;
        for (QAbstractButton *button : m_window.findChildren<QAbstractButton *>()) {
            if (button->isDown())
                down.insert(button);
        }
        return down;
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }

    QPoint randomPoint(const QWidget *widget)
    {
        return {pick(std::max(1, widget->width())), pick(std::max(1, widget->height()))};
    }

    // The deepest widget under a random point of the window (the window itself when there is none).
    std::pair<QWidget *, QPoint> randomTarget()
    {
        const QPoint at = randomPoint(&m_window);
        QWidget *child = m_window.childAt(at);
        QWidget *target = child ? child : &m_window;
        return {target, target->mapFrom(&m_window, at)};
    }

    template <typename T>
    static QList<T *> visible(const QList<T *> &widgets)
    {
        QList<T *> result;
        for (T *widget : widgets) {
            if (widget->isVisible() && widget->isEnabled())
                result.append(widget);
        }
        return result;
    }

    // A random button, field, slider or list of the current area: the way through wizards and forms.
    QString clickControl()
    {
        QList<QWidget *> controls;
        for (QWidget *widget : m_window.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QComboBox *>(widget) ||
                                 qobject_cast<QAbstractSpinBox *>(widget);
            if (control && widget->isVisible() && widget->isEnabled())
                controls.append(widget);
        }
        if (controls.isEmpty())
            return clickAnywhere();
        QWidget *control = controls.at(pick(int(controls.size())));
        // Any "yes" on the self-test's safety screen ends on the care page; mostly answering "no" lets the
        // monkey reach the tests, the measurement and the result too.
        if (auto *radio = qobject_cast<QRadioButton *>(control);
            radio && radio->text() == QLatin1String("Yes") && pick(10) < 8) {
            for (auto *sibling : radio->parentWidget()->findChildren<QRadioButton *>()) {
                if (sibling->text() == QLatin1String("No") && sibling->isVisible())
                    control = sibling;
            }
        }
        const QString name =
            QString::fromLatin1(control->metaObject()->className()) + QLatin1Char(' ') + control->objectName();
        QTest::mouseClick(control, Qt::LeftButton, {}, randomPoint(control));
        return QStringLiteral("click control %1").arg(name);
    }

    QString clickAnywhere()
    {
        const auto [target, at] = randomTarget();
        static const Qt::MouseButton buttons[] = {Qt::LeftButton, Qt::LeftButton, Qt::LeftButton, Qt::RightButton,
                                                  Qt::MiddleButton};
        const Qt::MouseButton button = buttons[pick(5)];
        if (pick(6) == 0) {
            // QTest's double click on a widget is a press and a double-click event with no release after
            // them: the release a real mouse sends comes from here, or the button would stay held down.
            const QPointer<QWidget> guard(target);
            QTest::mouseDClick(target, button, {}, at);
            if (guard)
                QTest::mouseRelease(target, button, {}, at);
        } else {
            QTest::mouseClick(target, button, {}, at);
        }
        return QStringLiteral("click %1 at %2,%3 on %4")
            .arg(int(button))
            .arg(at.x())
            .arg(at.y())
            .arg(QString::fromLatin1(target->metaObject()->className()));
    }

    QString hover()
    {
        const auto [target, at] = randomTarget();
        QTest::mouseMove(target, at);
        return QStringLiteral("hover %1,%2").arg(at.x()).arg(at.y());
    }

    QString drag()
    {
        const auto [target, at] = randomTarget();
        const QPointer<QWidget> guard(target);
        QTest::mousePress(target, Qt::LeftButton, {}, at);
        QPoint to = at;
        for (int step = 0; step < 4 && guard; ++step) {
            to += QPoint(pick(81) - 40, pick(81) - 40);
            QTest::mouseMove(target, to);
        }
        if (guard)
            QTest::mouseRelease(target, Qt::LeftButton, {}, to);
        return QStringLiteral("drag from %1,%2").arg(at.x()).arg(at.y());
    }

    QString wheel()
    {
        const auto [target, at] = randomTarget();
        const int delta = (pick(2) ? 120 : -120) * (1 + pick(3));
        const Qt::KeyboardModifiers modifiers = pick(3) == 0 ? Qt::ControlModifier : Qt::NoModifier;
        QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &event);
        return QStringLiteral("wheel %1").arg(delta);
    }

    QWidget *keyTarget()
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && focus->window() == &m_window ? focus : &m_window;
    }

    QString key()
    {
        // The keys the areas answer to, and some they do not. Ctrl+Q (quit) is left out: closing the window
        // is tested elsewhere and would end the run.
        static const std::pair<Qt::Key, Qt::KeyboardModifiers> keys[] = {
            {Qt::Key_Tab, Qt::NoModifier},         {Qt::Key_Backtab, Qt::ShiftModifier},
            {Qt::Key_Left, Qt::NoModifier},        {Qt::Key_Right, Qt::NoModifier},
            {Qt::Key_Up, Qt::NoModifier},          {Qt::Key_Down, Qt::NoModifier},
            {Qt::Key_Return, Qt::NoModifier},      {Qt::Key_Enter, Qt::NoModifier},
            {Qt::Key_Escape, Qt::NoModifier},      {Qt::Key_Space, Qt::NoModifier},
            {Qt::Key_Home, Qt::NoModifier},        {Qt::Key_End, Qt::NoModifier},
            {Qt::Key_PageUp, Qt::NoModifier},      {Qt::Key_PageDown, Qt::NoModifier},
            {Qt::Key_BracketLeft, Qt::NoModifier}, {Qt::Key_BracketRight, Qt::NoModifier},
            {Qt::Key_Plus, Qt::NoModifier},        {Qt::Key_Minus, Qt::NoModifier},
            {Qt::Key_0, Qt::NoModifier},           {Qt::Key_Backspace, Qt::NoModifier},
            {Qt::Key_Delete, Qt::NoModifier},      {Qt::Key_B, Qt::AltModifier},
            {Qt::Key_S, Qt::AltModifier},          {Qt::Key_C, Qt::AltModifier},
            {Qt::Key_F, Qt::ControlModifier},      {Qt::Key_C, Qt::ControlModifier},
            {Qt::Key_A, Qt::ControlModifier},      {Qt::Key_N, Qt::AltModifier},
            {Qt::Key_F1, Qt::NoModifier},          {Qt::Key_Tab, Qt::ControlModifier},
        };
        const auto &[key, modifiers] = keys[pick(int(std::size(keys)))];
        QWidget *target = keyTarget();
        QTest::keyClick(target, key, modifiers);
        return QStringLiteral("key %1+%2 to %3")
            .arg(int(modifiers))
            .arg(int(key))
            .arg(QString::fromLatin1(target->metaObject()->className()));
    }

    QString typeText()
    {
        static const QString alphabet = QStringLiteral("0123456789.,- eaosuilnrtgcpAXx\u00e9\u00b0");
        QString text;
        for (int n = 1 + pick(6); n > 0; --n)
            text += alphabet.at(pick(int(alphabet.size())));
        QWidget *target = keyTarget();
        for (const QChar c : text) {
            // QTest types ASCII by its key; other letters arrive as text without a key, as from an input method.
            const QPointer<QWidget> guard(target);
            if (!guard)
                break;
            if (c.unicode() < 128)
                QTest::keyClick(target, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        return QStringLiteral("type \"%1\"").arg(text);
    }

    QString switchArea()
    {
        const int area = 1 + pick(int(m_window.areaIds().size()));
        QTest::keyClick(&m_window, Qt::Key(Qt::Key_0 + area), Qt::ControlModifier);
        return QStringLiteral("Ctrl+%1").arg(area);
    }

    QString resize()
    {
        const QSize size(480 + pick(1100), 360 + pick(800));
        m_window.resize(size);
        return QStringLiteral("resize %1x%2").arg(size.width()).arg(size.height());
    }

    MainWindow &m_window;
    std::mt19937 m_random;
    std::mt19937 m_dialogRandom;
    QSet<QAbstractButton *> m_downBefore;
};

TEST(Monkey, RandomEventsInEveryAreaBreakNothing)
{
    const unsigned seed = monkeySeed();
    const int events = monkeyEvents();
    std::printf("monkey seed %u, %d events (CALFATLAS_MONKEY_SEED and CALFATLAS_MONKEY_EVENTS change them)\n", seed,
                events);
    std::fflush(stdout);
    QApplication::setQuitOnLastWindowClosed(false);

    const calfatlas::Content &data = calfatlas::test::builtIns();
    ASSERT_TRUE(data.problems().isEmpty()) << data.problems().join(QLatin1Char('\n')).toStdString();
    MainWindow window;
    addAreas(window, data);
    window.resize(1100, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    g_problems.clear();
    g_previousHandler = qInstallMessageHandler(recordProblems);
    Monkey monkey(window, seed);
    // A dialog's exec() or a context menu runs a nested event loop inside an action: this timer answers it.
    QTimer dismisser;
    dismisser.setInterval(20);
    QObject::connect(&dismisser, &QTimer::timeout, &dismisser, [&monkey] { monkey.dismissModal(); });
    dismisser.start();

    QElapsedTimer clock;
    clock.start();
    QString last;
    quint64 trail =
        14695981039346656037ULL; // a digest of every action: two runs of one seed that print the same one did the same
    int done = 0;
    QSet<QString> areasSeen;
    std::set<int> wizardPagesSeen;
    for (; done < events && clock.elapsed() < kHangLimitMs && g_problems.isEmpty(); ++done) {
        monkey.noteDownButtons();
        last = monkey.act();
        trail = digest(last, trail);
        if (qEnvironmentVariableIsSet("CALFATLAS_MONKEY_LOG"))
            std::fprintf(stderr, "%d %s\n", done, qPrintable(last));
        monkey.dismissModal();
        monkey.settle();
        if (!window.isVisible())
            window.show();
        areasSeen.insert(window.currentArea());
        if (window.currentArea() == QLatin1String("selftest"))
            wizardPagesSeen.insert(
                qobject_cast<SelfTestArea *>(window.areaPage(window.currentArea()))->wizard()->currentId());
        if (done % 25 == 0)
            QTest::qWait(1); // let timers, deferred layouts and the diagram's background renders run
        else
            QCoreApplication::processEvents();
    }
    QTest::qWait(50);
    dismisser.stop();
    qInstallMessageHandler(g_previousHandler);

    EXPECT_TRUE(g_problems.isEmpty()) << "CALFATLAS_MONKEY_SEED=" << seed << " CALFATLAS_MONKEY_EVENTS=" << done
                                      << " replays it; the last event was: " << last.toStdString() << "\n"
                                      << g_problems.join(QLatin1Char('\n')).toStdString();
    // Only a hang gets here: however slow the machine, the events are the same and finish well inside it.
    EXPECT_TRUE(!g_problems.isEmpty() || done == events)
        << "the monkey stopped after " << done << " of " << events << " events: the app hangs or is far too slow "
        << "(CALFATLAS_MONKEY_SEED=" << seed << " CALFATLAS_MONKEY_EVENTS=" << done
        << ", last event: " << last.toStdString() << ")";
    QStringList pages;
    for (int page : wizardPagesSeen)
        pages.append(QString::number(page));
    std::printf("monkey: %d events in %.1f s, %d areas, self-test pages %s, trail %llx\n", done,
                double(clock.elapsed()) / 1000.0, int(areasSeen.size()), qPrintable(pages.join(QLatin1Char(' '))),
                static_cast<unsigned long long>(trail));
    // The run is worth something only if it went everywhere; with a fixed seed and number of events that
    // does not depend on the machine's speed.
    if (g_problems.isEmpty() && done >= kEventsForFullCoverage) {
        EXPECT_EQ(areasSeen.size(), window.areaIds().size()) << "seed " << seed;
        EXPECT_GE(wizardPagesSeen.size(), 5u) << "seed " << seed;
    }
    std::fflush(stdout);
}

} // namespace
