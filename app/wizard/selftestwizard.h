// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "common/references.h"

#include <QPointer>
#include <QWizard>

#include <vector>

namespace calfatlas::app {

class AboutPage;
class IntroPage;
class MeasurePage;
class ResultPage;
class SafetyPage;
class TestPage;
class WherePage;

// The guided self-test: before you start, the safety screen (any warning sign ends it on the care page),
// about you, where it hurts, the bench and wall tests for each leg that hurts in the calf, the optional knee-to-wall
// measurement, and the result. It asks and shows; every decision comes from the core's assessment engine.
class SelfTestWizard : public QWizard {
    Q_OBJECT

public:
    // In the order of the way through: a page's id is larger than those before it on any path.
    enum PageId { Intro, Emergency, EmergencyCare, Safety, Care, About, Where, Bench, Wall, Measure, Result };

    SelfTestWizard(const assessment::SelfTestContent *content, const References *references, QWidget *parent = nullptr);

    const assessment::SelfTestContent &content() const { return *m_content; }
    const References &references() const { return *m_references; }
    // Source keys as short labels, each with its full citation as a tooltip (rich text).
    QString sourcesHtml(const QStringList &keys) const;

    // What has been answered so far (the legs, red flags, context, ratings and distances).
    assessment::SelfTestAnswers answers() const;
    std::vector<assessment::LegResult> results() const;
    bool hasAnswers() const;

    // Jumps to a step ("about", "where", "bench", "wall", "measure", "safety"), as far as the answers allow.
    void showStep(const QString &step);
    bool canSave() const;

    // The pages on the way from the first page to the end, as the answers so far lead: those visited and
    // those still ahead ("Step 3 of 7").
    QList<int> path() const;

    // Done: when the result on screen has not been saved, asks first whether to save it, then starts again.
    // Never hides the wizard (it lives in the main window, not in a dialog of its own).
    void done(int result) override;

public slots:
    // Clears every answer and goes back to the first page.
    void startAgain();
    // The storage's reply to saveRequested: on failure the answers stay on screen for another try; on
    // success savedId is the new entry, which the page then links to.
    void setSaveOutcome(bool saved, const QString &message, qint64 savedId = 0);
    void reject() override;

signals:
    void showStructureRequested(const QString &structureId);
    void saveRequested(const std::vector<calfatlas::assessment::LegResult> &results);
    // The person asked to see a saved result in the History area.
    void showSavedRequested(qint64 savedId);
    // "Start a plan for this leg" on a result that points to a calf muscle.
    void startPlanRequested(calfatlas::assessment::Side leg);

private:
    // Adds a page, keeping the keyboard focus where the person left it when the page's answers change.
    void addStep(int id, QWizardPage *page);
    void pageShown(int id);
    void updateProgress();
    void orderTabs();
    ResultPage *shownResultPage() const;

    const assessment::SelfTestContent *m_content;
    const References *m_references;
    SafetyPage *m_emergency = nullptr;
    SafetyPage *m_safety = nullptr;
    AboutPage *m_about = nullptr;
    WherePage *m_where = nullptr;
    TestPage *m_bench = nullptr;
    TestPage *m_wall = nullptr;
    MeasurePage *m_measure = nullptr;
    ResultPage *m_result = nullptr;
    ResultPage *m_care = nullptr;
    ResultPage *m_emergencyCare = nullptr;
    QPointer<QWidget> m_focusBeforeUpdate;
};

} // namespace calfatlas::app
