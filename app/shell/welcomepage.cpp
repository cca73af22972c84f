// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "ui/card.h"
#include "ui/readablecolumn.h"
#include "ui/textwidgets.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace calfatlas::app {

namespace {

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("welcomeContent"));
    auto *column = new QVBoxLayout(content);
    m_column = column;
    column->setContentsMargins(48, 32, 48, 32);
    column->addStretch(1);
    column->setSpacing(18);

    auto *header = new QHBoxLayout;
    auto *logo = new QLabel(content);
    logo->setPixmap(QIcon(QStringLiteral(":/calfatlas/icons/calfatlas.svg")).pixmap(72, 72));
    logo->setAccessibleName(tr("CalfAtlas logo"));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("CalfAtlas"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *tagline = wrappingLabel(tr("Learn the calf, and find out which calf muscle is sore."), content);
    QFont taglineFont = tagline->font();
    taglineFont.setPointSizeF(taglineFont.pointSizeF() * 1.25);
    tagline->setFont(taglineFont);
    titles->addWidget(title);
    titles->addWidget(tagline);
    header->addSpacing(12);
    header->addLayout(titles, 1);
    column->addLayout(header);

    column->addWidget(wrappingLabel(
        tr("What most people call “the calf” are the two heads of the gastrocnemius. Beneath them, out of sight, "
           "lies the soleus, which keeps you from falling forward when you stand and carries much of the load when "
           "you run. Only the gastrocnemius crosses the knee, and that one difference explains how the two muscles "
           "work and how to tell them apart."),
        content));

    auto *cards = new QHBoxLayout;
    cards->setSpacing(18);
    cards->addWidget(makeCard(Audience::Students, tr("For students: explore the lower leg"),
                              tr("Hover over and click each structure of the calf, peel the gastrocnemius away to "
                                 "find the soleus beneath it, and read where each muscle starts and ends, which "
                                 "nerve supplies it and what its fibres are made of — every fact with its source.")));
    cards->addWidget(makeCard(Audience::Runners, tr("For runners: a calf self-test"),
                              tr("Two simple stretches tell the soleus from the gastrocnemius: the bent-knee bench "
                                 "test and the straight-knee wall test. The self-test asks about warning signs "
                                 "first, and tells you when to see a clinician instead.")));
    column->addLayout(cards);

    auto *note = wrappingLabel(tr("CalfAtlas is for learning. Its self-test is not a diagnosis and does not replace "
                                  "an examination by a clinician. Nothing you enter leaves this computer."),
                               content);
    note->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(note);
    column->addStretch(2);

    scroll->setWidget(readableColumn(content, 980, ColumnPlace::Centre, scroll));
}

QWidget *WelcomePage::makeCard(Audience audience, const QString &title, const QString &text)
{
    auto *card = new Card(this);
    card->setObjectName(audience == Audience::Students ? QStringLiteral("studentCard") : QStringLiteral("runnerCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 20, 22, 20);
    layout->setSpacing(10);
    auto *heading = wrappingLabel(title, card);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(wrappingLabel(text, card));
    layout->addStretch(1);
    auto *buttons = new QVBoxLayout;
    layout->addLayout(buttons);
    (audience == Audience::Students ? m_studentButtons : m_runnerButtons) = buttons;
    return card;
}

void WelcomePage::addCardButton(Audience audience, const QString &text, std::function<void()> onClicked)
{
    auto *button = new QPushButton(text, this);
    button->setDefault(audience == Audience::Runners);
    connect(button, &QPushButton::clicked, this, [onClicked = std::move(onClicked)] { onClicked(); });
    (audience == Audience::Students ? m_studentButtons : m_runnerButtons)->addWidget(button, 0, Qt::AlignLeft);
}

void WelcomePage::setToday(QWidget *panel)
{
    panel->setParent(m_column->parentWidget());
    m_column->insertWidget(2, panel); // after the leading stretch and the title
}

} // namespace calfatlas::app
