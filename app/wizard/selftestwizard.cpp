#include "selftestwizard.h"

#include "shell/textwidgets.h"

#include "aboutpage.h"
#include "assessment/engine.h"
#include "intropage.h"
#include "measurepage.h"
#include "resultpage.h"
#include "safetypage.h"
#include "testpage.h"

#include <QAbstractButton>
#include <QLayout>
#include <QMessageBox>
#include <QMetaMethod>
#include <QTimer>

namespace calfatlas::app {

using namespace calfatlas::assessment;

SelfTestWizard::SelfTestWizard(const SelfTestContent *content, const References *references, QWidget *parent)
    : QWizard(parent), m_content(content), m_references(references)
{
    setObjectName(QStringLiteral("selfTest"));
    setWizardStyle(QWizard::ClassicStyle);
    // Pages keep their answers when the person goes back and forth; legs are re-synchronised below.
    setOptions(QWizard::IndependentPages | QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoDefaultButton);
    setTitleFormat(Qt::RichText);
    setSubTitleFormat(Qt::RichText);
    setButtonText(QWizard::CancelButton, tr("Discard answers"));
    setButtonText(QWizard::FinishButton, tr("Done"));

    setPage(Intro, new IntroPage(this));
    m_safety = new SafetyPage(this);
    setPage(Safety, m_safety);
    m_care = new ResultPage(this, ResultPage::Kind::Care);
    setPage(Care, m_care);
    m_about = new AboutPage(this);
    setPage(About, m_about);
    m_bench = new TestPage(this, QStringLiteral("bench"), Wall);
    setPage(Bench, m_bench);
    m_wall = new TestPage(this, QStringLiteral("wall"), Measure);
    setPage(Wall, m_wall);
    m_measure = new MeasurePage(this);
    setPage(Measure, m_measure);
    m_result = new ResultPage(this, ResultPage::Kind::Result);
    setPage(Result, m_result);
    setStartId(Intro);

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == Bench || id == Wall || id == Measure) {
            const std::vector<LegAnswers> legs = legsFor(m_about->legChoice());
            m_bench->setLegs(legs);
            m_wall->setLegs(legs);
            m_measure->setLegs(legs);
        }
    });
    connect(this, &QWizard::finished, this, [this] { startAgain(); });
}

QString SelfTestWizard::sourcesHtml(const QStringList &keys) const
{
    return app::sourcesHtml(*m_references, keys);
}

SelfTestAnswers SelfTestWizard::answers() const
{
    SelfTestAnswers all;
    all.redFlags = m_safety->redFlags();
    all.context = m_about->context();
    all.legs = legsFor(m_about->legChoice());
    for (LegAnswers &leg : all.legs) {
        leg.bench = m_bench->rating(leg.side);
        leg.wall = m_wall->rating(leg.side);
        leg.kneeToWallCm = m_measure->distanceCm(leg.side);
    }
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
    static const QHash<QString, int> steps{{QStringLiteral("safety"), Safety},
                                           {QStringLiteral("about"), About},
                                           {QStringLiteral("bench"), Bench},
                                           {QStringLiteral("wall"), Wall},
                                           {QStringLiteral("measure"), Measure}};
    const int target = steps.value(step, Intro);
    // Walk forward through the pages, stopping where an answer is still missing: no step is skipped unsafely.
    // A page with nothing after it (the result, the care page) ends the walk.
    while (currentId() != target && currentId() != -1 && currentPage() && currentPage()->isComplete() &&
           currentPage()->nextId() != Care && currentPage()->nextId() != -1 && currentId() < target)
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

void SelfTestWizard::setSaveOutcome(bool saved, const QString &message)
{
    (currentId() == Care ? m_care : m_result)->setSaveOutcome(saved, message);
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
