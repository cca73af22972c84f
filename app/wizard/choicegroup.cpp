// SPDX-License-Identifier: MIT
#include "choicegroup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
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
    QBoxLayout *answers = orientation == Qt::Vertical ? static_cast<QBoxLayout *>(new QVBoxLayout)
                                                      : static_cast<QBoxLayout *>(new QHBoxLayout);
    answers->setContentsMargins(12, 2, 0, 0);
    answers->setSpacing(orientation == Qt::Vertical ? 4 : 18);
    for (const Option &option : options) {
        auto *button = new QRadioButton(option.label, this);
        button->setObjectName(option.id);
        button->setAccessibleName(QStringLiteral("%1 %2").arg(question, option.label));
        if (!option.description.isEmpty())
            button->setAccessibleDescription(option.description);
        m_buttons->addButton(button, int(m_ids.size()));
        m_ids.append(option.id);
        m_keys.append(option.key.toLower());
        answers->addWidget(button);
        if (!option.description.isEmpty() && orientation == Qt::Vertical) {
            auto *description = new QLabel(option.description, this);
            description->setWordWrap(true);
            description->setForegroundRole(QPalette::PlaceholderText);
            description->setBuddy(button);
            // Indented under the button's text by a spacer: label margins upset word-wrapped heights.
            auto *indent = new QHBoxLayout;
            indent->addSpacing(24);
            indent->addWidget(description, 1);
            answers->addLayout(indent);
            answers->addSpacing(4);
        }
    }
    if (orientation == Qt::Horizontal)
        answers->addStretch(1);
    layout->addLayout(answers);
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

QWidget *ChoiceGroup::focusTarget() const
{
    QAbstractButton *checked = m_buttons->checkedButton();
    return checked ? checked : m_buttons->button(0);
}

void ChoiceGroup::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == Qt::NoModifier;
    const qsizetype index = plain && !event->text().isEmpty() ? m_keys.indexOf(event->text().toLower()) : -1;
    if (index < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    QAbstractButton *button = m_buttons->button(int(index));
    button->setChecked(true);
    // The person's own key press moves the focus within the question, to the answer it chose.
    if (hasFocus() || isAncestorOf(QApplication::focusWidget()))
        button->setFocus(Qt::OtherFocusReason);
    event->accept();
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
