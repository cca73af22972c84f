// SPDX-License-Identifier: MIT
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
    // The result of the tests; the page after a warning sign to be seen today or soon; and the emergency
    // page, which says whom to call and why, and nothing else.
    enum class Kind { Result, Care, Emergency };
    ResultPage(SelfTestWizard *wizard, Kind kind);

    // The result is computed from the answers each time the page is reached, and thrown away when the
    // person goes back: nothing on it survives from an earlier visit.
    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

    // Asks to save the result shown; true once it is saved.
    bool save();
    bool isSaved() const { return m_savedId != 0; }
    void setSaveOutcome(bool saved, const QString &message, qint64 savedId);

private:
    void clear();

    Kind m_kind;
    qint64 m_savedId = 0;
    QWidget *m_legs = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr; // to the saved entry, once saved
    QLabel *m_status = nullptr;
};

} // namespace calfatlas::app
