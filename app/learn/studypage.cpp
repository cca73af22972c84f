// SPDX-License-Identifier: MIT
#include "studypage.h"

#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "choicebutton.h"
#include "explorer/diagramview.h"
#include "studyservice.h"
#include "ui/card.h"
#include "ui/palette.h"
#include "ui/sourcelinks.h"
#include "ui/textwidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace calfatlas::app {

namespace {

constexpr int kChoices = 4;
constexpr std::array<learn::fsrs::Rating, 4> kRatingOrder{learn::fsrs::Rating::Again, learn::fsrs::Rating::Hard,
                                                          learn::fsrs::Rating::Good, learn::fsrs::Rating::Easy};

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

QString ratingName(learn::fsrs::Rating rating)
{
    switch (rating) {
    case learn::fsrs::Rating::Again: return StudyPage::tr("Again");
    case learn::fsrs::Rating::Hard: return StudyPage::tr("Hard");
    case learn::fsrs::Rating::Good: return StudyPage::tr("Good");
    case learn::fsrs::Rating::Easy: return StudyPage::tr("Easy");
    }
    return {};
}

QString ratingMeaning(learn::fsrs::Rating rating)
{
    switch (rating) {
    case learn::fsrs::Rating::Again: return StudyPage::tr("I did not know it");
    case learn::fsrs::Rating::Hard: return StudyPage::tr("I knew it, with effort");
    case learn::fsrs::Rating::Good: return StudyPage::tr("I knew it");
    case learn::fsrs::Rating::Easy: return StudyPage::tr("I knew it at once");
    }
    return {};
}

QString cardCount(int count)
{
    return count == 1 ? StudyPage::tr("1 card") : StudyPage::tr("%1 cards").arg(count);
}

QString againIn(int days)
{
    return days == 1 ? StudyPage::tr("back in 1 day") : StudyPage::tr("back in %1 days").arg(days);
}

} // namespace

StudyPage::StudyPage(StudyService *study, const References *references, QWidget *parent)
    : QWidget(parent), m_study(study), m_references(references)
{
    setObjectName(QStringLiteral("studyPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildBar());
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildStart());
    m_pages->addWidget(buildCard());
    m_pages->addWidget(buildSummary());
    layout->addWidget(m_pages, 1);
    for (int i = 1; i <= kChoices; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + i), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { pressNumber(i); });
    }
    connect(m_study, &StudyService::changed, this, &StudyPage::refreshStatus);
    refreshStatus();
}

QWidget *StudyPage::currentPage() const
{
    return m_pages->currentWidget();
}

QWidget *StudyPage::buildBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("studyBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(8);
    m_newPerDay = new QSpinBox(bar);
    m_newPerDay->setObjectName(QStringLiteral("studyNewPerDay"));
    m_newPerDay->setRange(0, StudyService::mostNewPerDay());
    m_newPerDay->setValue(m_study->newPerDay());
    m_newPerDay->setAccessibleName(tr("New cards per day"));
    m_newPerDay->setToolTip(tr("How many cards you have not studied yet join each day's study"));
    auto *label = new QLabel(tr("&New cards per day:"), bar);
    label->setBuddy(m_newPerDay);
    connect(m_newPerDay, &QSpinBox::valueChanged, m_study, &StudyService::setNewPerDay);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("studyStatus"));
    m_saveProblem = new QLabel(bar);
    m_saveProblem->setObjectName(QStringLiteral("studyProblem"));
    m_saveProblem->setWordWrap(true);
    m_saveProblem->setStyleSheet(QStringLiteral("color: %1").arg(palette::kProblemText.name()));
    m_saveProblem->hide();
    row->addWidget(label);
    row->addWidget(m_newPerDay);
    row->addSpacing(16);
    row->addWidget(m_status);
    row->addWidget(m_saveProblem, 1);
    row->addStretch(0);
    return bar;
}

