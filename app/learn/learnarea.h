// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTabWidget;

namespace calfatlas {
class References;
namespace anatomy {
class KnowledgeBase;
}
namespace learn {
class LearnContent;
}
} // namespace calfatlas

namespace calfatlas::app {

class ComparePage;
class NotAdvicePage;
class QuizPage;
class ReferencesPage;
class StudyPage;
class StudyService;
class TourPage;

// The Learn area: the guided tour, soleus versus gastrocnemius, the quizzes, study with spaced repetition, the
// references and what the app is not. A source link in any section opens that source in the References section.
class LearnArea : public QWidget {
    Q_OBJECT

public:
    // `study` is shared with the home page; without one, the area keeps its own in the app's data folder.
    LearnArea(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
              StudyService *study = nullptr, QWidget *parent = nullptr);

    static QStringList sectionIds(); // tour, compare, quiz, study, references, about
    void showSection(const QString &id);
    QString currentSection() const;
    void showReference(const QString &key);

    QTabWidget *tabs() const { return m_tabs; }
    TourPage *tour() const { return m_tour; }
    ComparePage *compare() const { return m_compare; }
    QuizPage *quiz() const { return m_quiz; }
    StudyPage *study() const { return m_study; }
    ReferencesPage *references() const { return m_references; }
    NotAdvicePage *about() const { return m_about; }

signals:
    void showStructureRequested(const QString &id);

private:
    QTabWidget *m_tabs = nullptr;
    TourPage *m_tour = nullptr;
    ComparePage *m_compare = nullptr;
    QuizPage *m_quiz = nullptr;
    StudyPage *m_study = nullptr;
    ReferencesPage *m_references = nullptr;
    NotAdvicePage *m_about = nullptr;
};

} // namespace calfatlas::app
