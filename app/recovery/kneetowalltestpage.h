// SPDX-License-Identifier: MIT
#pragma once

#include "heelraisepage.h"

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;

namespace calfatlas::app {

// Knee-to-wall on its own: both legs in cm or inches, judged for the left-right difference (2 cm), the
// asymmetry (10 %) and the change since the last saved measurement (2 cm), then saved.
class KneeToWallTestPage : public QWidget {
    Q_OBJECT

public:
    KneeToWallTestPage(const References *references, PreviousProvider previous, QWidget *parent = nullptr);

    std::optional<measure::Judgement> judgement() const { return m_judgement; }
    void setSaveOutcome(bool saved, const QString &message);

signals:
    void saveRequested(measure::Test test, std::optional<double> left, std::optional<double> right,
                       std::optional<measure::Sex> sex);

private:
    QLayout *makeProtocol();
    QWidget *makeEntryCard();
    void update();

    const References *m_references;
    PreviousProvider m_previous;
    std::optional<measure::Judgement> m_judgement;
    QLineEdit *m_left = nullptr;
    QLineEdit *m_right = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_resultBox = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace calfatlas::app
