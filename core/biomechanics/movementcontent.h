// SPDX-License-Identifier: MIT
#pragma once

#include "biomechanics/legmodel.h"
#include "common/references.h"
#include "common/sourcedtext.h"

#include <QList>
#include <QString>

namespace calfatlas::biomechanics {

// How the view stands the leg for a pose: with the thigh held upright (the default, for a leg moved by
// hand), with the ball of the foot on a step and the shank nearly upright, as a person does the bench test,
// or seated, with the shank upright and the ball of the foot on the floor.
enum class Stance { ThighUpright, FootOnStep, Seated };

// A pose worth seeing in the Movement view, with what it shows and where to read more.
struct Preset {
    QString id;
    QString name; // in the app's language
    Pose pose;
    SourcedText caption;
    QString selfTestStep; // a step of the self-test it belongs to ("bench", "wall"), or empty
    QString structureId;  // the structure to show in the atlas, or empty
    Stance stance = Stance::ThighUpright;
};

// The Movement view's poses (standing, the bench test, the wall test, the seated and standing calf raises and
// midfoot landing), loaded from resources/data/movement.json and validated against the references and the leg
// model's ranges. The structures they link to are ids of the knowledge base, which the view checks when it
// shows the link: a knowledge base without one takes only that link away.
class MovementContent {
public:
    // The translation context of the file's texts, shared with the rest of the Movement view.
    static constexpr char kTranslationContext[] = "Movement";

    // Throws DataFileException naming file, entry and field when the data is malformed or cites what is unknown.
    static MovementContent load(const QString &path, const References &references);
    static MovementContent builtIn(const References &references);
    static QString builtInPath();

    const QList<Preset> &presets() const { return m_presets; }
    const Preset *find(const QString &id) const;

private:
    QList<Preset> m_presets;
};

} // namespace calfatlas::biomechanics
