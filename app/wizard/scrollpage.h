// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QVBoxLayout;
class QLabel;
class QScrollArea;

namespace calfatlas::app {

class SelfTestWizard;

// A wizard page whose contents scroll, so nothing is clipped at 200 % scaling or in a small window.
class ScrollPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ScrollPage(SelfTestWizard *wizard);

    // Puts the page back as it was before any answer (for "start again").
    virtual void reset() {}

    // "Step 3 of 7", above the title.
    void setProgress(const QString &text);
    QString progress() const;
    // Where the keyboard starts on this page: its first unanswered question, or the page itself (so that
    // the arrow and page keys scroll it and Tab goes on to its first control). Scrolls it into view.
    void focusFirstQuestion();
    void scrollToTop();

protected:
    // The first question still to answer, if any.
    virtual QWidget *firstUnanswered() const { return nullptr; }

    // The page's title in large type, and a one-line subtitle under it.
    void setHeading(const QString &title, const QString &subtitle);
    QVBoxLayout *body() const { return m_body; }
    SelfTestWizard *selfTest() const { return m_wizard; }
    QLabel *addParagraph(const QString &text, bool muted = false);
    void addSourceLine(const QStringList &keys);

private:
    SelfTestWizard *m_wizard;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace calfatlas::app
