// SPDX-License-Identifier: MIT
#include "platecommand.h"

#include "commandline.h"
#include "common/content.h"
#include "explorer/diagramview.h"
#include "explorer/explorerpage.h"
#include "explorer/platehandout.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>

#include <cstring>

namespace calfatlas::cli {

namespace {

const QStringList kScales{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")};
const QStringList kThemes{QStringLiteral("light"), QStringLiteral("dark")};

struct PlateRequest {
    QString view;
    std::optional<QString> layer;
    std::optional<QString> select;
    app::HandoutFormat format = app::HandoutFormat::Png;
    QString output;
    int scale = 1;
    int width = app::PlateHandout::kDefaultWidth;
    bool dark = false;
    bool labels = true;
    bool scan = false;
};

void describe(CommandLine &line, const QStringList &views)
{
    line.addPositional(QStringLiteral("VIEW"), QStringLiteral("The plate: %1.").arg(listed(views)));
    line.addValue(QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("png, svg or pdf (an A4 page)."),
                  listed(app::handoutFormatIds()));
    line.addValue(QStringLiteral("output"), QStringLiteral("FILE"), QStringLiteral("The file to write."),
                  QStringLiteral("a file path"));
    line.addValue(QStringLiteral("layer"), QStringLiteral("LAYER"),
                  QStringLiteral("Peel the plate down to this layer (default: the outermost, or the selected "
                                 "structure's)."),
                  QStringLiteral("a layer of the plate"));
    line.addValue(QStringLiteral("select"), QStringLiteral("ID"),
                  QStringLiteral("Select this structure, as a click on it would (see calfatlas-cli list)."),
                  QStringLiteral("a structure of the plate"));
    line.addValue(QStringLiteral("scale"), QStringLiteral("N"), QStringLiteral("PNG pixels per point: 1, 2 or 4."),
                  listed(kScales));
    line.addValue(
        QStringLiteral("width"), QStringLiteral("PX"),
        QStringLiteral("The handout's width at scale 1 (default %1).").arg(app::PlateHandout::kDefaultWidth),
        QStringLiteral("%1 to %2").arg(app::PlateHandout::kMinimumWidth).arg(app::PlateHandout::kMaximumWidth));
    line.addValue(QStringLiteral("theme"), QStringLiteral("THEME"), QStringLiteral("light (default) or dark."),
                  listed(kThemes));
    line.addFlag(QStringLiteral("no-labels"), QStringLiteral("Leave the structures unlabelled."));
    line.addFlag(QStringLiteral("scan"),
                 QStringLiteral("The cross-section as on a CT or MRI scan (mirrored, seen from below)."));
}

PlateRequest readRequest(CommandLine &line, const QStringList &views)
{
    PlateRequest request;
    if (line.positional().isEmpty())
        line.fail(QStringLiteral("no plate given; valid: %1").arg(listed(views)));
    request.view = line.positional().constFirst();
    if (!views.contains(request.view))
        line.fail(QStringLiteral("unknown plate '%1'; valid: %2").arg(request.view, listed(views)));
    line.require(QStringLiteral("format"), listed(app::handoutFormatIds()));
    request.format = *app::handoutFormatFromId(*line.choice(QStringLiteral("format"), app::handoutFormatIds()));
    line.require(QStringLiteral("output"), QStringLiteral("a file path"));
    request.output = line.value(QStringLiteral("output"));
    if (request.output.trimmed().isEmpty())
        line.fail(QStringLiteral("--output is empty; valid: a file path"));
    if (line.isSet(QStringLiteral("layer")))
        request.layer = line.value(QStringLiteral("layer"));
    if (line.isSet(QStringLiteral("select")))
        request.select = line.value(QStringLiteral("select"));
    request.scale = line.choice(QStringLiteral("scale"), kScales).value_or(QStringLiteral("1")).toInt();
    if (line.isSet(QStringLiteral("scale")) && request.format != app::HandoutFormat::Png)
        line.fail(QStringLiteral("--scale is for png only; svg and pdf are drawings at any size"));
    if (const auto width =
            line.number(QStringLiteral("width"), app::PlateHandout::kMinimumWidth, app::PlateHandout::kMaximumWidth)) {
        if (*width != std::floor(*width))
            line.fail(QStringLiteral("invalid value '%1' for --width; valid: a whole number of pixels")
                          .arg(line.value(QStringLiteral("width"))));
        request.width = int(*width);
    }
    request.dark = line.choice(QStringLiteral("theme"), kThemes) == QStringLiteral("dark");
    request.labels = !line.isSet(QStringLiteral("no-labels"));
    request.scan = line.isSet(QStringLiteral("scan"));
    return request;
}

// Shows the asked view on the page, peeled and selected; throws on a layer, id or option the plate lacks.
void showRequest(const CommandLine &line, app::ExplorerPage &page, const PlateRequest &request)
{
    page.showView(request.view);
    app::DiagramView &diagram = *page.diagram();
    const anatomy::Plate &plate = diagram.plate();
    page.setLabelsVisible(request.labels);
    if (request.scan && request.view != QLatin1String("cross-section"))
        line.fail(QStringLiteral("--scan is for the cross-section only, not '%1'").arg(request.view));
    page.setScanOrientation(request.scan);
    if (request.select) {
        if (!plate.hasStructure(*request.select))
            line.fail(QStringLiteral("unknown structure '%1' on the %2 plate; valid: %3")
                          .arg(*request.select, request.view, listed(plate.structureIds())));
        page.selectStructure(*request.select);
    }
    if (!request.layer)
        return;
    const QStringList layers = plate.layers();
    const qsizetype index = layers.indexOf(*request.layer);
    if (index < 0)
        line.fail(QStringLiteral("unknown layer '%1' on the %2 plate; valid: %3")
                      .arg(*request.layer, request.view, listed(layers)));
    if (index > 0 && request.view == QLatin1String("cross-section"))
        line.fail(QStringLiteral("the cross-section is not peeled: every layer is in sight; valid: %1")
                      .arg(layers.constFirst()));
    if (request.select && index > plate.layerOf(*request.select))
        line.fail(QStringLiteral("--select %1 lies in layer %2, which --layer %3 peels away")
                      .arg(*request.select, layers.value(plate.layerOf(*request.select)), *request.layer));
    diagram.setPeeled(int(index), false);
}

} // namespace

bool needsWidgets(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "plate") == 0;
}

int runPlate(const QStringList &arguments, Io &io)
{
    QStringList views;
    for (const app::ExplorerPage::View &view : app::ExplorerPage::builtInViews())
        views.append(view.id);
    CommandLine line(QStringLiteral("plate"),
                     wrapped(QStringLiteral("Draw a plate of the lower leg as a handout: peeled and selected as "
                                            "asked, labelled, with a caption naming the view and the sources "
                                            "behind it. The same drawing as File → Export plate in the app.")));
    describe(line, views);
    if (!line.parse(arguments, io))
        return kExitOk;
    const PlateRequest request = readRequest(line, views);
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!application) {
        io.err << "calfatlas-cli plate: drawing a plate needs the graphical application\n";
        return kExitFailure;
    }
    app::applyTheme(*application, request.dark ? app::Theme::Dark : app::Theme::Light);
    const Content &data = Content::builtIn();
    app::ExplorerPage page(&data.requireAnatomy(), &data.requireReferences(), app::ExplorerPage::builtInViews());
    showRequest(line, page, request);
    const std::unique_ptr<app::PlateHandout> handout = page.handout(request.width);
    QString error;
    if (!handout->write(request.output, request.format, request.scale, &error)) {
        io.err << "calfatlas-cli plate: " << request.output << " was not written: " << error << "\n";
        return kExitFailure;
    }
    const QString path = QDir::toNativeSeparators(request.output);
    if (request.format == app::HandoutFormat::Png) {
        const QSize size = handout->size() * request.scale;
        io.out << QStringLiteral("Wrote the %1 plate, %2 × %3 pixels, to %4\n")
                      .arg(request.view)
                      .arg(size.width())
                      .arg(size.height())
                      .arg(path);
    } else {
        io.out << QStringLiteral("Wrote the %1 plate to %2\n").arg(request.view, path);
    }
    return kExitOk;
}

} // namespace calfatlas::cli
