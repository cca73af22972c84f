// SPDX-License-Identifier: MIT
#include "kneetowalltestpage.h"

#include "assessment/selftest.h"
#include "measureresultview.h"
#include "ui/card.h"
#include "ui/illustration.h"
#include "ui/textwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

using namespace calfatlas::measure;
using assessment::LengthUnit;

KneeToWallTestPage::KneeToWallTestPage(const References *references, PreviousProvider previous, QWidget *parent)
    : QWidget(parent), m_references(references), m_previous(std::move(previous))
{
    setObjectName(QStringLiteral("kneeToWallTestPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(makeProtocol());
    auto *sources = new QLabel(sourcesHtml(*references, {QStringLiteral("Bennell1998"), QStringLiteral("Powden2015"),
                                                         QStringLiteral("Green2022")}),
                               this);
    sources->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(sources);
    layout->addWidget(makeEntryCard());
    layout->addStretch(1);

    connect(m_left, &QLineEdit::textChanged, this, &KneeToWallTestPage::update);
    connect(m_right, &QLineEdit::textChanged, this, &KneeToWallTestPage::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &KneeToWallTestPage::update);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_judgement)
            return;
        m_save->setEnabled(false);
        emit saveRequested(Test::KneeToWall, m_judgement->left.value, m_judgement->right.value, std::nullopt);
    });
    update();
}

// How to measure: a drawing and the steps.
QLayout *KneeToWallTestPage::makeProtocol()
{
    auto *how = new QHBoxLayout;
    how->setSpacing(18);
    auto *picture = new Illustration(QStringLiteral("knee-to-wall"), QSize(200, 200), this);
    picture->setAccessibleName(tr("Drawing of the knee-to-wall lunge"));
    how->addWidget(picture, 0, Qt::AlignTop);
    auto *steps = new QLabel(
        QStringLiteral("<ol style=\"margin-left:0\"><li>%1</li><li>%2</li><li>%3</li></ol>")
            .arg(tr("Face a wall, the foot of the leg to measure pointing straight at it, the other foot behind.")
                     .toHtmlEscaped(),
                 tr("Bend the front knee to touch the wall, the heel flat on the floor. Move the foot back until "
                    "the knee only just touches with the heel still down.")
                     .toHtmlEscaped(),
                 tr("Measure from the big toe to the wall. Do both legs the same way.").toHtmlEscaped()),
        this);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    how->addWidget(steps, 1, Qt::AlignTop);
    return how;
}

// The card to enter both legs in, with the result and Save.
QWidget *KneeToWallTestPage::makeEntryCard()
{
    auto *card = new Card(this);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 18, 24, 18);
    auto *form = new QFormLayout;
    const QString hint = QLocale().toString(11.5, 'f', 1);
    m_left = new QLineEdit(card);
    m_left->setObjectName(QStringLiteral("left"));
    m_left->setPlaceholderText(hint);
    m_right = new QLineEdit(card);
    m_right->setObjectName(QStringLiteral("right"));
    m_right->setPlaceholderText(hint);
    m_unit = new QComboBox(card);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("cm"));
    m_unit->addItem(tr("inches"));
    form->addRow(tr("&Left leg:"), m_left);
    form->addRow(tr("&Right leg:"), m_right);
    form->addRow(tr("&Unit:"), m_unit);
    cardLayout->addLayout(form);
    m_problem = new QLabel(card);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    cardLayout->addWidget(m_problem);
    m_resultBox = new QWidget(card);
    new QVBoxLayout(m_resultBox);
    m_resultBox->layout()->setContentsMargins(0, 6, 0, 0);
    cardLayout->addWidget(m_resultBox);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save to history"), card);
    m_save->setObjectName(QStringLiteral("save"));
    QFont bold = m_save->font();
    bold.setWeight(QFont::DemiBold);
    m_save->setFont(bold);
    m_status = new QLabel(card);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    cardLayout->addLayout(buttons);
    return card;
}

void KneeToWallTestPage::update()
{
    const LengthUnit unit = m_unit->currentIndex() == 1 ? LengthUnit::Inches : LengthUnit::Centimetres;
    const assessment::DistanceEntry left = assessment::parseKneeToWall(m_left->text(), unit);
    const assessment::DistanceEntry right = assessment::parseKneeToWall(m_right->text(), unit);
    QStringList problems;
    if (!left.problem.isEmpty())
        problems.append(tr("The left leg's distance must be a number from 0 to 25 cm (0 to 9.8 inches)."));
    if (!right.problem.isEmpty())
        problems.append(tr("The right leg's distance must be a number from 0 to 25 cm (0 to 9.8 inches)."));
    m_problem->setText(problems.join(QLatin1Char(' ')));
    m_problem->setVisible(!problems.isEmpty());
    qDeleteAll(m_resultBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_judgement.reset();
    m_status->clear();
    if (left.cm && right.cm) {
        Input input;
        input.test = Test::KneeToWall;
        input.left = *left.cm;
        input.right = *right.cm;
        if (m_previous) {
            const PreviousValues previous = m_previous(Test::KneeToWall);
            input.previousLeft = previous.left;
            input.previousRight = previous.right;
        }
        m_judgement = judge(input);
        m_resultBox->layout()->addWidget(new MeasureResultView(*m_judgement, *m_references, m_resultBox));
    }
    m_save->setEnabled(m_judgement.has_value());
}

void KneeToWallTestPage::setSaveOutcome(bool saved, const QString &message)
{
    m_status->setText(message);
    m_save->setEnabled(!saved && m_judgement.has_value());
}

} // namespace calfatlas::app
