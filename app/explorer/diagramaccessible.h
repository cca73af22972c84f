// SPDX-License-Identifier: MIT
#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace calfatlas::app {

class DiagramView;

// Exposes each structure of the diagram to screen readers as a child with its name and a one-line
// description. Installed once as a QAccessible factory.
void installDiagramAccessibility();

// Tells assistive technology that the keyboard focus moved to a structure.
void notifyStructureFocus(DiagramView *view, const QString &id);

} // namespace calfatlas::app