QWidget *StudyPage::buildStart()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(24, 16, 24, 16);
    auto *card = new Card(page);
    card->setMaximumWidth(760);
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(28, 22, 28, 22);
    column->setSpacing(12);
    column->addWidget(headingLabel(tr("Study: cards that come back"), card, 1.5));
    column->addWidget(wrappingLabel(
        tr("Each card is a question from the quizzes. Answer it, then say how well you knew it: Again, Hard, Good "
           "or Easy (keys 1 to 4). CalfAtlas brings each card back just before you would forget it, with the "
           "FSRS-6 scheduler, so that a few minutes a day keep what you have learnt."),
        card));
    m_startText = wrappingLabel(QString(), card);
    m_startText->setObjectName(QStringLiteral("studyToday"));
    m_startText->setFont(scaled(font(), 1.15, true));
    column->addWidget(m_startText);
    m_start = new QPushButton(tr("Start today's cards"), card);
    m_start->setObjectName(QStringLiteral("studyStart"));
    m_start->setDefault(true);
    m_start->setMinimumHeight(36);
    connect(m_start, &QPushButton::clicked, this, &StudyPage::startSession);
    column->addWidget(m_start, 0, Qt::AlignLeft);
    // Centred at a readable width; no alignment flag, so that the card's wrapped text gets its full height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 10);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    return page;
}

QWidget *StudyPage::buildCard()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    m_column = column;
    column->setContentsMargins(20, 12, 20, 14);
    column->setSpacing(10);
    m_progress = new QLabel(page);
    m_progress->setObjectName(QStringLiteral("studyProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_progress);
    m_prompt = new QLabel(page);
    m_prompt->setObjectName(QStringLiteral("studyPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setFont(scaled(font(), 1.35, true));
    m_prompt->setTextFormat(Qt::PlainText);
    column->addWidget(m_prompt);

    m_diagram = new DiagramView(page);
    m_diagram->setObjectName(QStringLiteral("studyDiagram"));
    m_diagram->setPlate(anatomy::Plate::fromFile(learn::studyPlatePath()));
    m_diagram->setOrientation({tr("Knee"), tr("Lateral"), tr("Heel"), tr("Medial")});
    m_diagram->setLabelsVisible(false);
    m_diagram->setNamesHidden(true);
    m_diagram->setMinimumHeight(280);
    connect(m_diagram, &DiagramView::selectionChanged, this, [this](const QString &id) {
        const learn::StudyCard *card = m_study->card(m_session.current());
        if (!id.isEmpty() && card && card->question.kind == learn::QuestionKind::Click && !m_session.isAnswered())
            answer(id);
    });
    column->addWidget(m_diagram, 1);

    m_choiceBox = new QWidget(page);
    auto *choices = new QVBoxLayout(m_choiceBox);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(8);
    for (int i = 1; i <= kChoices; ++i) {
        auto *button = new ChoiceButton(i, m_choiceBox);
        button->setAccessibleName(tr("Answer %1").arg(i)); // until a card gives it its words
        connect(button, &QPushButton::clicked, this, [this, button] { answer(button->choice()); });
        choices->addWidget(button);
        m_choices.append(button);
    }
    m_choiceBox->setMaximumWidth(820);
    column->addWidget(m_choiceBox);

    m_feedback = wrappingLabel(QString(), page);
    m_feedback->setObjectName(QStringLiteral("studyFeedback"));
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_feedback->setMaximumWidth(900);
    connect(m_feedback, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const QString key = referenceKeyOf(link); !key.isEmpty())
            emit referenceRequested(key);
    });
    column->addWidget(m_feedback);
    column->addWidget(buildRatings(page));
    column->addStretch(0);
    return page;
}

QWidget *StudyPage::buildRatings(QWidget *parent)
{
    m_ratingRow = new QWidget(parent);
    m_ratingRow->setObjectName(QStringLiteral("studyRatings"));
    auto *row = new QHBoxLayout(m_ratingRow);
    row->setContentsMargins(0, 4, 0, 0);
    row->setSpacing(8);
    for (learn::fsrs::Rating rating : kRatingOrder) {
        auto *button = new QPushButton(m_ratingRow);
        button->setObjectName(QStringLiteral("rate-") + learn::idOf(rating));
        button->setToolTip(tr("%1 (key %2)").arg(ratingMeaning(rating)).arg(int(rating)));
        button->setText(QStringLiteral("%1  %2").arg(int(rating)).arg(ratingName(rating)));
        button->setMinimumHeight(52);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(int(rating)); });
        row->addWidget(button);
        m_ratings.append(button);
    }
    m_ratingRow->setMaximumWidth(820);
    return m_ratingRow;
}

