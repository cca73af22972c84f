// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/knowledgebase.h"

#include <QTextBrowser>

namespace calfatlas::app {

// Everything the knowledge base says about the selected structure, section by section, each fact with
// its sources (hover a source for its full citation, click it to jump to the list at the end).
class InfoPanel : public QTextBrowser {
    Q_OBJECT

public:
    InfoPanel(const anatomy::KnowledgeBase *base, const References *references, QWidget *parent = nullptr);

    void showStructure(const QString &id); // empty: the invitation to pick one
    QString structureId() const { return m_id; }

    static QString sectionTitle(anatomy::Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html() const;
    QString emptyHtml() const;
    QString sourcesHtml(const QStringList &keys) const;

    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    QString m_id;
};

} // namespace calfatlas::app
