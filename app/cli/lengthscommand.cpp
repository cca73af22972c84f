// SPDX-License-Identifier: MIT
#include "lengthscommand.h"

#include "anatomy/knowledgebase.h"
#include "biomechanics/legmodel.h"
#include "commandline.h"
#include "common/content.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace calfatlas::cli {

using namespace calfatlas::biomechanics;

namespace {

QString rangeText(AngleRange range, const char *unit)
{
    return QStringLiteral("a number from %1 to %2 (%3)").arg(range.min).arg(range.max).arg(QLatin1String(unit));
}

// The muscle's name as the knowledge base gives it.
QString muscleName(Muscle muscle)
{
    const anatomy::Structure *structure = Content::builtIn().requireAnatomy().find(idOf(muscle));
    return structure ? structure->name : idOf(muscle);
}

// Rounded for people and for JSON alike: a tenth of a millimetre, a hundredth of a percent.
double rounded(double value, double step)
{
    const double perUnit = std::round(1.0 / step);
    const double r = std::round(value * perUnit) / perUnit;
    return r == 0 ? 0.0 : r; // no "-0"
}

} // namespace

int runLengths(const QStringList &arguments, Io &io)
{
    CommandLine line(QStringLiteral("lengths"),
                     QStringLiteral("How much each calf muscle is lengthened or shortened from upright standing in a "
                                    "knee-and-ankle pose, from CalfAtlas's leg model (after Grieve, Pheasant & "
                                    "Cavanagh 1978 and Hawkins & Hull 1990)."));
    const QString kneeRange = rangeText(kKneeFlexionRange, "degrees");
    const QString ankleRange = rangeText(kAnkleDorsiflexionRange, "degrees");
    const QString shankRange = rangeText(kShankMmRange, "mm");
    line.addValue(QStringLiteral("knee"), QStringLiteral("DEG"),
                  QStringLiteral("Knee flexion in degrees: 0 = straight, 140 = fully bent."), kneeRange);
    line.addValue(QStringLiteral("ankle"), QStringLiteral("DEG"),
                  QStringLiteral("Ankle angle in degrees: 0 = foot at a right angle to the shank, positive = "
                                 "dorsiflexion (toes up, to +30), negative = plantar flexion (toes down, to -50)."),
                  ankleRange);
    line.addValue(QStringLiteral("shank-mm"), QStringLiteral("MM"),
                  QStringLiteral("Shank length (knee to ankle) in millimetres, for the changes in mm; default 400."),
                  shankRange);
    line.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as one JSON object."));
    if (!line.parse(arguments, io))
        return kExitOk;
    if (!line.positional().isEmpty())
        line.fail(QStringLiteral("unexpected argument '%1'").arg(line.positional().constFirst()));
    line.require(QStringLiteral("knee"), kneeRange);
    line.require(QStringLiteral("ankle"), ankleRange);
    const double knee = *line.number(QStringLiteral("knee"), kKneeFlexionRange.min, kKneeFlexionRange.max);
    const double ankle =
        *line.number(QStringLiteral("ankle"), kAnkleDorsiflexionRange.min, kAnkleDorsiflexionRange.max);
    const double shankMm =
        line.number(QStringLiteral("shank-mm"), kShankMmRange.min, kShankMmRange.max).value_or(kDefaultShankMm);
    const Pose pose = checkedPose(knee, ankle);

    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject muscles;
        for (Muscle muscle : kMuscles) {
            muscles.insert(
                idOf(muscle),
                QJsonObject{{QStringLiteral("change_percent_shank"),
                             rounded(LegModel::changePercentShank(muscle, pose), 0.001)},
                            {QStringLiteral("change_mm"), rounded(LegModel::changeMm(muscle, pose, shankMm), 0.01)},
                            {QStringLiteral("stretch"), idOf(stretchOf(LegModel::changePercentShank(muscle, pose)))},
                            {QStringLiteral("near_longest_percent"),
                             rounded(LegModel::nearLongestPercent(muscle, pose), 0.1)}});
        }
        const QJsonObject result{{QStringLiteral("knee_flexion_deg"), knee},
                                 {QStringLiteral("ankle_dorsiflexion_deg"), ankle},
                                 {QStringLiteral("shank_mm"), shankMm},
                                 {QStringLiteral("muscles"), muscles}};
        io.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return kExitOk;
    }

    const QString ankleWords = ankle > 0   ? QStringLiteral("%1° dorsiflexion").arg(ankle)
                               : ankle < 0 ? QStringLiteral("%1° plantar flexion").arg(-ankle)
                                           : QStringLiteral("foot at a right angle");
    const QString kneeWords = knee > 0 ? QStringLiteral("Knee bent %1°").arg(knee) : QStringLiteral("Knee straight");
    io.out << QStringLiteral("%1, %2; shank %3 mm.\n").arg(kneeWords, ankleWords).arg(shankMm);
    io.out << QStringLiteral("Change from upright standing (positive = longer):\n");
    for (Muscle muscle : kMuscles) {
        const double percent = LegModel::changePercentShank(muscle, pose);
        io.out << QStringLiteral("  %1 %2 %3  %4, %5 % of the way to its longest\n")
                      .arg(muscleName(muscle).leftJustified(28))
                      .arg(QStringLiteral("%1 mm").arg(rounded(LegModel::changeMm(muscle, pose, shankMm), 0.1), 0, 'f',
                                                       1),
                           9)
                      .arg(QStringLiteral("%1 % of shank").arg(rounded(percent, 0.01), 0, 'f', 2), 16)
                      .arg(idOf(stretchOf(percent)))
                      .arg(rounded(LegModel::nearLongestPercent(muscle, pose), 1), 0, 'f', 0);
    }
    return kExitOk;
}

} // namespace calfatlas::cli