QWidget *StudyPage::buildSummary()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(12);
    column->addWidget(headingLabel(tr("Session done"), page, 1.6));
    m_summary = wrappingLabel(QString(), page);
    m_summary->setObjectName(QStringLiteral("studySummary"));
    m_summary->setTextFormat(Qt::RichText);
    column->addWidget(m_summary);
    auto *back = new QPushButton(tr("Back to today's study"), page);
    back->setObjectName(QStringLiteral("studyBack"));
    connect(back, &QPushButton::clicked, this, [this] {
        refreshStatus();
        m_pages->setCurrentIndex(0);
    });
    column->addWidget(back, 0, Qt::AlignLeft);
    column->addStretch(1);
    return page;
}

void StudyPage::refreshStatus()
{
    const learn::StudyDay plan = m_study->plan();
    m_status->setText(tr("Today: %1 to review, %2 new").arg(plan.due.size()).arg(plan.fresh.size()));
    if (!m_study->store().notice().isEmpty()) {
        m_saveProblem->setText(m_study->store().notice());
        m_saveProblem->show();
    }
    if (plan.order.isEmpty()) {
        const auto [next, count] = m_study->nextDue();
        m_startText->setText(next.isValid() ? tr("Nothing left to study today. Next: %1 on %2.")
                                                  .arg(cardCount(count), QLocale().toString(next, QLocale::LongFormat))
                                            : tr("Nothing left to study today."));
    } else {
        m_startText->setText(tr("To study today: %1.").arg(cardCount(int(plan.order.size()))));
    }
    m_start->setEnabled(!plan.order.isEmpty());
}

void StudyPage::startSession()
{
    begin(m_study->plan().order);
}

void StudyPage::startCards(const QStringList &cardIds)
{
    QStringList known;
    for (const QString &id : cardIds) {
        if (m_study->card(id))
            known.append(id);
    }
    begin(known);
}

void StudyPage::begin(const QStringList &order)
{
    m_session = learn::StudySession(order);
    if (m_session.isFinished())
        return;
    m_pages->setCurrentIndex(1);
    showCard();
}

void StudyPage::showCard()
{
    const learn::StudyCard *card = m_study->card(m_session.current());
    if (!card) {
        showSummary();
        return;
    }
    const learn::Question &question = card->question;
    const bool isNew = !m_study->state(card->id);
    m_progress->setText(tr("Card %1 of %2").arg(m_session.index() + 1).arg(m_session.count()) + QStringLiteral(" · ") +
                        (isNew ? tr("new") : tr("review")));
    m_prompt->setText(question.prompt);
    m_feedback->clear();
    m_feedback->hide();
    m_ratingRow->hide();
    const bool onPlate = question.kind == learn::QuestionKind::Click;
    m_diagram->setVisible(onPlate);
    m_choiceBox->setVisible(!onPlate);
    m_column->setStretch(m_column->count() - 1, onPlate ? 0 : 1);
    if (onPlate) {
        m_diagram->clearSelection();
        m_diagram->setMistake({});
        m_diagram->setPeeled(std::max(0, m_diagram->plate().layerOf(question.answer)));
        m_diagram->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        ChoiceButton *button = m_choices.at(i);
        button->setVisible(i < question.choices.size());
        if (i < question.choices.size())
            button->setChoice(question.choices.at(i));
    }
    m_choices.first()->setFocus(Qt::OtherFocusReason);
}

