// SPDX-License-Identifier: MIT
// The plate to take away: drawn afresh at the asked size, following the peel and the selection, with its
// caption and sources; File → Export plate… (Ctrl+E) saves it where the person says, only from Explore.
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/platehandout.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPointer>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace calfatlas;
using namespace calfatlas::app;
using calfatlas::test::base;
using calfatlas::test::references;

namespace {

struct AtlasPage {
    ExplorerPage page{&base(), &references(), ExplorerPage::builtInViews()};
    AtlasPage() { page.resize(1100, 760); }
};

qsizetype differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    qsizetype count = 0;
    for (int y = 0; y < a.height(); y += 2) {
        for (int x = 0; x < a.width(); x += 2)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}

TEST(PlateHandout, TwiceTheScaleIsTwiceThePixels)
{
    AtlasPage atlas;
    atlas.page.showView(QStringLiteral("posterior"));
    const std::unique_ptr<PlateHandout> handout = atlas.page.handout(640);
    EXPECT_EQ(handout->size().width(), 640);
    const QImage one = handout->toImage(1);
    const QImage two = handout->toImage(2);
    EXPECT_EQ(one.size(), handout->size());
    EXPECT_EQ(two.size(), handout->size() * 2);
    // Drawn afresh, not enlarged: the finer image has detail the coarser one cannot hold.
    const QImage enlarged = one.scaled(two.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_GT(differingPixels(enlarged.convertToFormat(two.format()), two), two.width() * two.height() / 200);
}

TEST(PlateHandout, ThePeelAndTheSelectionShowInTheDrawingAndTheCaption)
{
    AtlasPage atlas;
    atlas.page.showView(QStringLiteral("posterior"));
    const std::unique_ptr<PlateHandout> whole = atlas.page.handout(600);
    const QImage wholeImage = whole->toImage(1);
    EXPECT_TRUE(whole->caption().title.startsWith(QStringLiteral("Back view")));
    EXPECT_TRUE(whole->caption().title.contains(QStringLiteral("right leg")));
    EXPECT_FALSE(whole->caption().sources.isEmpty());

    atlas.page.diagram()->setPeeled(3, false);
    const std::unique_ptr<PlateHandout> peeled = atlas.page.handout(600);
    EXPECT_NE(peeled->caption().detail, whole->caption().detail);
    const QImage peeledImage = peeled->toImage(1);

    atlas.page.selectStructure(QStringLiteral("soleus"));
    const std::unique_ptr<PlateHandout> chosen = atlas.page.handout(600);
    EXPECT_TRUE(chosen->caption().detail.contains(QStringLiteral("Selected: Soleus")));
    EXPECT_GE(chosen->caption().sources.size(), whole->caption().sources.size());
    const QImage chosenImage = chosen->toImage(1);

    // The plates are the same height; their pixels differ where the layers and the selection differ.
    const QRect plate(0, 0, 600, 600); // the top of the plate, above any caption
    EXPECT_GT(differingPixels(wholeImage.copy(plate), peeledImage.copy(plate)), 1000);
    EXPECT_GT(differingPixels(peeledImage.copy(plate), chosenImage.copy(plate)), 1000);
}

TEST(PlateHandout, TheScreenChangingAfterwardsDoesNotChangeTheHandout)
{
    AtlasPage atlas;
    atlas.page.showView(QStringLiteral("cross-section"));
    const std::unique_ptr<PlateHandout> handout = atlas.page.handout(600);
    const QImage before = handout->toImage(1);
    atlas.page.selectStructure(QStringLiteral("tibia"));
    atlas.page.setLabelsVisible(false);
    EXPECT_EQ(differingPixels(before, handout->toImage(1)), 0);
}

// Runs `act` on the file dialog once it is open (it runs its own event loop).
void whenFileDialogOpens(const std::function<void(QFileDialog *)> &act)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        act(dialog);
        // A dialog the test failed to close is closed for it, so that the test fails instead of waiting forever.
        QTimer::singleShot(20000, dialog, [dialog = QPointer<QFileDialog>(dialog)] {
            if (dialog && dialog->isVisible())
                dialog->reject();
        });
    });
    poll->start(50);
}

TEST(PlateHandout, ControlEInExploreAsksWhereAndSavesThePlate)
{
    QTemporaryDir dir;
    MainWindow window;
    addAreas(window, test::builtIns());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("exportPlate"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    window.showArea(QStringLiteral("history"));
    EXPECT_FALSE(action->isEnabled()); // History's Ctrl+E exports its report there
    window.showArea(QStringLiteral("explore"));
    EXPECT_TRUE(action->isEnabled());
    auto *explorer = qobject_cast<ExplorerPage *>(window.areaPage(QStringLiteral("explore")));
    ASSERT_NE(explorer, nullptr);
    explorer->selectStructure(QStringLiteral("soleus"));

    const QString path = dir.filePath(QStringLiteral("soleus.pdf"));
    QString offeredFolder;
    QString offeredName;
    whenFileDialogOpens([&](QFileDialog *dialog) {
        offeredFolder = dialog->directory().absolutePath();
        offeredName = dialog->selectedFiles().value(0);
        // Qt's own dialog is answered directly: typing into it races its file system model on a loaded machine.
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    EXPECT_EQ(offeredFolder, QDir(documents).exists() ? documents : QDir::homePath());
    EXPECT_TRUE(offeredName.endsWith(
        QStringLiteral("calfatlas-posterior-%1.png").arg(QDate::currentDate().toString(Qt::ISODate))))
        << offeredName.toStdString();
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().startsWith("%PDF-"));
    ASSERT_NE(window.statusBar(), nullptr);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(path))
        << window.statusBar()->currentMessage().toStdString();
}

TEST(PlateHandout, PrintsOnePageFittedToIt)
{
    QTemporaryDir dir;
    AtlasPage atlas;
    atlas.page.showView(QStringLiteral("lateral"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    ASSERT_TRUE(atlas.page.handout()->print(printer));
    QFile printed(printer.outputFileName());
    ASSERT_TRUE(printed.open(QIODevice::ReadOnly));
    const QByteArray pdf = printed.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.count("/Type /Page\n"), 1);
}

TEST(PlateHandout, AFileThatCannotBeWrittenLeavesNothingAndSaysWhy)
{
    AtlasPage atlas;
    atlas.page.showView(QStringLiteral("lateral"));
    QString error;
    EXPECT_FALSE(
        atlas.page.handout(500)->write(QStringLiteral("/no-such-folder/side.png"), HandoutFormat::Png, 1, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(QStringLiteral("/no-such-folder/side.png")));
}

} // namespace
