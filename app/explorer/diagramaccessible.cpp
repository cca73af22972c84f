// SPDX-License-Identifier: MIT
#include "diagramaccessible.h"

#include "diagramview.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>
#include <QWindow>

namespace calfatlas::app {

namespace {

// One structure of the diagram, as a screen reader sees it.
class StructureAccessible : public QAccessibleInterface {
public:
    StructureAccessible(DiagramView *view, QString id) : m_view(view), m_id(std::move(id)) {}

    bool isValid() const override { return m_view && m_view->plate().hasStructure(m_id); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!m_view)
            return {};
        if (t == QAccessible::Name)
            return m_view->nameOf(m_id);
        if (t == QAccessible::Description)
            return m_view->summaryOf(m_id);
        return {};
    }

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_view->structureRect(m_id).toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        s.invisible = !m_view || m_view->structureRect(m_id).isEmpty();
        s.focused = m_view && m_view->focusedStructure() == m_id;
        s.selected = m_view && m_view->selected() == m_id;
        return s;
    }

    const QString &id() const { return m_id; }

private:
    QPointer<DiagramView> m_view;
    QString m_id;
};

// The diagram itself: its children are the structures of the current plate.
class DiagramAccessible : public QAccessibleWidget {
public:
    explicit DiagramAccessible(DiagramView *view) : QAccessibleWidget(view, QAccessible::Graphic) {}

    DiagramView *view() const { return static_cast<DiagramView *>(widget()); }
    int childCount() const override { return int(view()->plate().structureIds().size()); }

    QAccessibleInterface *child(int index) const override
    {
        const QString id = view()->plate().structureIds().value(index);
        return id.isEmpty() ? nullptr : structure(id);
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *structure = dynamic_cast<const StructureAccessible *>(child);
        return structure ? int(view()->plate().structureIds().indexOf(structure->id())) : -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QString id = view()->structureAt(view()->mapFromGlobal(QPoint(x, y)));
        return id.isEmpty() ? nullptr : structure(id);
    }

    QAccessibleInterface *focusChild() const override
    {
        const QString id = view()->focusedStructure();
        return id.isEmpty() ? nullptr : structure(id);
    }

    QAccessibleInterface *structure(const QString &id) const
    {
        // Child interfaces must outlive each call: one registered interface per structure and view.
        auto &ids = registry();
        const QString key = QString::number(quintptr(view())) + QLatin1Char('/') + id;
        auto it = ids.find(key);
        if (it == ids.end() || !QAccessible::accessibleInterface(*it))
            it = ids.insert(key, QAccessible::registerAccessibleInterface(new StructureAccessible(view(), id)));
        return QAccessible::accessibleInterface(*it);
    }

private:
    static QHash<QString, QAccessible::Id> &registry()
    {
        static QHash<QString, QAccessible::Id> ids;
        return ids;
    }
};

QAccessibleInterface *diagramFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("calfatlas::app::DiagramView") && object && object->isWidgetType())
        return new DiagramAccessible(static_cast<DiagramView *>(object));
    return nullptr;
}

} // namespace

void installDiagramAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(diagramFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void notifyStructureFocus(DiagramView *view, const QString &id)
{
    if (!QAccessible::isActive() || id.isEmpty())
        return;
    auto *diagram = static_cast<DiagramAccessible *>(QAccessible::queryAccessibleInterface(view));
    if (QAccessibleInterface *child = diagram ? diagram->structure(id) : nullptr) {
        QAccessibleEvent event(child, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace calfatlas::app
