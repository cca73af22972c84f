// SPDX-License-Identifier: MIT
// ExplorerPage: the plate to take away, saved as PNG, SVG or PDF or printed, with a caption and its sources.
#include "anatomy/knowledgebase.h"
#include "anatomy/platesources.h"
#include "common/references.h"
#include "diagramview.h"
#include "explorerpage.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace calfatlas::app {

namespace {

// What a person picked in the file dialog: the format by the name's suffix when it has a known one, else by
// the filter (and the suffix is added); PNG's scale by the filter.
struct ExportChoice {
    QString path;
    HandoutFormat format = HandoutFormat::Png;
    qreal scale = 2;
};

ExportChoice exportChoice(const QString &path, int filter)
{
    static const QList<std::pair<HandoutFormat, qreal>> kFilters{{HandoutFormat::Png, 1},
                                                                 {HandoutFormat::Png, 2},
                                                                 {HandoutFormat::Png, 4},
                                                                 {HandoutFormat::Svg, 2},
                                                                 {HandoutFormat::Pdf, 2}};
    const auto [filterFormat, filterScale] = kFilters.value(filter, kFilters.at(1));
    ExportChoice choice{path, filterFormat, filterScale};
    if (const auto bySuffix = handoutFormatFromId(QFileInfo(path).suffix())) {
        choice.format = *bySuffix;
        if (choice.format != filterFormat)
            choice.scale = 2;
    } else {
        choice.path += QLatin1Char('.') + idOf(filterFormat);
    }
    return choice;
}

} // namespace

HandoutCaption ExplorerPage::handoutCaption() const
{
    HandoutCaption caption;
    if (m_current < 0)
        return caption;
    const View &view = m_views.at(m_current);
    // The footer names the leg and how it is seen ("Heel · right leg, seen from behind"): the caption says it
    // after the view's name.
    const QString footer = m_diagram->isMirrored() ? view.scanOrientation.value(2) : view.orientation.value(2);
    const qsizetype dot = footer.lastIndexOf(QStringLiteral(" · "));
    caption.title = tr("%1 view — %2").arg(view.title, dot < 0 ? footer : footer.mid(dot + 3));
    QStringList detail{view.peelable ? tr("Outermost layer: %1").arg(layerName(m_diagram->peeled()))
                                     : tr("Every layer of the slice at once")};
    const QString selected = m_diagram->selected();
    if (!selected.isEmpty())
        detail.append(tr("Selected: %1").arg(m_diagram->nameOf(selected)));
    caption.detail = detail.join(QStringLiteral(" · "));
    const QStringList inSight = anatomy::structuresUncovered(m_diagram->plate(), m_diagram->peeled(), selected);
    for (const QString &key : anatomy::plateSources(*m_base, inSight, selected)) {
        if (const Reference *reference = m_references->find(key))
            caption.sources.append(QStringLiteral("%1 — %2").arg(reference->shortLabel, reference->citation));
    }
    return caption;
}

std::unique_ptr<PlateHandout> ExplorerPage::handout(int width) const
{
    return std::make_unique<PlateHandout>(*m_diagram, handoutCaption(), width);
}

QString ExplorerPage::handoutFileName(HandoutFormat format) const
{
    return tr("calfatlas-%1-%2.%3")
        .arg(m_views.value(m_current).id, QDate::currentDate().toString(Qt::ISODate), idOf(format));
}

void ExplorerPage::exportPlate()
{
    const QStringList filters{tr("PNG image, 1× (*.png)"), tr("PNG image, 2× (*.png)"), tr("PNG image, 4× (*.png)"),
                              tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
    QString filter = filters.at(1);
    // Documents, or the home folder where there is none yet.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plate"),
                                                      QDir(folder).filePath(handoutFileName(HandoutFormat::Png)),
                                                      filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const ExportChoice choice = exportChoice(path, int(filters.indexOf(filter)));
    exportPlateTo(choice.path, choice.format, choice.scale);
}

bool ExplorerPage::exportPlateTo(const QString &path, HandoutFormat format, qreal scale)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = handout()->write(path, format, scale, &error);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, tr("Export plate"),
                             tr("The plate was not saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    emit statusMessage(tr("Saved the plate to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExplorerPage::printPlate()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    printer.setDocName(QFileInfo(handoutFileName(HandoutFormat::Pdf)).completeBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the plate"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool printed = handout()->print(printer);
    QApplication::restoreOverrideCursor();
    if (!printed) {
        QMessageBox::warning(this, tr("Print the plate"), tr("The plate could not be printed."));
        return;
    }
    emit statusMessage(tr("Sent the plate to the printer"));
}

} // namespace calfatlas::app
