// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/plate.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QToolButton;

namespace calfatlas {
class References;
namespace anatomy {
class KnowledgeBase;
}
} // namespace calfatlas

namespace calfatlas::app {

class DiagramView;
class InfoPanel;

// The Explore area: the plates of the lower leg with peel, labels, zoom and search, and the info panel.
class ExplorerPage : public QWidget {
    Q_OBJECT

public:
    // One plate the student can switch to.
    struct View {
        QString id; // "posterior", "lateral", "cross-section"
        QString title;
        QString resource;
        QStringList orientation; // top, right, bottom, left
        QKeySequence shortcut;
    };
    static QList<View> builtInViews();

    ExplorerPage(const anatomy::KnowledgeBase *base, const References *references, QList<View> views,
                 QWidget *parent = nullptr);

    DiagramView *diagram() const { return m_diagram; }
    InfoPanel *infoPanel() const { return m_info; }
    QString currentView() const;
    void showView(const QString &viewId);
    // Selects a structure, switching view and peeling as needed so it is in sight.
    bool selectStructure(const QString &id);
    // Shows or hides the labels, keeping the toolbar's Labels button in step.
    void setLabelsVisible(bool visible);
    // For a page that embeds the atlas beside its own panel: the toolbar keeps views, layers and labels only
    // (the wheel, the keys and pinching still zoom).
    void setCompactToolbar();
    // For a page whose own words take the info panel's place.
    void setInfoPanelVisible(bool visible);

signals:
    void structureSelected(const QString &id);

private:
    QWidget *buildToolbar();
    void addViewButtons(QWidget *bar, QHBoxLayout *row);
    void addPeelControls(QWidget *bar, QHBoxLayout *row);
    void addDisplayTools(QWidget *bar, QHBoxLayout *row);
    void addSearch(QWidget *bar, QHBoxLayout *row);
    void peelChanged(int peeled);
    void searchFor(const QString &text);

    const anatomy::KnowledgeBase *m_base;
    QList<View> m_views;
    QList<anatomy::Plate> m_plates;
    int m_current = -1;
    DiagramView *m_diagram = nullptr;
    InfoPanel *m_info = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QSlider *m_peel = nullptr;
    QLabel *m_peelLabel = nullptr;
    QToolButton *m_labels = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QList<QWidget *> m_optionalTools;
};

} // namespace calfatlas::app
