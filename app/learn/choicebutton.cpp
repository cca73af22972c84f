// SPDX-License-Identifier: MIT
#include "choicebutton.h"

#include "ui/palette.h"

#include <QHBoxLayout>
#include <QLabel>

namespace calfatlas::app {

ChoiceButton::ChoiceButton(int number, QWidget *parent) : QPushButton(parent), m_index(number)
{
    setObjectName(QStringLiteral("choice%1").arg(number));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->setSpacing(10);
    m_number = new QLabel(QString::number(number), this);
    m_number->setObjectName(QStringLiteral("choiceNumber"));
    QFont bold = m_number->font();
    bold.setWeight(QFont::DemiBold);
    m_number->setFont(bold);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("✓")) + 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_number, m_text})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    row->addWidget(m_number, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    setToolTip(tr("Answer %1 (key %1)").arg(number));
}

void ChoiceButton::setChoice(const QString &text)
{
    m_choice = text;
    m_text->setText(text);
    setAccessibleName(tr("Answer %1: %2").arg(m_index).arg(text));
    setVerdict(Verdict::None);
    updateGeometry();
}

void ChoiceButton::setVerdict(Verdict verdict)
{
    m_verdict = verdict;
    const char *value = verdict == Verdict::Right ? "right" : verdict == Verdict::Wrong ? "wrong" : "";
    setProperty("verdict", QString::fromLatin1(value));
    m_number->setText(verdict == Verdict::Right   ? QStringLiteral("✓")
                      : verdict == Verdict::Wrong ? QStringLiteral("✗")
                                                  : QString::number(m_index));
    m_number->setStyleSheet(verdict == Verdict::Right   ? QStringLiteral("color: %1").arg(palette::kRightAnswer.name())
                            : verdict == Verdict::Wrong ? QStringLiteral("color: %1").arg(palette::kWrongAnswer.name())
                                                        : QString());
    update();
}

QSize ChoiceButton::sizeHint() const
{
    return layout()->totalSizeHint();
}

QSize ChoiceButton::minimumSizeHint() const
{
    return layout()->totalMinimumSize();
}

} // namespace calfatlas::app
