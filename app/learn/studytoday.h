// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace calfatlas::app {

class StudyService;

// The home page's word on study: how many cards are waiting today, and the way to them.
class StudyToday : public QWidget {
    Q_OBJECT

public:
    explicit StudyToday(StudyService *study, QWidget *parent = nullptr);

    QLabel *countLabel() const { return m_count; }
    QPushButton *studyButton() const { return m_button; }

signals:
    void studyRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    StudyService *m_study;
    QLabel *m_count = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace calfatlas::app
