// SPDX-License-Identifier: MIT
#pragma once

#include "common/sourcedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::anatomy {

enum class Kind { Muscle, Tendon, Bone, Nerve, Vessel, Membrane };

QString idOf(Kind kind);
std::optional<Kind> kindFromId(const QString &id);
QStringList allKindIds();

// One statement about a structure and the sources behind it.
using Fact = SourcedText;

struct Innervation {
    QString nerve; // knowledge-base id of the nerve
    QString roots; // spinal roots, "S1, S2"
    Fact fact;
};

struct JointsCrossed {
    QStringList joints; // "knee", "ankle", …
    Fact fact;
};

struct FibreTypes {
    int typeOnePercentMin = 0; // share of slow-twitch (type I) fibres
    int typeOnePercentMax = 0;
    Fact fact;
};

// The sections an info panel shows, in display order; the app gives each its title.
enum class Section { Origin, Insertion, Innervation, BloodSupply, Actions, Joints, FibreTypes, Notes };

QString idOf(Section section);

struct SectionFacts {
    Section section;
    QList<Fact> facts;
};

// One structure of the lower leg as the knowledge base describes it.
struct Structure {
    QString id;
    QString name;
    QString latinName;
    QStringList aliases;
    Kind kind = Kind::Muscle;
    QString layer;       // the layer id it is peeled with
    QString compartment; // "superficial-posterior", "deep-posterior", "anterior", "lateral" or empty
    QString summary;     // one plain line, for tooltips and screen readers

    std::optional<Fact> origin;
    std::optional<Fact> insertion;
    std::optional<Innervation> innervation;
    std::optional<Fact> bloodSupply;
    QList<Fact> actions;
    std::optional<JointsCrossed> joints;
    std::optional<FibreTypes> fibreTypes;
    QList<Fact> notes;

    // The non-empty sections in display order.
    QList<SectionFacts> sections() const;
    // Every source the entry cites, in order of first use.
    QStringList allSources() const;
    bool crosses(const QString &joint) const { return joints && joints->joints.contains(joint); }
};

} // namespace calfatlas::anatomy
