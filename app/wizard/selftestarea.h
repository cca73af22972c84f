// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace calfatlas {
class References;
namespace assessment {
class SelfTestContent;
}
} // namespace calfatlas

namespace calfatlas::app {

class SelfTestWizard;

// The Self-test area: the wizard, embedded in the main window rather than shown as a dialog.
class SelfTestArea : public QWidget {
    Q_OBJECT

public:
    SelfTestArea(const assessment::SelfTestContent *content, const References *references, QWidget *parent = nullptr);
    SelfTestWizard *wizard() const { return m_wizard; }

private:
    SelfTestWizard *m_wizard;
};

} // namespace calfatlas::app
