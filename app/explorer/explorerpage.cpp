// SPDX-License-Identifier: MIT
#include "explorerpage.h"

#include "anatomy/knowledgebase.h"
#include "diagramview.h"
#include "infopanel.h"

#include "ui/startupclock.h"

#include <QAbstractItemView>
#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace calfatlas::app {

QList<ExplorerPage::View> ExplorerPage::builtInViews()
{
    return {
        {QStringLiteral("posterior"),
         tr("Back"),
         QStringLiteral(":/calfatlas/art/posterior.svg"),
         {tr("Knee"), tr("Lateral"), tr("Heel · right leg, seen from behind"), tr("Medial")},
         QKeySequence(Qt::ALT | Qt::Key_B)},
        {QStringLiteral("lateral"),
         tr("Side"),
         QStringLiteral(":/calfatlas/art/lateral.svg"),
         {tr("Knee"), tr("Front"), tr("Foot · right leg, seen from its outer side"), tr("Back")},
         QKeySequence(Qt::ALT | Qt::Key_S)},
        {QStringLiteral("cross-section"),
         tr("Cross-section"),
         QStringLiteral(":/calfatlas/art/cross-section.svg"),
         {tr("Front"), tr("Lateral"), tr("Back · right leg, seen from above, looking down on the cut"), tr("Medial")},
         QKeySequence(Qt::ALT | Qt::Key_C),
         {tr("Front"), tr("Medial"), tr("Back · right leg, seen from below, as on a CT or MRI scan"), tr("Lateral")},
         false}};
}

ExplorerPage::ExplorerPage(const anatomy::KnowledgeBase *base, const References *references, QList<View> views,
                           QWidget *parent)
    : QWidget(parent), m_base(base), m_references(references), m_views(std::move(views))
{
    startupMark("explore-page-start");
    // The plates are read on a worker while the page's widgets are made.
    QStringList resources;
    for (const View &view : m_views)
        resources.append(view.resource);
    QFuture<QList<anatomy::Plate>> plates = QtConcurrent::run([resources] {
        QList<anatomy::Plate> read;
        for (const QString &resource : resources)
            read.append(anatomy::Plate::fromFile(resource));
        return read;
    });

    m_diagram = new DiagramView(this);
    QHash<QString, StructureText> texts;
    for (const anatomy::Structure &structure : base->structures())
        texts.insert(structure.id, {structure.name, structure.summary});
    m_diagram->setStructureTexts(texts);
    m_info = new InfoPanel(base, references, this);
    m_info->setMinimumWidth(260);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_diagram);
    splitter->addWidget(m_info);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 340});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildViewOptions());
    layout->addWidget(splitter, 1);

    connect(m_diagram, &DiagramView::selectionChanged, this, [this](const QString &id) {
        m_info->showStructure(id);
        m_infoShowsEntry = !id.isEmpty();
        fitInfoPanel();
        emit structureSelected(id);
    });
    connect(m_diagram, &DiagramView::peelChanged, this, &ExplorerPage::peelChanged);
    connect(m_diagram, &DiagramView::hoverChanged, this, &ExplorerPage::structureHovered);
    connect(m_info, &InfoPanel::structureOpened, this, &ExplorerPage::selectStructure);
    connect(m_info, &InfoPanel::structureHovered, m_diagram, &DiagramView::setHovered);
    addPlateKeys();
    m_plates = plates.result();
    startupMark("plates-read");
    for (qsizetype i = 0; i < m_views.size(); ++i)
        m_viewButtons->button(int(i))->setEnabled(m_plates.at(i).isValid());
    showView(m_views.value(0).id);
    setFocusProxy(m_diagram);
    startupMark("explore-page-built");
}

