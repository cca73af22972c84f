#include "presets.h"

#include <QtGlobal>

namespace calfatlas::biomechanics {

const std::vector<Preset> &presets()
{
    static const std::vector<Preset> list{
        {QStringLiteral("standing"),
         QT_TRANSLATE_NOOP("Movement", "Standing"),
         {0, 0},
         QT_TRANSLATE_NOOP("Movement",
                           "Upright standing, knee straight and foot at a right angle: every length here is "
                           "measured from this pose. Standing, your weight falls in front of the ankle, and the "
                           "soleus above all works steadily to stop you tipping forwards."),
         {QStringLiteral("Moore"), QStringLiteral("Seed"), QStringLiteral("Grieve1978")},
         {},
         QStringLiteral("soleus")},
        {QStringLiteral("bench-test"),
         QT_TRANSLATE_NOOP("Movement", "Bench test"),
         {90, 15},
         QT_TRANSLATE_NOOP("Movement",
                           "Knee bent, heel dropped below the edge. Bending the knee leaves the gastrocnemius "
                           "slack, because it crosses the knee, so the heel drop stretches the soleus alone: a "
                           "pull felt here points to the soleus."),
         {QStringLiteral("Seed"), QStringLiteral("Moore"), QStringLiteral("Grieve1978")},
         QStringLiteral("bench"),
         QStringLiteral("soleus")},
        {QStringLiteral("wall-test"),
         QT_TRANSLATE_NOOP("Movement", "Wall test"),
         {0, 15},
         QT_TRANSLATE_NOOP("Movement",
                           "Leg straight behind you, heel down, leaning in. With the knee straight the "
                           "gastrocnemius is stretched along with the soleus, and it is usually the one that "
                           "limits the movement: pain here points to the gastrocnemius."),
         {QStringLiteral("Seed"), QStringLiteral("Moore"), QStringLiteral("Grieve1978")},
         QStringLiteral("wall"),
         QStringLiteral("gastrocnemius-medial-head")},
        {QStringLiteral("seated-calf-raise"),
         QT_TRANSLATE_NOOP("Movement", "Seated calf raise"),
         {90, -30},
         QT_TRANSLATE_NOOP("Movement", "Sitting, knee bent, heel raised. The bent knee has already shortened the "
                                       "gastrocnemius, so raising the heel this way biases the work towards the "
                                       "soleus, though the gastrocnemius still helps: the bent-knee exercise for a "
                                       "sore soleus."),
         {QStringLiteral("Seed"), QStringLiteral("Moore"), QStringLiteral("Grieve1978"),
          QStringLiteral("HebertLosier2012")},
         {},
         QStringLiteral("soleus")},
        {QStringLiteral("standing-calf-raise"),
         QT_TRANSLATE_NOOP("Movement", "Standing calf raise"),
         {0, -30},
         QT_TRANSLATE_NOOP("Movement",
                           "Standing on the toes with the knee straight. Both muscles shorten as they lift the "
                           "heel; the gastrocnemius plantar flexes most strongly with the knee straight, so "
                           "this raise works both."),
         {QStringLiteral("Moore"), QStringLiteral("Grieve1978")},
         {},
         QStringLiteral("gastrocnemius-medial-head")},
        {QStringLiteral("midfoot-landing"),
         QT_TRANSLATE_NOOP("Movement", "Midfoot landing"),
         {30, 10},
         QT_TRANSLATE_NOOP("Movement",
                           "Running, just after a midfoot landing: the knee bends a little and the heel sinks "
                           "under load, so the soleus lengthens while it brakes. Landing on the midfoot or "
                           "forefoot asks more of the calf and the Achilles tendon than a heel strike, and the "
                           "soleus carries the most load of any muscle in running."),
         {QStringLiteral("Almonroeder2013"), QStringLiteral("Kulmala2013"), QStringLiteral("Dorn2012"),
          QStringLiteral("Seed")},
         {},
         QStringLiteral("calcaneal-tendon")},
    };
    return list;
}

const Preset *findPreset(const QString &id)
{
    for (const Preset &preset : presets()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

} // namespace calfatlas::biomechanics
