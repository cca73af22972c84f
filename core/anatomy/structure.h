// SPDX-License-Identifier: MIT
#pragma once

#include "common/sourcedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace calfatlas::anatomy {

enum class Kind { Muscle, Tendon, Bone, Nerve, Artery, Vein, Membrane, Joint };

QString idOf(Kind kind);
std::optional<Kind> kindFromId(const QString &id);
QStringList allKindIds();

// One statement about a structure and the sources behind it.
using Fact = SourcedText;

// The standard vocabularies an entry can be named in, in display order.
enum class Scheme { Uberon, Fma, Ta98, Ta2 };

QString idOf(Scheme scheme); // "uberon", "fma", "ta98", "ta2"
std::optional<Scheme> schemeFromId(const QString &id);
QList<Scheme> allSchemes();
// Whether a value is written in the scheme's standard form ("UBERON:0001389", "FMA:22542", "A04.7.02.047", "2660").
bool isWellFormed(Scheme scheme, const QString &value);

// A standard identifier of an entry and the reference it was read in.
struct Identifier {
    Scheme scheme = Scheme::Uberon;
    QString value;
    QString source; // reference key
};

// A typed link from one entry to others, beside the text fact it stands for.
enum class Relation { OriginOn, InsertsOn, InsertsVia, InnervatedBy, SuppliedBy, DrainedBy, Crosses, Articulates };

QString idOf(Relation relation); // "origin_on", …
std::optional<Relation> relationFromId(const QString &id);
QList<Relation> allRelations();
// The kind every entry a relation links to must be (origin_on: bones, crosses: joints, …).
Kind targetKind(Relation relation);

struct Link {
    Relation relation;
    QStringList targets; // knowledge-base ids, in the data's order
};

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
enum class Section { Articulation, Origin, Insertion, Innervation, BloodSupply, Actions, Joints, FibreTypes, Notes };

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

    QList<Identifier> identifiers; // in scheme order, only those read in a source
    QList<Link> relations;         // in relation order, none empty
    // For joints: every muscle of the knowledge base that crosses it links to it, so one that does not link
    // to it does not cross it.
    bool allCrossingsLinked = false;

    std::optional<Fact> articulation; // joints: the bones that meet there
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

    // The ids this entry links to through a relation (empty when it has none).
    QStringList linked(Relation relation) const;
    bool links(Relation relation, const QString &target) const { return linked(relation).contains(target); }
    // The text fact a relation stands beside, whose sources back it (for example the origin for origin_on).
    std::optional<Fact> factFor(Relation relation) const;
    // The section a relation's links are shown in.
    static Section sectionOf(Relation relation);
    const Identifier *identifier(Scheme scheme) const;
};

} // namespace calfatlas::anatomy
