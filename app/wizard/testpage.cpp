// SPDX-License-Identifier: MIT
#include "testpage.h"

#include "assessment/legnames.h"
#include "choicegroup.h"
#include "selftestwizard.h"
#include "ui/illustration.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::assessment;

TestPage::TestPage(SelfTestWizard *wizard, const QString &testId, int nextPage)
    : ScrollPage(wizard), m_testId(testId), m_next(nextPage)
{
    const TestInstructions &test = wizard->content().test(testId);
    setHeading(test.title, test.summary);
    m_gentle = addParagraph(tr("Your pain started suddenly: go gently, and stop at the first pull."));
    m_gentle->setObjectName(QStringLiteral("gentle"));
    QFont bold = m_gentle->font();
    bold.setWeight(QFont::DemiBold);
    m_gentle->setFont(bold);
    m_gentle->hide();

    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    auto *picture = new Illustration(test.illustration, QSize(260, 260), this);
    picture->setAccessibleName(tr("Drawing of the position for %1").arg(test.title));
    row->addWidget(picture, 0, Qt::AlignTop);
    QString steps = QStringLiteral("<ol style=\"margin-left:0\">");
    for (const QString &step : test.steps)
        steps += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(step.toHtmlEscaped());
    steps += QStringLiteral("</ol>");
    auto *list = new QLabel(steps, this);
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);
    list->setAccessibleName(tr("Steps"));
    row->addWidget(list, 1, Qt::AlignTop);
    body()->addLayout(row);
    addSourceLine(test.sources);

    m_ratingsBox = new QWidget(this);
    auto *ratings = new QVBoxLayout(m_ratingsBox);
    ratings->setContentsMargins(0, 8, 0, 0);
    ratings->setSpacing(16);
    body()->addWidget(m_ratingsBox);
    body()->addStretch(1);
    setLegs({LegAnswers{}});
}

void TestPage::setLegs(const std::vector<LegAnswers> &legs)
{
    QHash<QString, QString> kept;
    for (const auto &[key, group] : m_ratings)
        kept.insert(key, group->selected());
    qDeleteAll(m_ratingsBox->findChildren<ChoiceGroup *>(Qt::FindDirectChildrenOnly));
    m_ratings.clear();

    QList<ChoiceGroup::Option> options;
    for (const QString &id : allLevelIds()) {
        const LevelText &level = selfTest()->content().level(*levelFromId(id));
        options.append({id, level.label, level.description});
    }
    for (const LegAnswers &leg : legs) {
        const QString question = legs.size() > 1 || leg.side
                                     ? tr("%1: what did you feel in the calf?").arg(assessment::legName(leg.side))
                                     : tr("What did you feel in the calf?");
        auto *group = new ChoiceGroup(question, options, m_ratingsBox);
        group->setObjectName(m_testId + QLatin1Char('-') + assessment::legKey(leg.side));
        group->select(kept.value(assessment::legKey(leg.side)));
        connect(group, &ChoiceGroup::changed, this, &QWizardPage::completeChanged);
        m_ratingsBox->layout()->addWidget(group);
        group->setVisible(true); // now, so that the focus can go to it at once
        m_ratings.append({assessment::legKey(leg.side), group});
    }
    emit completeChanged();
}

void TestPage::setGentle(bool gentle)
{
    m_gentle->setVisible(gentle);
}

std::optional<Level> TestPage::rating(const std::optional<Side> &side) const
{
    for (const auto &[key, group] : m_ratings) {
        if (key == assessment::legKey(side))
            return levelFromId(group->selected());
    }
    return std::nullopt;
}

bool TestPage::isComplete() const
{
    for (const auto &entry : m_ratings) {
        if (!entry.second->isAnswered())
            return false;
    }
    return !m_ratings.isEmpty();
}

QWidget *TestPage::firstUnanswered() const
{
    for (const auto &entry : m_ratings) {
        if (!entry.second->isAnswered())
            return entry.second->focusTarget();
    }
    return nullptr;
}

void TestPage::reset()
{
    for (const auto &entry : m_ratings)
        entry.second->clear();
}

} // namespace calfatlas::app
