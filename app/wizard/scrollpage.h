#pragma once

#include <QWizardPage>

class QVBoxLayout;
class QLabel;

namespace calfatlas::app {

class SelfTestWizard;

// A wizard page whose contents scroll, so nothing is clipped at 200 % scaling or in a small window.
class ScrollPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ScrollPage(SelfTestWizard *wizard);

    // Puts the page back as it was before any answer (for "start again").
    virtual void reset() {}

protected:
    // The page's title in large type, and a one-line subtitle under it.
    void setHeading(const QString &title, const QString &subtitle);
    QVBoxLayout *body() const { return m_body; }
    SelfTestWizard *selfTest() const { return m_wizard; }
    QLabel *addParagraph(const QString &text, bool muted = false);
    void addSourceLine(const QStringList &keys);

private:
    SelfTestWizard *m_wizard;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace calfatlas::app
