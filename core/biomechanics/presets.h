#pragma once

#include "legmodel.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace calfatlas::biomechanics {

// A pose worth seeing in the Movement view, with what it shows and where to read more.
// The texts are English, marked for translation in the "Movement" context.
struct Preset {
    QString id;
    const char *name;
    Pose pose;
    const char *caption;
    QStringList sources;  // keys into the references
    QString selfTestStep; // a step of the self-test it belongs to ("bench", "wall"), or empty
    QString structureId;  // the structure to show in the atlas
};

// Standing, the bench test, the wall test, the seated and standing calf raises and midfoot landing.
const std::vector<Preset> &presets();
const Preset *findPreset(const QString &id);

} // namespace calfatlas::biomechanics
