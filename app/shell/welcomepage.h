// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace calfatlas::app {

// The landing page: what CalfAtlas is for, one card for students and one for runners.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    enum class Audience { Students, Runners };

    explicit WelcomePage(QWidget *parent = nullptr);

    // Puts a button on a card that takes the person to the matching area.
    void addCardButton(Audience audience, const QString &text, std::function<void()> onClicked);
    // Puts the "today" panel under the title, above what CalfAtlas is for.
    void setToday(QWidget *panel);

private:
    QWidget *makeCard(Audience audience, const QString &title, const QString &text);

    QVBoxLayout *m_column = nullptr;
    QVBoxLayout *m_studentButtons = nullptr;
    QVBoxLayout *m_runnerButtons = nullptr;
};

} // namespace calfatlas::app
