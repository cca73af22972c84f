// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace calfatlas::app {

// A question with a few exclusive answers (radio buttons), each answer with an optional line explaining
// it, and an optional "why we ask" line. Arrow keys move between answers, and an answer with a key (Y for
// yes, N for no) is chosen by that key too; every button has an accessible name that includes the question.
class ChoiceGroup : public QWidget {
    Q_OBJECT

public:
    struct Option {
        QString id;
        QString label;
        QString description; // may be empty
        QString key = {};    // a letter that chooses this answer while the question has the focus; may be empty
    };

    ChoiceGroup(const QString &question, const QList<Option> &options, QWidget *parent = nullptr,
                Qt::Orientation orientation = Qt::Vertical);

    void setWhy(const QString &why);
    QString selected() const; // empty when unanswered
    void select(const QString &id);
    void clear();
    bool isAnswered() const { return !selected().isEmpty(); }
    QString question() const { return m_question; }
    // Where Tab lands in this question: the chosen answer, or the first one.
    QWidget *focusTarget() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void changed(const QString &id);

private:
    QString m_question;
    QButtonGroup *m_buttons = nullptr;
    QLabel *m_why = nullptr;
    QStringList m_ids;
    QStringList m_keys;
};

} // namespace calfatlas::app
