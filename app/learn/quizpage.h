// SPDX-License-Identifier: MIT
#pragma once

#include "learn/quiz.h"
#include "learn/quizsession.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

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

class ChoiceButton;
class DiagramView;

// The quizzes: find structures on the diagram with the labels hidden, multiple choice on attachments and actions,
// "which test, which muscle", and questions from the links between structures. One try per question, the right
// answer explained after it, a score, and the missed questions offered again. The quiz number is the seed, so the
// same number replays the same quiz.
class QuizPage : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Click, Attachments, Tests, Links };

    QuizPage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
             QWidget *parent = nullptr);

    // Starts a quiz of `count` questions (fewer if the data has fewer) with the given quiz number.
    void start(Mode mode, int count, quint32 seed);
    const learn::QuizSession &session() const { return m_session; }
    DiagramView *diagram() const { return m_diagram; }
    QList<ChoiceButton *> choiceButtons() const { return m_choices; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *retryButton() const { return m_retry; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *modeBox() const { return m_mode; }
    QLabel *feedback() const { return m_feedback; }
    QLabel *scoreLabel() const { return m_score; }
    // How many questions a mode can ask.
    int available(Mode mode) const;

signals:
    void referenceRequested(const QString &key);
    void showStructureRequested(const QString &id);

private:
    QWidget *buildSetup();
    QWidget *buildQuestion();
    QWidget *buildSummary();
    QLabel *linkLabel(QWidget *parent);
    void play(learn::QuizSession session);
    void showQuestion();
    void answer(const QString &choice);
    void advance();
    void showSummary();
    void updateCountRange();
    QString nameOf(const QString &id) const;

    const learn::LearnContent *m_content;
    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    learn::QuizGenerator m_generator;
    QStringList m_clickable; // structures on the quiz plate
    learn::QuizSession m_session;
    Mode m_playing = Mode::Attachments;

    QComboBox *m_mode = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_start = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_prompt = nullptr;
    QBoxLayout *m_column = nullptr;
    DiagramView *m_diagram = nullptr;
    QWidget *m_choiceBox = nullptr;
    QList<ChoiceButton *> m_choices;
    QLabel *m_feedback = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_missed = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace calfatlas::app
