// SPDX-License-Identifier: MIT
// The speed of CalfAtlas's views, offscreen: the Explore diagram's full repaint at 1920×1080 and 3840×2160,
// a hover hit-test and the repaint after the hover moves; one frame of the Movement view's animation.
#include "anatomy/knowledgebase.h"
#include "builtins.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "movement/legview.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <memory>

using namespace calfatlas;
using namespace calfatlas::app;

namespace {

// The real back view, rendered and ready at the given size.
std::unique_ptr<DiagramView> readyDiagram(QSize size)
{
    auto view = std::make_unique<DiagramView>();
    QHash<QString, StructureText> texts;
    for (const anatomy::Structure &structure : test::base().structures())
        texts.insert(structure.id, {structure.name, structure.summary});
    view->setStructureTexts(texts);
    view->setPlate(anatomy::Plate::fromFile(ExplorerPage::builtInViews().first().resource));
    view->resize(size);
    view->show();
    view->waitForRender(30000);
    return view;
}

void paintOnce(DiagramView &view, QImage &target)
{
    QPainter painter(&target);
    view.paintDiagram(painter);
}

void fullRepaint(benchmark::State &state)
{
    const QSize size(int(state.range(0)), int(state.range(1)));
    auto view = readyDiagram(size);
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    paintOnce(*view, target); // composes the frame once, as the first paint after a render does
    for (auto _ : state)
        paintOnce(*view, target);
}
BENCHMARK(fullRepaint)->Args({1920, 1080})->Args({3840, 2160})->Unit(benchmark::kMillisecond)->UseRealTime();

void hoverHitTest(benchmark::State &state)
{
    auto view = readyDiagram(QSize(1920, 1080));
    const QRectF art = QRectF(view->plateToWidget(QPointF(150, 200)), view->plateToWidget(QPointF(450, 1300)));
    int i = 0;
    for (auto _ : state) {
        const QPointF point(art.left() + (i * 37) % int(art.width()), art.top() + (i * 91) % int(art.height()));
        benchmark::DoNotOptimize(view->structureAt(point));
        ++i;
    }
}
BENCHMARK(hoverHitTest)->Unit(benchmark::kMicrosecond);

void hoverChange(benchmark::State &state)
{
    auto view = readyDiagram(QSize(1920, 1080));
    QImage target(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    const QPointF medial = view->plateToWidget(QPointF(230, 450));
    const QPointF lateral = view->plateToWidget(QPointF(380, 420));
    paintOnce(*view, target);
    bool flip = false;
    for (auto _ : state) {
        const QPointF at = flip ? medial : lateral;
        flip = !flip;
        QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.get(), &move);
        paintOnce(*view, target);
    }
    if (view->hovered().isEmpty())
        state.SkipWithError("the hover points miss the gastrocnemius");
}
BENCHMARK(hoverChange)->Unit(benchmark::kMillisecond)->UseRealTime();

// One frame of the Movement view's preset animation at 1920x1080: the pose moves a step from standing
// towards the bench test and the whole view is painted, as each animation tick does.
void movementAnimationFrame(benchmark::State &state)
{
    LegView view;
    view.resize(1920, 1080);
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    int frame = 0;
    for (auto _ : state) {
        const double f = (frame++ % 54) / 53.0; // 54 frames: the 900 ms animation at 60 fps
        view.setPose({90.0 * f, 15.0 * f});
        QPainter painter(&target);
        view.paintView(painter);
    }
}
BENCHMARK(movementAnimationFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
