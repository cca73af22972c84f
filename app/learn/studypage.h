// SPDX-License-Identifier: MIT
#pragma once

#include "learn/studysession.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace calfatlas {
class References;
}

namespace calfatlas::app {

class ChoiceButton;
class DiagramView;
class StudyService;

// Study: today's cards of the spaced-repetition deck, mixed across kinds. Each card is answered (on the plate or
// by choosing), its answer explained with its sources, and then rated Again, Hard, Good or Easy (keys 1 to 4),
// which sets when it comes back. A summary closes the session.
class StudyPage : public QWidget {
    Q_OBJECT

public:
    StudyPage(StudyService *study, const References *references, QWidget *parent = nullptr);

    const learn::StudySession &session() const { return m_session; }
    QPushButton *startButton() const { return m_start; }
    QSpinBox *newPerDayBox() const { return m_newPerDay; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *promptLabel() const { return m_prompt; }
    DiagramView *diagram() const { return m_diagram; }
    QList<ChoiceButton *> choiceButtons() const { return m_choices; }
    QList<QPushButton *> ratingButtons() const { return m_ratings; }
    QLabel *feedback() const { return m_feedback; }
    QLabel *summary() const { return m_summary; }
    QWidget *currentPage() const;
    // Starts a session on these cards, in this order, whether due or not (the weakest, from the atlas); cards not
    // in the deck are left out.
    void startCards(const QStringList &cardIds);

signals:
    void referenceRequested(const QString &key);
    void showStructureRequested(const QString &id);

private:
    QWidget *buildBar();
    QWidget *buildStart();
    QWidget *buildCard();
    QWidget *buildSummary();
    QWidget *buildRatings(QWidget *parent);
    void refreshStatus();
    void startSession();
    void begin(const QStringList &order);
    void showCard();
    void answer(const QString &choice);
    void rate(int rating);
    void showSummary();
    void pressNumber(int number);

    StudyService *m_study;
    const References *m_references;
    learn::StudySession m_session;

    QSpinBox *m_newPerDay = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_startText = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_prompt = nullptr;
    QBoxLayout *m_column = nullptr;
    DiagramView *m_diagram = nullptr;
    QWidget *m_choiceBox = nullptr;
    QList<ChoiceButton *> m_choices;
    QLabel *m_feedback = nullptr;
    QWidget *m_ratingRow = nullptr;
    QList<QPushButton *> m_ratings;
    QLabel *m_saveProblem = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace calfatlas::app
