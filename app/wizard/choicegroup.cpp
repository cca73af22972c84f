#include "choicegroup.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace calfatlas::app {

ChoiceGroup::ChoiceGroup(const QString &question, const QList<Option> &options, QWidget *parent,
                         Qt::Orientation orientation)
    : QWidget(parent), m_question(question)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(question, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    layout->addWidget(title);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->hide();
    layout->addWidget(m_why);

    m_buttons = new QButtonGroup(this);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(12, 2, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    int column = 0;
    int row = 0;
    for (const Option &option : options) {
        auto *button = new QRadioButton(option.label, this);
        button->setObjectName(option.id);
        button->setAccessibleName(QStringLiteral("%1 %2").arg(question, option.label));
        if (!option.description.isEmpty())
            button->setAccessibleDescription(option.description);
        m_buttons->addButton(button, int(m_ids.size()));
        m_ids.append(option.id);
        grid->addWidget(button, row, column);
        if (!option.description.isEmpty() && orientation == Qt::Vertical) {
            auto *description = new QLabel(option.description, this);
            description->setWordWrap(true);
            description->setForegroundRole(QPalette::PlaceholderText);
            description->setContentsMargins(24, 0, 0, 4);
            description->setBuddy(button);
            grid->addWidget(description, ++row, column);
        }
        if (orientation == Qt::Vertical)
            ++row;
        else
            ++column;
    }
    if (orientation == Qt::Horizontal)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid);
    connect(m_buttons, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            emit changed(m_ids.at(id));
    });
}

void ChoiceGroup::setWhy(const QString &why)
{
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty());
}

QString ChoiceGroup::selected() const
{
    const int id = m_buttons->checkedId();
    return id >= 0 ? m_ids.at(id) : QString();
}

void ChoiceGroup::select(const QString &id)
{
    const qsizetype index = m_ids.indexOf(id);
    if (index >= 0)
        m_buttons->button(int(index))->setChecked(true);
}

void ChoiceGroup::clear()
{
    m_buttons->setExclusive(false);
    for (QAbstractButton *button : m_buttons->buttons())
        button->setChecked(false);
    m_buttons->setExclusive(true);
    emit changed({});
}

} // namespace calfatlas::app
