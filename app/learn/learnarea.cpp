// SPDX-License-Identifier: MIT
#include "learnarea.h"

#include "comparepage.h"
#include "learn/learncontent.h"
#include "learn/studystore.h"
#include "notadvicepage.h"
#include "quizpage.h"
#include "referencespage.h"
#include "studypage.h"
#include "studyservice.h"
#include "tourpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace calfatlas::app {

QStringList LearnArea::sectionIds()
{
    return {QStringLiteral("tour"),  QStringLiteral("compare"),    QStringLiteral("quiz"),
            QStringLiteral("study"), QStringLiteral("references"), QStringLiteral("about")};
}

LearnArea::LearnArea(const learn::LearnContent *content, const anatomy::KnowledgeBase *base,
                     const References *references, StudyService *study, QWidget *parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("learnSections"));
    m_tabs->setDocumentMode(true);
    m_tour = new TourPage(content, base, references, m_tabs);
    m_compare = new ComparePage(content, base, references, m_tabs);
    m_quiz = new QuizPage(content, base, references, m_tabs);
    if (!study)
        study = new StudyService(base, content, learn::StudyStore::defaultFolder(), this);
    m_study = new StudyPage(study, references, m_tabs);
    m_references = new ReferencesPage(references, m_tabs);
    m_about = new NotAdvicePage(content->about(), references, m_tabs);
    const struct {
        QWidget *page;
        QString title;
        QString tip;
    } sections[] = {
        {m_tour, tr("Guided tour"), tr("The calf in short steps, shown on the diagram")},
        {m_compare, tr("Soleus vs gastrocnemius"), tr("The two calf muscles side by side")},
        {m_quiz, tr("Quiz"), tr("Find structures on the diagram and answer questions")},
        {m_study, tr("Study"), tr("Today's cards, spaced so that they stay learnt")},
        {m_references, tr("References"), tr("Every source, with its full citation")},
        {m_about, tr("Not medical advice"), tr("What the self-test is and is not")},
    };
    for (const auto &section : sections) {
        const int index = m_tabs->addTab(section.page, section.title);
        m_tabs->setTabToolTip(index, section.tip);
    }
    // The tallest section must not make the whole window too tall for a small laptop: the tabs take the
    // room they are given, and each section fits itself to it (its text scrolls).
    m_tabs->setMinimumSize(480, 360);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tour, &TourPage::referenceRequested, this, &LearnArea::showReference);
    connect(m_compare, &ComparePage::referenceRequested, this, &LearnArea::showReference);
    connect(m_quiz, &QuizPage::referenceRequested, this, &LearnArea::showReference);
    connect(m_study, &StudyPage::referenceRequested, this, &LearnArea::showReference);
    connect(m_about, &NotAdvicePage::referenceRequested, this, &LearnArea::showReference);
    connect(m_tour, &TourPage::showStructureRequested, this, &LearnArea::showStructureRequested);
    connect(m_quiz, &QuizPage::showStructureRequested, this, &LearnArea::showStructureRequested);
}

void LearnArea::showSection(const QString &id)
{
    const qsizetype index = sectionIds().indexOf(id);
    if (index >= 0)
        m_tabs->setCurrentIndex(int(index));
}

QString LearnArea::currentSection() const
{
    return sectionIds().value(m_tabs->currentIndex());
}

void LearnArea::showReference(const QString &key)
{
    if (!m_references->knows(key))
        return;
    // Shown first, so that the page scrolls now rather than whenever it next appears.
    m_tabs->setCurrentWidget(m_references);
    m_references->showReference(key);
}

} // namespace calfatlas::app
