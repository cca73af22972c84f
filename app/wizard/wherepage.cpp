// SPDX-License-Identifier: MIT
#include "wherepage.h"

#include "assessment/legnames.h"
#include "choicegroup.h"
#include "legmap.h"
#include "selftestwizard.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::assessment;

namespace {

const QString kCannotSay = QStringLiteral("unknown");

} // namespace

WherePage::WherePage(SelfTestWizard *wizard, int testsPage, int resultPage)
    : ScrollPage(wizard), m_testsPage(testsPage), m_resultPage(resultPage)
{
    setObjectName(QStringLiteral("wherePage"));
    setHeading(tr("Where does it hurt?"),
               tr("Choose the place that hurts most. The two tests can only tell the calf muscles apart; for pain "
                  "anywhere else, the result says what usually hurts there instead."));
    addParagraph(tr("Keys: Tab goes to the list, and the arrow keys choose a place. On the drawing, the arrow keys "
                    "move from place to place and Space chooses."),
                 true)
        ->setObjectName(QStringLiteral("keysHint"));
    m_legsBox = new QWidget(this);
    auto *layout = new QVBoxLayout(m_legsBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    body()->addWidget(m_legsBox);
    body()->addStretch(1);
    setLegs({LegAnswers{}});
}

void WherePage::setLegs(const std::vector<LegAnswers> &legs)
{
    // The same legs as before: keep the widgets, and with them the place under the pointer or the keyboard.
    QStringList keys;
    for (const LegAnswers &leg : legs)
        keys.append(assessment::legKey(leg.side));
    QStringList current;
    for (const Leg &leg : m_legs)
        current.append(leg.key);
    if (keys == current)
        return;

    QHash<QString, QString> kept;
    for (const Leg &leg : m_legs)
        kept.insert(leg.key, leg.list->selected());
    const QList<QWidget *> old = m_legsBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
    m_legs.clear();

    const SelfTestContent &content = selfTest()->content();
    QList<ChoiceGroup::Option> options;
    for (Area area : allAreas()) {
        const AreaText &text = content.area(area);
        options.append({idOf(area), text.label, text.hint});
    }
    options.append({kCannotSay, tr("I can't say"), tr("No one place, or you are not sure.")});
    for (const LegAnswers &answers : legs) {
        const QString question = legs.size() > 1 || answers.side
                                     ? tr("%1: where does it hurt most?").arg(assessment::legName(answers.side))
                                     : tr("Where does it hurt most?");
        m_legs.append(addLeg(answers.side, question, options, kept.value(assessment::legKey(answers.side))));
    }
    emit completeChanged();
}

// A leg's row: the little leg to point at, the place's name under it, and the list of places.
WherePage::Leg WherePage::addLeg(std::optional<assessment::Side> side, const QString &question,
                                 const QList<ChoiceGroup::Option> &options, const QString &selected)
{
    const SelfTestContent &content = selfTest()->content();
    Leg leg{assessment::legKey(side), side};
    auto *row = new QWidget(m_legsBox);
    row->setObjectName(QStringLiteral("where-") + leg.key);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);

    auto *drawing = new QVBoxLayout;
    drawing->setSpacing(6);
    leg.map = new LegMap(content, side, row);
    leg.map->setObjectName(QStringLiteral("map-") + leg.key);
    leg.map->setFixedSize(leg.map->sizeHint());
    drawing->addWidget(leg.map, 0, Qt::AlignHCenter);
    // What the pointer or the keyboard is on, in words, under the drawing.
    auto *name = new QLabel(row);
    name->setObjectName(QStringLiteral("mapName-") + leg.key);
    name->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    name->setWordWrap(true);
    name->setFixedWidth(170);
    name->setMinimumHeight(name->fontMetrics().lineSpacing() * 2);
    drawing->addWidget(name);
    drawing->addStretch(1);
    layout->addLayout(drawing);

    leg.list = new ChoiceGroup(question, options, row);
    leg.list->setObjectName(QStringLiteral("whereList-") + leg.key);
    layout->addWidget(leg.list, 1, Qt::AlignTop);

    LegMap *map = leg.map;
    ChoiceGroup *list = leg.list;
    const auto showName = [name, map, &content](std::optional<Area> area) {
        const std::optional<Area> shown = area ? area : map->chosen();
        name->setText(shown ? content.area(*shown).label : tr("Point to a place"));
    };
    connect(map, &LegMap::hoveredChanged, name, showName);
    connect(map, &LegMap::areaChosen, list, [list](Area area) { list->select(idOf(area)); });
    connect(list, &ChoiceGroup::changed, this, [this, map, showName](const QString &id) {
        map->setChosen(areaFromId(id));
        showName(map->hovered());
        emit completeChanged(); // the way on may change: a place outside the calf skips the tests
    });
    list->select(selected);
    map->setChosen(areaFromId(list->selected()));
    showName(std::nullopt);
    m_legsBox->layout()->addWidget(row);
    row->setVisible(true);
    return leg;
}

std::optional<Area> WherePage::where(const std::optional<Side> &side) const
{
    for (const Leg &leg : m_legs) {
        if (leg.key == assessment::legKey(side))
            return areaFromId(leg.list->selected());
    }
    return std::nullopt;
}

std::vector<LegAnswers> WherePage::legs() const
{
    std::vector<LegAnswers> legs;
    for (const Leg &leg : m_legs) {
        LegAnswers answers;
        answers.side = leg.side;
        answers.where = areaFromId(leg.list->selected());
        legs.push_back(answers);
    }
    return legs;
}

int WherePage::nextId() const
{
    // The core decides which legs the tests can judge; with none, straight to the result.
    return legsToTest(legs()).empty() ? m_resultPage : m_testsPage;
}

QWidget *WherePage::firstUnanswered() const
{
    for (const Leg &leg : m_legs) {
        if (!leg.list->isAnswered())
            return leg.list->focusTarget();
    }
    return nullptr;
}

void WherePage::reset()
{
    for (const Leg &leg : m_legs)
        leg.list->clear();
}

} // namespace calfatlas::app
