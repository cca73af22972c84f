#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace calfatlas::app {

// A question with a few exclusive answers (radio buttons), each answer with an optional line explaining
// it, and an optional "why we ask" line. Arrow keys move between answers; every button has an accessible
// name that includes the question.
class ChoiceGroup : public QWidget {
    Q_OBJECT

public:
    struct Option {
        QString id;
        QString label;
        QString description; // may be empty
    };

    ChoiceGroup(const QString &question, const QList<Option> &options, QWidget *parent = nullptr,
                Qt::Orientation orientation = Qt::Vertical);

    void setWhy(const QString &why);
    QString selected() const; // empty when unanswered
    void select(const QString &id);
    void clear();
    bool isAnswered() const { return !selected().isEmpty(); }
    QString question() const { return m_question; }

signals:
    void changed(const QString &id);

private:
    QString m_question;
    QButtonGroup *m_buttons = nullptr;
    QLabel *m_why = nullptr;
    QStringList m_ids;
};

} // namespace calfatlas::app
