// SPDX-License-Identifier: MIT
#include "handbook.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calfatlas::app {

namespace {

void showPage(QWidget *parent, const QString &title, const QString &html, const QString &name)
{
    QDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(false);
    text->setHtml(html);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

QString section(const QString &heading, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html;
}

} // namespace

QString Handbook::html()
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("CalfAtlas Handbook").toHtmlEscaped());
    html += section(tr("Home"), {tr("Home shows what is next: the plan's next session or the morning question, "
                                    "your last self-test and your last measurements. A first visit shows where to "
                                    "start: the atlas for students, the self-test for runners.")});
    html += section(tr("Explore"), {tr("Point at a structure to name it, click it to read its origin, insertion, "
                                       "nerve and fibre types with their sources. Peel the layers with [ and ], zoom "
                                       "with + and − and reset with 0. Search finds a structure and peels to it.")});
    html += section(tr("Self-test"),
                    {tr("The self-test asks about warning signs first: any sign that needs care ends the test with "
                        "whom to call and why. Then where it hurts, and the two stretches: the bent-knee bench test "
                        "and the straight-knee wall test. The result says which muscle is the likelier source, how "
                        "sure it is, and what to do. It is not a diagnosis.")});
    html += section(
        tr("Recovery"),
        {tr("The plan back to running moves with your pain: rate each session from 0 to 10, and the next "
            "morning say whether the calf is better, the same or worse. Each session starts with a short "
            "safety check. Running, and later full training, wait for your heel-raise and knee-to-wall "
            "results."),
         tr("The heel-raise test counts single-leg raises to a metronome; knee-to-wall measures how far "
            "from the wall the foot can stand while the knee still touches it. Each result says whether a change is "
            "real or within measurement error.")});
    html += section(tr("Movement and Learn"),
                    {tr("Movement bends a model knee and ankle and shows how long each calf muscle gets. Learn has a "
                        "guided tour, the two muscles side by side, quizzes and every source.")});
    html += section(tr("History"), {tr("Your self-tests, measurements and plan log stay on this computer, readable by "
                                       "you alone. Export them as a PDF for a clinician, or as CSV or JSON.")});
    return html;
}

QString Handbook::shortcutsHtml()
{
    const QList<std::pair<QString, QString>> keys{
        {tr("Ctrl+1 … Ctrl+7"), tr("Go to an area (Home, Explore, Self-test, Recovery, Movement, History, Learn)")},
        {tr("F1"), tr("This handbook")},
        {tr("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo and redo, where an area can (History)")},
        {tr("Ctrl+Q"), tr("Quit")},
        {tr("[ and ]"), tr("Explore: peel a layer away, or put it back")},
        {tr("+, − and 0"), tr("Explore: zoom in, zoom out, fit the plate")},
        {tr("Ctrl+E, Ctrl+P"), tr("Explore: export the plate, print it")},
        {tr("Arrow keys, Space"), tr("Self-test: move between places on the leg, choose one")},
        {tr("Space, Escape"), tr("Heel-raise test: stop the count, cancel")},
        {tr("1 to 4"), tr("Quiz: choose an answer")},
        {tr("Ctrl+E, Ctrl+P, Ctrl+S"), tr("History: export as PDF, print, save the note")},
    };
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding='4'>").arg(tr("Keyboard shortcuts").toHtmlEscaped());
    for (const auto &[key, what] : keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void Handbook::show(QWidget *parent)
{
    showPage(parent, tr("CalfAtlas Handbook"), html(), QStringLiteral("handbook"));
}

void Handbook::showShortcuts(QWidget *parent)
{
    showPage(parent, tr("Keyboard shortcuts"), shortcutsHtml(), QStringLiteral("shortcuts"));
}

} // namespace calfatlas::app
