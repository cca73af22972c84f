// SPDX-License-Identifier: MIT
#include "dataproblemsdialog.h"

#include <QMessageBox>

namespace calfatlas::app {

QMessageBox *makeDataProblemsDialog(QWidget *parent, const QStringList &problems)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("dataProblemsDialog"));
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QMessageBox::tr("CalfAtlas data could not be loaded"));
    box->setText(QMessageBox::tr("Part of CalfAtlas's data could not be loaded, so the areas that need it are "
                                 "unavailable. Everything else works as usual."));
    box->setInformativeText(problems.join(QLatin1Char('\n')));
    box->setStandardButtons(QMessageBox::Ok);
    return box;
}

} // namespace calfatlas::app
