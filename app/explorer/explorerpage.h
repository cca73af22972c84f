// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/plate.h"
#include "platehandout.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
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
        // For a slice: the edge words when it is mirrored as a CT or MRI scan shows it (seen from below); empty
        // when the view cannot be shown so.
        QStringList scanOrientation;
        // A slice is not peeled: every structure in it lies in the cut, in sight at once.
        bool peelable = true;
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
    // Lights a structure up on the plate as the pointer would, for its name hovered elsewhere (a search result,
    // a link, a list); an id or a name, empty to clear.
    void highlightStructure(const QString &idOrName);
    // Shows or hides the labels, keeping the toolbar's Labels button in step.
    void setLabelsVisible(bool visible);
    // For a page that embeds the atlas beside its own panel: the toolbar keeps views, layers and labels only
    // (the wheel, the keys and pinching still zoom).
    void setCompactToolbar();
    // For a page whose own words take the info panel's place.
    void setInfoPanelVisible(bool visible);
    // Adds a tool to the toolbar, after the display tools (a compact toolbar hides it).
    void addTool(QWidget *tool);
    // Adds a strip across the page between the toolbar and the plate (a legend).
    void addStrip(QWidget *strip);
    // Shows a slice as on a CT or MRI scan (mirrored, seen from below), keeping the toggle in step.
    void setScanOrientation(bool asOnAScan);

    // The plate as it is shown now, as a handout to save or print, with its caption and sources.
    std::unique_ptr<PlateHandout> handout(int width = PlateHandout::kDefaultWidth) const;
    HandoutCaption handoutCaption() const;
    // "calfatlas-back-2026-12-06.pdf": the view and today's date.
    QString handoutFileName(HandoutFormat format) const;
    // Asks where to save the plate (PNG at 1×, 2× or 4×, SVG or PDF) and saves it.
    void exportPlate();
    // Saves the plate; on failure says why in a message box. Returns whether it was saved.
    bool exportPlateTo(const QString &path, HandoutFormat format, qreal scale);
    // Asks for a printer and prints the plate, fitted to the page.
    void printPlate();

signals:
    void structureSelected(const QString &id);
    // The structure under the pointer on the plate (or lit up from elsewhere), empty when none.
    void structureHovered(const QString &id);
    // News for the status bar: where a plate was saved.
    void statusMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // On a narrow window the plate keeps the whole width until there is an entry to read beside it.
    void fitInfoPanel();

private:
    void wrapToolbar();
    void addPlateKeys();
    QWidget *buildToolbar();
    void addViewButtons(QWidget *bar, QHBoxLayout *row);
    void addPeelControls(QWidget *bar, QHBoxLayout *row);
    void addDisplayTools(QWidget *bar, QHBoxLayout *row);
    void addSearch(QWidget *bar, QHBoxLayout *row);
    QWidget *buildViewOptions();
    void applyOrientation();
    void peelChanged(int peeled);
    void searchFor(const QString &text);
    QString layerName(int peeled) const;

    const anatomy::KnowledgeBase *m_base;
    const References *m_references;
    QList<View> m_views;
    QList<anatomy::Plate> m_plates;
    int m_current = -1;
    DiagramView *m_diagram = nullptr;
    InfoPanel *m_info = nullptr;
    bool m_infoWanted = true;      // setInfoPanelVisible
    bool m_infoShowsEntry = false; // the panel tells about a structure, not how to begin
    QButtonGroup *m_viewButtons = nullptr;
    QSlider *m_peel = nullptr;
    QList<QWidget *> m_peelControls;
    QLabel *m_peelLabel = nullptr;
    QToolButton *m_labels = nullptr;
    QHBoxLayout *m_toolRow = nullptr;
    int m_nextTool = 0;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QWidget *m_viewOptions = nullptr;
    QHBoxLayout *m_viewOptionsRow = nullptr;
    QHBoxLayout *m_toolbarRow = nullptr;
    QWidget *m_tools = nullptr; // the labels, zoom and search, in the first row or, when narrow, the second
    bool m_toolsWrapped = false;
    QCheckBox *m_scan = nullptr;
    QList<QWidget *> m_optionalTools;
};

} // namespace calfatlas::app
