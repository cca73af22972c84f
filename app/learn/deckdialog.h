// SPDX-License-Identifier: MIT
#pragma once

#include "learn/studycards.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace calfatlas {
class References;
}

namespace calfatlas::app {

// File → Export for Anki…: the study deck as an Anki package with the plate images, or as Anki's plain text;
// how many cards, and where to save it.
class DeckDialog : public QDialog {
    Q_OBJECT

public:
    DeckDialog(const anatomy::KnowledgeBase *base, const learn::LearnContent *content, const References *references,
               QWidget *parent = nullptr);

    QRadioButton *packageButton() const { return m_package; }
    QRadioButton *textButton() const { return m_text; }
    QSpinBox *countBox() const { return m_count; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *resultLabel() const { return m_result; }

private:
    void chooseFile();
    void formatChanged();
    void exportNow();

    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    QList<learn::StudyCard> m_cards;
    QRadioButton *m_package = nullptr;
    QRadioButton *m_text = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace calfatlas::app
