// SPDX-License-Identifier: MIT
#include "common/content.h"

#include "common/logging.h"

namespace calfatlas {

namespace {

void traced(const Content &content)
{
    const QStringList problems = content.problems();
    for (const QString &problem : problems)
        qCWarning(lcData).noquote() << problem;
    qCDebug(lcData) << "data loaded," << problems.size() << "problem(s)";
}

} // namespace

Content Content::load(const QString &anatomyFile)
{
    Content content;
    try {
        content.references = References::builtIn();
    } catch (const DataFileException &error) {
        content.m_errors.append({Part::References, error.error()});
        return content; // everything else cites the references
    }
    // Each file is loaded on its own, so one broken file leaves the rest of the app working.
    try {
        content.selfTest = assessment::SelfTestContent::builtIn(content.references);
    } catch (const DataFileException &error) {
        content.m_errors.append({Part::SelfTest, error.error()});
    }
    try {
        content.movement = biomechanics::MovementContent::builtIn(content.references);
    } catch (const DataFileException &error) {
        content.m_errors.append({Part::Movement, error.error()});
    }
    try {
        content.anatomy = anatomyFile.isEmpty() ? anatomy::KnowledgeBase::builtIn(content.references)
                                                : anatomy::KnowledgeBase::load(anatomyFile, content.references);
    } catch (const DataFileException &error) {
        content.m_errors.append({Part::Anatomy, error.error()});
    }
    try {
        content.plan = plan::PlanContent::builtIn(content.references);
    } catch (const DataFileException &error) {
        content.m_errors.append({Part::Plan, error.error()});
    }
    if (content.anatomy) {
        try {
            content.learn = learn::LearnContent::builtIn(content.references, *content.anatomy);
        } catch (const DataFileException &error) {
            content.m_errors.append({Part::Learn, error.error()});
        }
    }
    traced(content);
    return content;
}

const Content &Content::builtIn()
{
    static const Content content = load();
    return content;
}

QStringList Content::problems() const
{
    QStringList messages;
    for (const auto &[part, error] : m_errors)
        messages.append(error.message());
    return messages;
}

void Content::fail(std::initializer_list<Part> parts) const
{
    for (const auto &[part, error] : m_errors) {
        for (const Part wanted : parts) {
            if (part == wanted)
                throw DataFileException(error);
        }
    }
    throw DataFileException({{}, {}, {}, QStringLiteral("was not loaded")});
}

const References &Content::requireReferences() const
{
    if (!m_errors.isEmpty() && m_errors.first().first == Part::References)
        fail({Part::References});
    return references;
}

const anatomy::KnowledgeBase &Content::requireAnatomy() const
{
    if (!anatomy)
        fail({Part::References, Part::Anatomy});
    return *anatomy;
}

const assessment::SelfTestContent &Content::requireSelfTest() const
{
    if (!selfTest)
        fail({Part::References, Part::SelfTest});
    return *selfTest;
}

const learn::LearnContent &Content::requireLearn() const
{
    if (!learn)
        fail({Part::References, Part::Anatomy, Part::Learn});
    return *learn;
}

const plan::PlanContent &Content::requirePlan() const
{
    if (!plan)
        fail({Part::References, Part::Plan});
    return *plan;
}

const biomechanics::MovementContent &Content::requireMovement() const
{
    if (!movement)
        fail({Part::References, Part::Movement});
    return *movement;
}

} // namespace calfatlas
