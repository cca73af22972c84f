// SPDX-License-Identifier: MIT
#pragma once

#include "anatomy/knowledgebase.h"
#include "assessment/selftestcontent.h"
#include "biomechanics/movementcontent.h"
#include "common/datafile.h"
#include "common/references.h"
#include "learn/learncontent.h"
#include "plan/plancontent.h"

#include <QList>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace calfatlas {

// What CalfAtlas knows: the references and the data files that cite them. Each file is loaded on its own, so
// that one broken file leaves the rest working; what could not be loaded is kept with the reason.
class Content {
public:
    // The built-in data; `anatomyFile`, when given, replaces the built-in knowledge base.
    static Content load(const QString &anatomyFile = {});
    // The built-in data, loaded once for the whole process (its texts in the language installed at the first
    // call): for the command line and the tests.
    static const Content &builtIn();

    References references;
    std::optional<assessment::SelfTestContent> selfTest;
    std::optional<anatomy::KnowledgeBase> anatomy;
    std::optional<learn::LearnContent> learn; // needs the knowledge base
    std::optional<plan::PlanContent> plan;
    std::optional<biomechanics::MovementContent> movement;

    // The data files that could not be loaded, each named with the entry and field at fault.
    QStringList problems() const;

    // For code that cannot work without a part: the part, or the DataFileException that kept it (or the
    // references it cites) from loading.
    const References &requireReferences() const;
    const anatomy::KnowledgeBase &requireAnatomy() const;
    const assessment::SelfTestContent &requireSelfTest() const;
    const learn::LearnContent &requireLearn() const;
    const plan::PlanContent &requirePlan() const;
    const biomechanics::MovementContent &requireMovement() const;

private:
    enum class Part { References, SelfTest, Anatomy, Learn, Plan, Movement };

    // Throws the first problem of one of `parts`.
    [[noreturn]] void fail(std::initializer_list<Part> parts) const;

    QList<std::pair<Part, DataError>> m_errors;
};

} // namespace calfatlas