QWidget *ExplorerPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("explorerToolbar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(6);
    addViewButtons(bar, row);
    row->addSpacing(16);
    addPeelControls(bar, row);
    // The labels, zoom and search sit together, so that on a narrow window they can move to a second row.
    m_tools = new QWidget(bar);
    m_tools->setObjectName(QStringLiteral("explorerTools"));
    auto *tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(6);
    addDisplayTools(m_tools, tools);
    m_toolRow = tools; // where further tools join, after the display tools
    m_nextTool = tools->count();
    tools->addStretch(1);
    addSearch(m_tools, tools);
    row->addWidget(m_tools, 1);
    row->addStretch(0); // takes the room the tools leave when they move to the second row
    m_toolbarRow = row;
    // The toolbar never sets the window's narrowest width: resizeEvent wraps it first.
    bar->setMinimumWidth(1);
    return bar;
}

// A button for each view (back, side, cross-section), with its shortcut.
void ExplorerPage::addViewButtons(QWidget *bar, QHBoxLayout *row)
{
    m_viewButtons = new QButtonGroup(this);
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        auto *button = new QToolButton(bar);
        button->setText(m_views.at(i).title);
        button->setCheckable(true);
        button->setAutoRaise(false);
        const View &view = m_views.at(i);
        button->setToolTip(
            tr("Show this view: %1 (%2)").arg(view.title, view.shortcut.toString(QKeySequence::NativeText)));
        button->setAccessibleName(tr("%1 view").arg(view.title));
        auto *action = new QAction(this);
        action->setShortcut(view.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, id = view.id] { showView(id); });
        addAction(action);
        m_viewButtons->addButton(button, int(i));
        row->addWidget(button);
    }
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int index) { showView(m_views.at(index).id); });
}

// Peeling: a button each way and a slider from the skin down to the bones.
void ExplorerPage::addPeelControls(QWidget *bar, QHBoxLayout *row)
{
    auto *restore = new QToolButton(bar);
    restore->setText(QStringLiteral("◂"));
    restore->setToolTip(tr("Put the last peeled layer back ([)"));
    restore->setAccessibleName(tr("Restore a layer"));
    auto *peel = new QToolButton(bar);
    peel->setText(QStringLiteral("▸"));
    peel->setToolTip(tr("Peel the outer layer away (])"));
    peel->setAccessibleName(tr("Peel a layer"));
    m_peel = new QSlider(Qt::Horizontal, bar);
    m_peel->setObjectName(QStringLiteral("peelSlider"));
    m_peel->setAccessibleName(tr("Peel layers"));
    m_peel->setToolTip(tr("Peel the layers from the skin down to the bones"));
    m_peel->setPageStep(1);
    m_peel->setTickPosition(QSlider::TicksBelow);
    m_peel->setFixedWidth(110);
    m_peelLabel = new QLabel(bar);
    m_peelLabel->setMinimumWidth(150);
    connect(m_peel, &QSlider::valueChanged, m_diagram, [this](int value) { m_diagram->setPeeled(value); });
    connect(restore, &QToolButton::clicked, m_diagram, [this] { m_diagram->setPeeled(m_diagram->peeled() - 1); });
    connect(peel, &QToolButton::clicked, m_diagram, [this] { m_diagram->setPeeled(m_diagram->peeled() + 1); });
    m_peelControls << restore << m_peel << peel;
    row->addWidget(new QLabel(tr("Layers:"), bar));
    row->addWidget(restore);
    row->addWidget(m_peel);
    row->addWidget(peel);
    row->addWidget(m_peelLabel);
}

