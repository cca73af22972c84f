// SPDX-License-Identifier: MIT
#include "selftestarea.h"

#include "selftestwizard.h"

#include <QVBoxLayout>

namespace calfatlas::app {

SelfTestArea::SelfTestArea(const assessment::SelfTestContent *content, const References *references, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 6); // the wizard's buttons keep clear of the window's edge
    m_wizard = new SelfTestWizard(content, references, this);
    // QDialog makes itself a window whatever its parent: turn it back into a plain child widget.
    m_wizard->setWindowFlags(Qt::Widget);
    layout->addWidget(m_wizard);
    setFocusProxy(m_wizard);
}

} // namespace calfatlas::app
