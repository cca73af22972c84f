// SPDX-License-Identifier: MIT
#include "selftestwizard.h"

#include "ui/textwidgets.h"

#include "aboutpage.h"
#include "assessment/engine.h"
#include "intropage.h"
#include "measurepage.h"
#include "resultpage.h"
#include "safetypage.h"
#include "testpage.h"
#include "wherepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLayout>
#include <QMessageBox>
#include <QMetaMethod>

namespace calfatlas::app {

using namespace calfatlas::assessment;

SelfTestWizard::SelfTestWizard(const SelfTestContent *content, const References *references, QWidget *parent)
    : QWizard(parent), m_content(content), m_references(references)
{
    setObjectName(QStringLiteral("selfTest"));
    setWizardStyle(QWizard::ClassicStyle);
    // Pages keep their answers when the person goes back and forth, but not what they derive from them:
    // without IndependentPages, going back cleans up the page left and coming forward initialises it again,
    // so a result is always computed from the answers as they are now. Next is the default button: Enter
    // presses it whenever it is enabled.
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setTitleFormat(Qt::RichText);
    setSubTitleFormat(Qt::RichText);
    setButtonText(QWizard::CancelButton, tr("Discard answers"));
    setButtonText(QWizard::FinishButton, tr("Done"));

    addStep(Intro, new IntroPage(this));
    m_emergency = new SafetyPage(this, SafetyPage::Tier::Emergencies);
    addStep(Emergency, m_emergency);
    m_emergencyCare = new ResultPage(this, ResultPage::Kind::Emergency);
    addStep(EmergencyCare, m_emergencyCare);
    m_safety = new SafetyPage(this, SafetyPage::Tier::Others);
    addStep(Safety, m_safety);
    m_care = new ResultPage(this, ResultPage::Kind::Care);
    addStep(Care, m_care);
    m_about = new AboutPage(this);
    addStep(About, m_about);
    m_where = new WherePage(this, Bench, Result);
    addStep(Where, m_where);
    m_bench = new TestPage(this, QStringLiteral("bench"), Wall);
    addStep(Bench, m_bench);
    m_wall = new TestPage(this, QStringLiteral("wall"), Measure);
    addStep(Wall, m_wall);
    m_measure = new MeasurePage(this);
    addStep(Measure, m_measure);
    m_result = new ResultPage(this, ResultPage::Kind::Result);
    addStep(Result, m_result);
    setStartId(Intro);

    connect(this, &QWizard::currentIdChanged, this, &SelfTestWizard::pageShown);
}

void SelfTestWizard::addStep(int id, QWizardPage *page)
{
    // QWizard hides and shows its page area while it updates its buttons after completeChanged, and hiding
    // a widget that holds the focus passes the focus on (to the main window's sidebar). The connections
    // around QWizard's own one put the focus back where the person was typing or choosing.
    connect(page, &QWizardPage::completeChanged, this, [this] { m_focusBeforeUpdate = QApplication::focusWidget(); });
    setPage(id, page);
    connect(page, &QWizardPage::completeChanged, this, [this] {
        QWidget *focus = m_focusBeforeUpdate;
        m_focusBeforeUpdate = nullptr;
        if (focus && focus != QApplication::focusWidget() && focus->isVisible() && isAncestorOf(focus))
            focus->setFocus(Qt::OtherFocusReason);
        updateProgress();
    });
}

void SelfTestWizard::pageShown(int id)
{
    if (id == Where)
        m_where->setLegs(legsFor(m_about->legChoice()));
    if (id == Bench || id == Wall || id == Measure) {
        // Only the legs that hurt in the calf muscles, or cannot say where, are tested.
        const std::vector<LegAnswers> legs = legsToTest(m_where->legs());
        m_bench->setLegs(legs);
        m_wall->setLegs(legs);
        m_measure->setLegs(legs, legsFor(m_about->legChoice()).size() == 1);
        const bool gentle = m_about->context().suddenOnset.value_or(false);
        m_bench->setGentle(gentle);
        m_wall->setGentle(gentle);
    }
    updateProgress();
    orderTabs();
    if (auto *page = qobject_cast<ScrollPage *>(currentPage()))
        page->focusFirstQuestion();
}

QList<int> SelfTestWizard::path() const
{
    QList<int> ids = visitedIds();
    if (ids.isEmpty() || ids.last() != currentId())
        ids.append(currentId());
    // The pages ahead, as the answers given so far lead (a warning sign leads to the care page).
    for (int id = currentPage() ? currentPage()->nextId() : -1; id != -1 && !ids.contains(id); id = page(id)->nextId())
        ids.append(id);
    return ids;
}

void SelfTestWizard::updateProgress()
{
    const QList<int> steps = path();
    const qsizetype at = steps.indexOf(currentId());
    if (auto *page = qobject_cast<ScrollPage *>(currentPage()); page && at >= 0)
        page->setProgress(tr("Step %1 of %2").arg(at + 1).arg(steps.size()));
}

namespace {

// The widgets under `parent` that can take the focus, in the order they were made in each parent: the
// reading order of the wizard's pages, which are built from top to bottom.
void collectFocusable(QWidget *parent, QList<QWidget *> &out)
{
    for (QObject *child : parent->children()) {
        auto *widget = qobject_cast<QWidget *>(child);
        if (!widget || widget->isWindow())
            continue;
        if (widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy())
            out.append(widget);
        collectFocusable(widget, out);
    }
}

} // namespace

// Reading order for Tab: the page's questions first, then the wizard's buttons. Left alone, Qt puts the
// wizard's buttons straight after the page frame, and rows a page adds later at the end of the window.
void SelfTestWizard::orderTabs()
{
    QWidget *page = currentPage();
    if (!page)
        return;
    QList<QWidget *> chain;
    collectFocusable(page, chain);
    for (WizardButton which : {BackButton, NextButton, FinishButton, CancelButton})
        chain.append(button(which));
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QString SelfTestWizard::sourcesHtml(const QStringList &keys) const
{
    return app::sourcesHtml(*m_references, keys);
}

SelfTestAnswers SelfTestWizard::answers() const
{
    SelfTestAnswers all;
    all.redFlags = m_emergency->redFlags();
    for (RedFlag flag : m_safety->redFlags())
        all.redFlags.push_back(flag);
    all.clotRisk = m_safety->clotRisk();
    all.restPain = m_safety->restPain();
    all.context = m_about->context();
    all.legs = legsFor(m_about->legChoice());
    for (LegAnswers &leg : all.legs) {
        leg.where = m_where->where(leg.side);
        // A leg that hurts outside the calf muscles was not tested: ratings from an earlier answer stay out.
        if (legsToTest({leg}).empty())
            continue;
        leg.bench = m_bench->rating(leg.side);
        leg.wall = m_wall->rating(leg.side);
        leg.kneeToWallCm = m_measure->distanceCm(leg.side);
    }
    if (all.legs.size() == 1)
        all.otherLegKneeToWallCm = m_measure->otherLegCm();
    return all;
}

std::vector<LegResult> SelfTestWizard::results() const
{
    const SelfTestAnswers all = answers();
    for (const Answers &leg : answersPerLeg(all)) {
        if (problemWith(leg))
            return {};
    }
    return assessSelfTest(all, *m_content);
}

bool SelfTestWizard::hasAnswers() const
{
    return currentId() != Intro && currentId() != -1;
}

bool SelfTestWizard::canSave() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&SelfTestWizard::saveRequested));
}