void StudyPage::answer(const QString &choice)
{
    const learn::StudyCard *card = m_study->card(m_session.current());
    if (!card || m_session.isAnswered())
        return;
    const learn::Question &question = card->question;
    const bool right = question.isCorrect(choice);
    m_session.answer(right);
    if (question.kind == learn::QuestionKind::Click) {
        if (!right) {
            m_diagram->selectStructure(question.answer);
            m_diagram->setMistake(choice);
        }
    } else {
        for (ChoiceButton *button : std::as_const(m_choices)) {
            if (button->choice() == question.answer)
                button->setVerdict(ChoiceButton::Verdict::Right);
            else if (button->choice() == choice)
                button->setVerdict(ChoiceButton::Verdict::Wrong);
        }
    }
    const QString colour = (right ? palette::kRightAnswer : palette::kWrongAnswer).name();
    const QString verdict = right ? tr("Right.") : tr("Not quite: the right answer is marked.");
    QString html = QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour, verdict.toHtmlEscaped());
    if (!question.explanation.isEmpty())
        html += QStringLiteral("<br>") + factHtml(*m_references, {question.explanation, {}, question.sources});
    m_feedback->setText(html + QStringLiteral("<br>") + tr("How well did you know it?").toHtmlEscaped());
    m_feedback->show();

    const std::optional<learn::CardState> before = m_study->state(card->id);
    const learn::fsrs::Rating suggested = learn::suggestedRating(right);
    for (learn::fsrs::Rating rating : kRatingOrder) {
        QPushButton *button = m_ratings.at(int(rating) - 1);
        const int days = int(m_study->day().daysTo(learn::reviewed(card->id, before, rating, m_study->day()).due));
        button->setText(QStringLiteral("%1  %2\n%3").arg(int(rating)).arg(ratingName(rating), againIn(days)));
        button->setAccessibleName(QStringLiteral("%1: %2").arg(ratingName(rating), againIn(days)));
        button->setDefault(rating == suggested);
    }
    m_ratingRow->show();
    m_ratings.at(int(suggested) - 1)->setFocus(Qt::OtherFocusReason);
}

void StudyPage::rate(int rating)
{
    const QString id = m_session.current();
    if (id.isEmpty() || !m_session.isAnswered())
        return;
    const learn::StudyOutcome outcome = m_study->review(id, learn::fsrs::Rating(rating));
    if (!outcome.ok) {
        m_saveProblem->setText(outcome.message);
        m_saveProblem->show();
    }
    m_session.rate(learn::fsrs::Rating(rating));
    showCard();
}

void StudyPage::showSummary()
{
    m_pages->setCurrentIndex(2);
    QStringList tally;
    for (learn::fsrs::Rating rating : kRatingOrder)
        tally.append(QStringLiteral("%1 %2").arg(ratingName(rating)).arg(m_session.ratedAs(rating)));
    QString text = tr("You studied %1 and answered %2 right.")
                       .arg(cardCount(m_session.rated()))
                       .arg(m_session.right())
                       .toHtmlEscaped();
    text += QStringLiteral("<br>") + tally.join(QStringLiteral(" · ")).toHtmlEscaped();
    const auto [next, count] = m_study->nextDue();
    if (next.isValid())
        text +=
            QStringLiteral("<br>") +
            tr("Next: %1 on %2.").arg(cardCount(count), QLocale().toString(next, QLocale::LongFormat)).toHtmlEscaped();
    m_summary->setText(text);
}

void StudyPage::pressNumber(int number)
{
    if (m_pages->currentIndex() != 1)
        return;
    if (m_session.isAnswered()) {
        m_ratings.at(number - 1)->click();
        return;
    }
    if (m_choiceBox->isVisible() && number <= m_choices.size() && m_choices.at(number - 1)->isVisible())
        m_choices.at(number - 1)->click();
}

} // namespace calfatlas::app
