// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/knowledgebase.h"
#include "anatomy/trail.h"

#include <QTextBrowser>

class QToolButton;

namespace calfatlas::app {

// Everything the knowledge base says about the selected structure, section by section, each fact with its
// sources (hover a source for its full citation, click it to jump to the list at the end), its standard
// identifiers, and every structure it links to or that links to it as a link of its own: clicking one opens
// it, and Back and Forward (Alt+Left, Alt+Right) walk the trail of what was opened, like an atlas one browses.
class InfoPanel : public QTextBrowser {
    Q_OBJECT

public:
    InfoPanel(const anatomy::KnowledgeBase *base, const References *references, QWidget *parent = nullptr);

    // Shows a structure and adds it to the trail; empty: the invitation to pick one.
    void showStructure(const QString &id);
    QString structureId() const { return m_id; }
    const anatomy::Trail &trail() const { return m_trail; }
    QToolButton *backButton() const { return m_back; }
    QToolButton *forwardButton() const { return m_forward; }

    void goBack();
    void goForward();

    static QString sectionTitle(anatomy::Section section);

signals:
    // A structure was opened from the panel itself (a link, Back or Forward), for the plate to select it.
    void structureOpened(const QString &id);
    // The pointer is over a link to a structure (empty when it leaves), for the plate to show where it is.
    void structureHovered(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void display(const QString &id);
    void open(const QString &id);
    void updateTrailButtons();
    QString html() const;
    QString emptyHtml() const;
    QString sourcesHtml(const QStringList &keys) const;
    QString linkHtml(const QString &id) const;
    QString linksHtml(const anatomy::Structure &s, anatomy::Section section) const;
    QString backlinksHtml(const anatomy::Structure &s) const;
    QString identifiersHtml(const anatomy::Structure &s) const;

    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    QString m_id;
    anatomy::Trail m_trail;
    bool m_pointing = false; // a structure's link is under the pointer
    QWidget *m_bar = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
};

} // namespace calfatlas::app
