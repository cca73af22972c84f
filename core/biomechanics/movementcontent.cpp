// SPDX-License-Identifier: MIT
#include "biomechanics/movementcontent.h"

#include "common/datafile.h"

#include <QSet>

namespace calfatlas::biomechanics {

namespace {

const QStringList kSelfTestSteps{QStringLiteral("bench"), QStringLiteral("wall")};

double angleIn(const JsonEntry &entry, const QString &field, AngleRange range)
{
    const double degrees = entry.requiredNumber(field);
    if (degrees < range.min || degrees > range.max)
        entry.fail(field, QStringLiteral("must be from %1 to %2 degrees").arg(range.min).arg(range.max));
    return degrees;
}

Preset readPreset(const JsonEntry &entry, const References &references)
{
    Preset preset;
    preset.id = entry.requiredString(QStringLiteral("id"));
    preset.name = entry.requiredText(QStringLiteral("name"));
    preset.pose = {angleIn(entry, QStringLiteral("knee"), kKneeFlexionRange),
                   angleIn(entry, QStringLiteral("ankle"), kAnkleDorsiflexionRange)};
    preset.caption = readSourcedText(entry, references);
    if (preset.caption.sources.isEmpty())
        entry.fail(QStringLiteral("sources"), QStringLiteral("must list at least one source"));
    preset.selfTestStep = entry.optionalString(QStringLiteral("self_test"));
    if (!preset.selfTestStep.isEmpty() && !kSelfTestSteps.contains(preset.selfTestStep))
        entry.fail(QStringLiteral("self_test"),
                   QStringLiteral("must be one of %1").arg(kSelfTestSteps.join(QStringLiteral(", "))));
    preset.structureId = entry.optionalString(QStringLiteral("structure"));
    const QString stance = entry.optionalString(QStringLiteral("stance"));
    if (stance == QLatin1String("foot-on-step"))
        preset.stance = Stance::FootOnStep;
    else if (stance == QLatin1String("seated"))
        preset.stance = Stance::Seated;
    else if (!stance.isEmpty() && stance != QLatin1String("thigh-upright"))
        entry.fail(QStringLiteral("stance"), QStringLiteral("must be thigh-upright, foot-on-step or seated"));
    return preset;
}

} // namespace

QString MovementContent::builtInPath()
{
    return QStringLiteral(":/calfatlas/data/movement.json");
}

MovementContent MovementContent::builtIn(const References &references)
{
    return load(builtInPath(), references);
}

MovementContent MovementContent::load(const QString &path, const References &references)
{
    const QJsonObject root = readJsonObjectFile(path);
    const JsonEntry top(path.startsWith(QLatin1Char(':')) ? QStringLiteral("movement.json") : path, {}, root,
                        kTranslationContext);
    if (top.requiredNumber(QStringLiteral("format")) != 1)
        top.fail(QStringLiteral("format"), QStringLiteral("must be 1"));
    MovementContent content;
    QSet<QString> ids;
    forEachEntry(top, QStringLiteral("presets"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        Preset preset = readPreset(entry, references);
        if (ids.contains(preset.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used by another preset already"));
        ids.insert(preset.id);
        content.m_presets.append(preset);
    });
    return content;
}

const Preset *MovementContent::find(const QString &id) const
{
    for (const Preset &preset : m_presets) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

} // namespace calfatlas::biomechanics
