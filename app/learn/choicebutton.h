// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

class QLabel;

namespace calfatlas::app {

// One answer of a multiple-choice question: a numbered button whose text wraps, marked right or wrong once tried.
class ChoiceButton : public QPushButton {
    Q_OBJECT

public:
    enum class Verdict { None, Right, Wrong };

    ChoiceButton(int number, QWidget *parent = nullptr);
    void setChoice(const QString &text);
    QString choice() const { return m_choice; }
    void setVerdict(Verdict verdict);
    Verdict verdict() const { return m_verdict; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel *m_number = nullptr;
    QLabel *m_text = nullptr;
    QString m_choice;
    int m_index;
    Verdict m_verdict = Verdict::None;
};

} // namespace calfatlas::app
