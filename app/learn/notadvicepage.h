// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

#include "anatomy/structure.h"

namespace calfatlas {
class References;
}

namespace calfatlas::app {

// "Not medical advice": what the self-test is and is not, when to get care instead, with sources.
class NotAdvicePage : public QTextBrowser {
    Q_OBJECT

public:
    NotAdvicePage(const QList<anatomy::Fact> &paragraphs, const References *references, QWidget *parent = nullptr);

signals:
    void referenceRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString html() const;

    QList<anatomy::Fact> m_paragraphs;
    const References *m_references;
};

} // namespace calfatlas::app