// The labels' switch and the zoom buttons.
void ExplorerPage::addDisplayTools(QWidget *bar, QHBoxLayout *row)
{
    m_labels = new QToolButton(bar);
    m_labels->setText(tr("Labels"));
    m_labels->setShortcut(QKeySequence(Qt::ALT | Qt::Key_L));
    m_labels->setCheckable(true);
    m_labels->setChecked(true);
    m_labels->setToolTip(tr("Show or hide the labels (Alt+L)"));
    connect(m_labels, &QToolButton::toggled, m_diagram, &DiagramView::setLabelsVisible);
    row->addWidget(m_labels);

    const auto zoomButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, m_diagram, slot);
        row->addWidget(button);
        m_optionalTools.append(button);
    };
    zoomButton(QStringLiteral("−"), tr("Zoom out (−)"), &DiagramView::zoomOut);
    zoomButton(QStringLiteral("+"), tr("Zoom in (+)"), &DiagramView::zoomIn);
    zoomButton(tr("Fit"), tr("Fit the plate to the window (0)"), &DiagramView::fitToView);
}

// Finding a structure by name or alias (Ctrl+F), with completion and a message when nothing matches.
void ExplorerPage::addSearch(QWidget *bar, QHBoxLayout *row)
{
    m_searchMessage = new QLabel(bar);
    m_searchMessage->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_searchMessage);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("structureSearch"));
    m_search->setPlaceholderText(tr("Find a structure (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find a structure"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_search->setMaximumWidth(240);
    QStringList words;
    for (const anatomy::Structure &structure : m_base->structures())
        words << structure.name << structure.aliases;
    words.removeDuplicates();
    auto *completer = new QCompleter(words, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ExplorerPage::searchFor);
    // A result under the pointer (or the arrow keys) lights up on the plate, and the plate's hover lights up the
    // result that names it.
    connect(completer, qOverload<const QString &>(&QCompleter::highlighted), this, &ExplorerPage::highlightStructure);
    completer->popup()->setMouseTracking(true);
    connect(completer->popup(), &QAbstractItemView::entered, this,
            [this](const QModelIndex &index) { highlightStructure(index.data().toString()); });
    connect(m_diagram, &DiagramView::hoverChanged, completer, [this, completer](const QString &id) {
        QAbstractItemView *popup = completer->popup();
        if (!popup->isVisible() || id.isEmpty())
            return;
        const anatomy::Structure *structure = m_base->find(id);
        for (int row = 0; structure && row < popup->model()->rowCount(); ++row) {
            const QModelIndex index = popup->model()->index(row, 0);
            if (index.data().toString() == structure->name) {
                const QSignalBlocker blocker(popup->selectionModel());
                popup->setCurrentIndex(index);
            }
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { searchFor(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, m_searchMessage, &QLabel::clear);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    row->addWidget(m_search);
    m_optionalTools << m_searchMessage << m_search;
}

// Options of the current view only: for a slice, whether to show it as a scan shows it.
QWidget *ExplorerPage::buildViewOptions()
{
    m_viewOptions = new QWidget(this);
    m_viewOptions->setObjectName(QStringLiteral("viewOptions"));
    auto *row = new QHBoxLayout(m_viewOptions);
    row->setContentsMargins(12, 0, 12, 6);
    m_scan = new QCheckBox(tr("As on a CT/MRI scan (seen from below)"), m_viewOptions);
    m_scan->setObjectName(QStringLiteral("scanOrientation"));
    m_scan->setToolTip(tr("Mirror the slice left to right, as CT and MRI scans show it: seen from the feet, with "
                          "the leg's outer side on the left"));
    connect(m_scan, &QCheckBox::toggled, this, [this] { applyOrientation(); });
    row->addWidget(m_scan);
    row->addStretch(1);
    m_viewOptionsRow = row;
    m_viewOptions->hide();
    return m_viewOptions;
}

void ExplorerPage::setScanOrientation(bool asOnAScan)
{
    m_scan->setChecked(asOnAScan);
}

void ExplorerPage::applyOrientation()
{
    const View &view = m_views.at(m_current);
    const bool scan = m_scan->isChecked() && !view.scanOrientation.isEmpty();
    m_diagram->setMirrored(scan);
    m_diagram->setOrientation(scan ? view.scanOrientation : view.orientation);
}

QString ExplorerPage::currentView() const
{
    return m_views.value(m_current).id;
}

void ExplorerPage::addPlateKeys()
{
    // The plate's keys work anywhere in the area, not only while the plate has the focus. A text field keeps
    // the keys it types (Qt lets a focused line edit override shortcuts for text).
    const auto keys = [this](std::initializer_list<QKeySequence> sequences, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(QList<QKeySequence>(sequences));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_diagram, slot);
        addAction(action);
    };
    keys({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, [this] { m_diagram->zoomIn(); });
    keys({QKeySequence(Qt::Key_Minus)}, [this] { m_diagram->zoomOut(); });
    keys({QKeySequence(Qt::Key_0)}, [this] { m_diagram->fitToView(); });
    keys({QKeySequence(Qt::Key_BracketRight)}, [this] { m_diagram->setPeeled(m_diagram->peeled() + 1); });
    keys({QKeySequence(Qt::Key_BracketLeft)}, [this] { m_diagram->setPeeled(m_diagram->peeled() - 1); });
}

void ExplorerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    wrapToolbar();
    fitInfoPanel();
}

void ExplorerPage::fitInfoPanel()
{
    constexpr int kNarrowPage = 900; // below it, plate and panel side by side leave the labels too little room
    m_info->setVisible(m_infoWanted && (width() >= kNarrowPage || m_infoShowsEntry));
}

void ExplorerPage::wrapToolbar()
{
    // One row while everything fits; on a narrow window the labels, zoom and search move to the second row,
    // beside the view's own options.
    const int spacing = m_toolbarRow->spacing();
    const int oneRow =
        m_toolbarRow->minimumSize().width() + (m_toolsWrapped ? m_tools->minimumSizeHint().width() + spacing : 0);
    const bool wrap = width() < oneRow;
    if (wrap == m_toolsWrapped)
        return;
    m_toolsWrapped = wrap;
    if (wrap) {
        m_toolbarRow->removeWidget(m_tools);
        m_tools->setParent(m_viewOptions);
        m_viewOptionsRow->insertWidget(0, m_tools, 1);
    } else {
        m_viewOptionsRow->removeWidget(m_tools);
        m_tools->setParent(m_toolbarRow->parentWidget());
        m_toolbarRow->insertWidget(m_toolbarRow->count() - 1, m_tools, 1);
    }
    m_tools->show();
    // The trailing stretch of the second row gives way to the tools while they are there.
    m_viewOptionsRow->setStretch(m_viewOptionsRow->count() - 1, wrap ? 0 : 1);
    m_viewOptions->setVisible(m_scan->isVisibleTo(m_viewOptions) || wrap);
    // Wrapped, what stays in the first row needs its room; unwrapped, the toolbar may get narrower than its
    // row so that the next resize can wrap it.
    m_toolbarRow->parentWidget()->setMinimumWidth(wrap ? m_toolbarRow->minimumSize().width() : 1);
}

void ExplorerPage::showView(const QString &viewId)
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id != viewId || !m_plates.at(i).isValid())
            continue;
        if (i != m_current) {
            m_current = int(i);
            m_diagram->setPlate(m_plates.at(i));
            m_scan->setVisible(!m_views.at(i).scanOrientation.isEmpty());
            m_viewOptions->setVisible(m_scan->isVisibleTo(m_viewOptions) || m_toolsWrapped);
            applyOrientation();
            const bool peelable = m_views.at(i).peelable;
            m_diagram->setPeelable(peelable);
            m_peel->setMaximum(peelable ? std::max(0, m_diagram->layerCount() - 1) : 0);
            for (QWidget *control : std::as_const(m_peelControls))
                control->setEnabled(peelable);
            peelChanged(m_diagram->peeled());
        }
        m_viewButtons->button(int(i))->setChecked(true);
        return;
    }
}

bool ExplorerPage::selectStructure(const QString &id)
{
    if (!m_base->find(id))
        return false;
    if (!std::any_of(m_plates.cbegin(), m_plates.cend(), [&id](const auto &plate) { return plate.hasStructure(id); })) {
        // Drawn on no plate (a joint): the panel tells about it, and the plate shows nothing as selected.
        const QSignalBlocker blocker(m_diagram);
        m_diagram->clearSelection();
        m_info->showStructure(id);
        m_infoShowsEntry = true;
        fitInfoPanel();
        emit structureSelected(id);
        return true;
    }
    if (m_current < 0 || !m_plates.at(m_current).hasStructure(id)) {
        for (qsizetype i = 0; i < m_plates.size(); ++i) {
            if (m_plates.at(i).hasStructure(id)) {
                showView(m_views.at(i).id);
                break;
            }
        }
    }
    if (!m_plates.value(m_current).hasStructure(id))
        return false;
    m_diagram->selectStructure(id);
    return true;
}

void ExplorerPage::highlightStructure(const QString &idOrName)
{
    if (m_base->find(idOrName)) {
        m_diagram->highlight(idOrName);
        return;
    }
    const QList<const anatomy::Structure *> found = m_base->search(idOrName);
    m_diagram->highlight(found.isEmpty() ? QString() : found.first()->id);
}

void ExplorerPage::setLabelsVisible(bool visible)
{
    m_labels->setChecked(visible);
}

void ExplorerPage::addStrip(QWidget *strip)
{
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    strip->setParent(this);
    column->insertWidget(column->count() - 1, strip); // above the plate
}

void ExplorerPage::addTool(QWidget *tool)
{
    tool->setParent(m_toolRow->parentWidget());
    m_toolRow->insertWidget(m_nextTool++, tool);
    m_optionalTools.append(tool);
}

void ExplorerPage::setInfoPanelVisible(bool visible)
{
    m_infoWanted = visible;
    fitInfoPanel();
}

void ExplorerPage::setCompactToolbar()
{
    for (QWidget *tool : std::as_const(m_optionalTools))
        tool->hide();
    // What the peel shows, in full: the room the zoom and search tools leave.
    int widest = 0;
    for (const anatomy::Layer &layer : m_base->layers())
        widest = std::max(widest, m_peelLabel->fontMetrics().horizontalAdvance(tr("Outermost: %1").arg(layer.name)));
    // Up to about 24 characters on one line; longer names (German, Spanish) wrap onto a second line rather
    // than widen the whole window.
    const int oneLine = m_peelLabel->fontMetrics().averageCharWidth() * 24;
    m_peelLabel->setWordWrap(widest + 4 > oneLine);
    m_peelLabel->setMinimumWidth(std::min(widest + 4, oneLine));
}

void ExplorerPage::searchFor(const QString &text)
{
    const QList<const anatomy::Structure *> found = m_base->search(text);
    if (found.isEmpty()) {
        m_searchMessage->setText(tr("Nothing called “%1”").arg(text.trimmed()));
        return;
    }
    m_searchMessage->clear();
    selectStructure(found.first()->id);
    m_diagram->setFocus(Qt::OtherFocusReason);
}

// The name of the layer left outermost with `peeled` layers peeled away.
QString ExplorerPage::layerName(int peeled) const
{
    QString id = m_diagram->plate().layers().value(peeled);
    for (const anatomy::Layer &layer : m_base->layers()) {
        if (layer.id == id)
            return layer.name;
    }
    return id;
}

void ExplorerPage::peelChanged(int peeled)
{
    const QSignalBlocker blocker(m_peel);
    m_peel->setValue(peeled);
    const bool peelable = m_views.value(m_current).peelable;
    m_peelLabel->setText(peelable ? tr("Outermost: %1").arg(layerName(peeled))
                                  : tr("Every layer of the slice at once"));
    m_peel->setAccessibleDescription(m_peelLabel->text());
}

} // namespace calfatlas::app
