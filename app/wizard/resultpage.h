#pragma once

#include "scrollpage.h"

class QLabel;
class QPushButton;

namespace calfatlas::app {

// Step 7, the result for each leg — or, after a warning sign, the page that says to see a clinician and
// how soon. Both end with: save to the history, copy as text, start again.
class ResultPage : public ScrollPage {
    Q_OBJECT

public:
    enum class Kind { Result, Care };
    ResultPage(SelfTestWizard *wizard, Kind kind);

    void initializePage() override;
    int nextId() const override { return -1; }
    void setSaveOutcome(bool saved, const QString &message);

private:
    Kind m_kind;
    QWidget *m_legs = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace calfatlas::app