void SelfTestWizard::showStep(const QString &step)
{
    static const QHash<QString, int> steps{
        {QStringLiteral("safety"), Safety},  {QStringLiteral("emergency"), Emergency}, {QStringLiteral("about"), About},
        {QStringLiteral("where"), Where},    {QStringLiteral("bench"), Bench},         {QStringLiteral("wall"), Wall},
        {QStringLiteral("measure"), Measure}};
    const int target = steps.value(step, Intro);
    // Walk forward through the pages, stopping where an answer is still missing: no step is skipped unsafely.
    // A page with nothing after it (the result, the care page) ends the walk.
    while (currentId() != target && currentId() != -1 && currentPage() && currentPage()->isComplete() &&
           currentPage()->nextId() != Care && currentPage()->nextId() != EmergencyCare &&
           currentPage()->nextId() != -1 && currentId() < target)
        next();
}

void SelfTestWizard::startAgain()
{
    for (int id : pageIds()) {
        if (auto *page = qobject_cast<ScrollPage *>(this->page(id)))
            page->reset();
    }
    restart();
}

void SelfTestWizard::setSaveOutcome(bool saved, const QString &message, qint64 savedId)
{
    if (ResultPage *page = shownResultPage())
        page->setSaveOutcome(saved, message, savedId);
}

ResultPage *SelfTestWizard::shownResultPage() const
{
    if (currentId() == EmergencyCare)
        return m_emergencyCare;
    if (currentId() == Care)
        return m_care;
    if (currentId() == Result)
        return m_result;
    return nullptr;
}

void SelfTestWizard::done(int result)
{
    if (result != QDialog::Accepted) {
        reject();
        return;
    }
    ResultPage *page = shownResultPage();
    // The emergency page asks nothing more: the person has a call to make.
    if (page && page != m_emergencyCare && canSave() && !page->isSaved()) {
        QMessageBox ask(QMessageBox::Question, tr("Save this result?"), tr("Save this result to your history?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setInformativeText(tr("Saved results can be compared later in History. A result you do not save is "
                                  "gone once you start again."));
        ask.button(QMessageBox::Discard)->setText(tr("Don't save"));
        ask.setDefaultButton(QMessageBox::Save);
        const int answer = ask.exec();
        if (answer == QMessageBox::Cancel || answer == QMessageBox::NoButton)
            return;
        // A save that fails keeps the result on screen, with the reason, for another try.
        if (answer == QMessageBox::Save && !page->save())
            return;
    }
    startAgain();
}

// Escape or "Discard answers" asks first, and never closes the area: discarding starts again.
void SelfTestWizard::reject()
{
    if (!hasAnswers()) {
        startAgain();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Discard your answers?"),
                                              tr("Your answers to the self-test will be cleared and it starts again "
                                                 "from the beginning."),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        startAgain();
}

} // namespace calfatlas::app
