// SPDX-License-Identifier: MIT
#pragma once

#include "platerender.h"

#include <QString>

class QFile;

#include <memory>
#include <optional>

namespace calfatlas::app {

// Rasterised plates kept on disk, so the next start shows the diagram without rasterising the SVG again.
// An entry is keyed by the art's bytes, the plate-to-device transform (size, zoom, pixel ratio, mirroring),
// the region rasterised and the Qt version that drew it; the colours do not depend on the theme. Files are
// written atomically; a file that cannot be read back whole (truncated, corrupt, another format) is a miss and
// is removed, so the next store replaces it. The folder is kept under a size limit by removing the entries
// used longest ago. Thread-safe: each call works on its own files.
class PlateRasterCache {
public:
    static constexpr qint64 kDefaultLimitBytes = 96LL * 1024 * 1024;

    explicit PlateRasterCache(QString folder, qint64 limitBytes = kDefaultLimitBytes);
    // The app's cache folder (XDG_CACHE_HOME), a folder "plates" in it.
    static QString defaultFolder();

    const QString &folder() const { return m_folder; }
    // The file that holds the plate rasterised for the request.
    QString fileFor(const anatomy::Plate &plate, const RenderRequest &request) const;

    // The plate as rasterised earlier for the same request, or nothing.
    std::optional<RenderedPlate> load(const anatomy::Plate &plate, const RenderRequest &request) const;
    // Keeps a rasterised plate for its request; false (and nothing kept) when it cannot be written.
    bool store(const anatomy::Plate &plate, const RenderedPlate &rendered) const;

private:
    std::optional<RenderedPlate> read(QFile &file, const anatomy::Plate &plate, const RenderRequest &request) const;
    void trim(const QString &kept) const;

    QString m_folder;
    qint64 m_limitBytes;
};

// What the diagram's worker does: the plate read from the cache, else rasterised and then stored in the
// background (when a cache is given); with the layers from `firstLayer` inwards composed, so the first paint
// only has to blit. Runs off the GUI thread.
RenderedPlate renderOrRecall(const anatomy::Plate &plate, const RenderRequest &request,
                             const std::shared_ptr<const PlateRasterCache> &cache, int firstLayer);

} // namespace calfatlas::app
