// SPDX-License-Identifier: MIT
#include "quizpage.h"

#include "anatomy/knowledgebase.h"
#include "anatomy/plate.h"
#include "choicebutton.h"
#include "explorer/diagramview.h"
#include "learn/learncontent.h"
#include "ui/palette.h"
#include "ui/sourcelinks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace calfatlas::app {

namespace {

constexpr int kMaxChoices = 4;

QList<learn::QuestionKind> kindsOf(QuizPage::Mode mode)
{
    switch (mode) {
    case QuizPage::Mode::Tests: return learn::testKinds();
    case QuizPage::Mode::Links: return learn::relationKinds();
    case QuizPage::Mode::Click:
    case QuizPage::Mode::Attachments: break;
    }
    return learn::attachmentKinds();
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

QuizPage::QuizPage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
                   QWidget *parent)
    : QWidget(parent), m_content(content), m_base(base), m_references(references), m_generator(*base, *content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildSetup());
    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(
        tr("<h2>Test yourself</h2><p>Pick a quiz and press <b>Start</b>.</p>"
           "<p><b>Find it on the diagram:</b> click the structure asked for; the labels are "
           "hidden.<br><b>Attachments and actions:</b> where each muscle starts and ends, what "
           "it does and which joints it crosses.<br><b>Which test, which muscle:</b> what the "
           "bench test and the wall test tell apart.<br><b>Links between structures:</b> which nerve, artery, bone "
           "and joint goes with which muscle, asked both ways round, to choose or to find on the "
           "diagram.</p>"
           "<p>The same quiz number always gives the same questions, so a class can take the "
           "same quiz.</p>"),
        m_pages);
    empty->setObjectName(QStringLiteral("quizIntro"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The intro sits on the same left edge as the quiz's questions.
    auto *intro = new QWidget(m_pages);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->setContentsMargins(20, 12, 20, 14);
    introLayout->addWidget(empty);
    m_pages->addWidget(intro);
    m_pages->addWidget(buildQuestion());
    m_pages->addWidget(buildSummary());
    layout->addWidget(m_pages, 1);

    for (int i = 1; i <= kMaxChoices; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + i), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (m_pages->currentIndex() == 1 && m_choiceBox->isVisible() && i <= m_choices.size() &&
                m_choices.at(i - 1)->isVisible())
                m_choices.at(i - 1)->click();
        });
    }
}

QWidget *QuizPage::buildSetup()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("quizSetup"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 10);
    row->setSpacing(8);
    m_mode = new QComboBox(bar);
    m_mode->setObjectName(QStringLiteral("quizMode"));
    m_mode->addItem(tr("Find it on the diagram"), int(Mode::Click));
    m_mode->addItem(tr("Attachments and actions"), int(Mode::Attachments));
    m_mode->addItem(tr("Which test, which muscle"), int(Mode::Tests));
    m_mode->addItem(tr("Links between structures"), int(Mode::Links));
    m_mode->setAccessibleName(tr("Kind of quiz"));
    auto *modeLabel = new QLabel(tr("&Quiz:"), bar);
    modeLabel->setBuddy(m_mode);
    m_count = new QSpinBox(bar);
    m_count->setObjectName(QStringLiteral("quizCount"));
    m_count->setAccessibleName(tr("Number of questions"));
    auto *countLabel = new QLabel(tr("&Questions:"), bar);
    countLabel->setBuddy(m_count);
    m_seed = new QSpinBox(bar);
    m_seed->setObjectName(QStringLiteral("quizSeed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1000)));
    m_seed->setAccessibleName(tr("Quiz number"));
    m_seed->setToolTip(tr("The same quiz number gives the same questions in the same order"));
    auto *seedLabel = new QLabel(tr("Quiz &number:"), bar);
    seedLabel->setBuddy(m_seed);
    m_start = new QPushButton(tr("Start"), bar);
    m_start->setObjectName(QStringLiteral("quizStart"));
    m_start->setToolTip(tr("Start a new quiz (Ctrl+Return)"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &QuizPage::updateCountRange);
    connect(m_start, &QPushButton::clicked, this,
            [this] { start(Mode(m_mode->currentData().toInt()), m_count->value(), quint32(m_seed->value())); });
    row->addWidget(modeLabel);
    row->addWidget(m_mode);
    row->addSpacing(8);
    row->addWidget(countLabel);
    row->addWidget(m_count);
    row->addSpacing(8);
    row->addWidget(seedLabel);
    row->addWidget(m_seed);
    row->addSpacing(8);
    row->addWidget(m_start);
    row->addStretch(1);

    const anatomy::Plate plate = anatomy::Plate::fromFile(QStringLiteral(":/calfatlas/art/posterior.svg"));
    for (const QString &id : plate.structureIds()) {
        if (m_base->find(id))
            m_clickable.append(id);
    }
    m_generator.setPlateStructures(m_clickable);
    updateCountRange();
    return bar;
}

QWidget *QuizPage::buildQuestion()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    m_column = column;
    column->setContentsMargins(20, 12, 20, 14);
    column->setSpacing(10);
    auto *status = new QHBoxLayout;
    m_progress = new QLabel(page);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_score = new QLabel(page);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setFont(scaled(font(), 1.0, true));
    status->addWidget(m_progress);
    status->addStretch(1);
    status->addWidget(m_score);
    column->addLayout(status);
    m_prompt = new QLabel(page);
    m_prompt->setObjectName(QStringLiteral("quizPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setFont(scaled(font(), 1.35, true));
    m_prompt->setTextFormat(Qt::PlainText);
    column->addWidget(m_prompt);

    m_diagram = new DiagramView(page);
    m_diagram->setObjectName(QStringLiteral("quizDiagram"));
    m_diagram->setPlate(anatomy::Plate::fromFile(QStringLiteral(":/calfatlas/art/posterior.svg")));
    m_diagram->setOrientation({tr("Knee"), tr("Lateral"), tr("Heel"), tr("Medial")});
    QHash<QString, StructureText> texts;
    for (const anatomy::Structure &structure : m_base->structures())
        texts.insert(structure.id, {structure.name, structure.summary});
    m_diagram->setStructureTexts(texts);
    m_diagram->setLabelsVisible(false);
    m_diagram->setNamesHidden(true);
    m_diagram->setMinimumHeight(320);
    connect(m_diagram, &DiagramView::selectionChanged, this, [this](const QString &id) {
        const learn::Question *question = m_session.current();
        if (!id.isEmpty() && question && learn::isClickKind(question->kind) && !m_session.isAnswered())
            answer(id);
    });
    column->addWidget(m_diagram, 1);

    m_choiceBox = new QWidget(page);
    auto *choices = new QVBoxLayout(m_choiceBox);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->setSpacing(8);
    for (int i = 1; i <= kMaxChoices; ++i) {
        auto *button = new ChoiceButton(i, m_choiceBox);
        connect(button, &QPushButton::clicked, this, [this, button] { answer(button->choice()); });
        choices->addWidget(button);
        m_choices.append(button);
    }
    column->addWidget(m_choiceBox);

    m_feedback = linkLabel(page);
    m_feedback->setObjectName(QStringLiteral("quizFeedback"));
    m_feedback->setMaximumWidth(900); // a readable line under the choices
    column->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    m_next = new QPushButton(tr("Next question"), page);
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_next->setDefault(true);
    m_next->setToolTip(tr("Go on (Enter)"));
    connect(m_next, &QPushButton::clicked, this, &QuizPage::advance);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addStretch(0); // takes the spare height when the choices do not
    // The choices take the width they need, the diagram all the height it can get.
    m_choiceBox->setMaximumWidth(820);
    return page;
}

QWidget *QuizPage::buildSummary()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(12);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("quizResult"));
    m_result->setFont(scaled(font(), 1.6, true));
    m_missed = linkLabel(page);
    m_missed->setObjectName(QStringLiteral("quizMissed"));
    m_retry = new QPushButton(tr("Try the missed questions again"), page);
    m_retry->setObjectName(QStringLiteral("quizRetry"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        learn::QuizSession again = m_session.retryMissed();
        play(again);
    });
    auto *another = new QPushButton(tr("Another quiz"), page);
    another->setToolTip(tr("A new quiz with the next quiz number"));
    connect(another, &QPushButton::clicked, this, [this] {
        m_seed->setValue(m_seed->value() < m_seed->maximum() ? m_seed->value() + 1 : 0);
        m_start->click();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(another);
    buttons->addStretch(1);
    column->addWidget(m_result);
    column->addWidget(m_missed);
    column->addLayout(buttons);
    column->addStretch(1);
    return page;
}

QLabel *QuizPage::linkLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const QString key = referenceKeyOf(link); !key.isEmpty())
            emit referenceRequested(key);
        else if (link.startsWith(QLatin1String("atlas:")))
            emit showStructureRequested(link.mid(6));
    });
    return label;
}

int QuizPage::available(Mode mode) const
{
    return mode == Mode::Click ? int(m_clickable.size()) : int(m_generator.available(kindsOf(mode)));
}

void QuizPage::updateCountRange()
{
    const int most = available(Mode(m_mode->currentData().toInt()));
    m_count->setRange(std::min(1, most), most);
    m_count->setValue(std::min(10, most));
    m_count->setToolTip(tr("Up to %1 different questions").arg(most));
}

void QuizPage::start(Mode mode, int count, quint32 seed)
{
    const int most = available(mode);
    count = std::clamp(count, std::min(1, most), most);
    m_playing = mode;
    const QList<learn::Question> questions = mode == Mode::Click ? m_generator.clickRound(seed, m_clickable, count)
                                                                 : m_generator.generate(seed, count, kindsOf(mode));
    play(learn::QuizSession(questions));
}

void QuizPage::play(learn::QuizSession session)
{
    m_session = std::move(session);
    m_pages->setCurrentIndex(1);
    showQuestion();
}

QString QuizPage::nameOf(const QString &id) const
{
    const anatomy::Structure *structure = m_base->find(id);
    return structure ? learn::nameInSentence(structure->name) : id;
}

void QuizPage::showQuestion()
{
    const learn::Question *question = m_session.current();
    if (!question) {
        showSummary();
        return;
    }
    m_progress->setText(tr("Question %1 of %2").arg(m_session.index() + 1).arg(m_session.count()));
    m_score->setText(tr("Score: %1 of %2").arg(m_session.score()).arg(m_session.answered()));
    m_prompt->setText(question->prompt);
    m_feedback->clear();
    m_feedback->hide();
    m_next->setEnabled(false);
    m_next->setText(m_session.index() + 1 == m_session.count() ? tr("See your score") : tr("Next question"));
    const bool onDiagram = learn::isClickKind(question->kind);
    m_diagram->setVisible(onDiagram);
    m_choiceBox->setVisible(!onDiagram);
    m_column->setStretch(m_column->count() - 1, onDiagram ? 0 : 1);
    if (onDiagram) {
        m_diagram->clearSelection();
        m_diagram->setMistake({});
        // Uncover the layer the structure lies in; finding it among its neighbours is the question.
        m_diagram->setPeeled(std::max(0, m_diagram->plate().layerOf(question->answer)));
        m_diagram->setFocus(Qt::OtherFocusReason);
    } else {
        for (qsizetype i = 0; i < m_choices.size(); ++i) {
            ChoiceButton *button = m_choices.at(i);
            button->setVisible(i < question->choices.size());
            if (i < question->choices.size())
                button->setChoice(question->choices.at(i));
        }
        if (!m_choices.isEmpty())
            m_choices.first()->setFocus(Qt::OtherFocusReason);
    }
}

void QuizPage::answer(const QString &choice)
{
    const learn::Question *question = m_session.current();
    if (!question || m_session.isAnswered())
        return;
    const bool right = m_session.answer(choice);
    QString verdict;
    if (question->kind == learn::QuestionKind::RelationClick) {
        verdict = right ? tr("Right: the %1 fits.").arg(nameOf(choice).toHtmlEscaped())
                        : tr("Not quite: you clicked the %1 (marked ✗). One that fits, highlighted now: the %2.")
                              .arg(nameOf(choice).toHtmlEscaped(), nameOf(question->answer).toHtmlEscaped());
        if (!right) {
            m_diagram->selectStructure(question->answer);
            m_diagram->setMistake(choice);
        }
    } else if (question->kind == learn::QuestionKind::Click) {
        verdict = right ? tr("Right: that is the %1.").arg(nameOf(question->answer).toHtmlEscaped())
                        : tr("Not quite: you clicked the %1 (marked ✗). Highlighted now: the %2.")
                              .arg(nameOf(choice).toHtmlEscaped(), nameOf(question->answer).toHtmlEscaped());
        if (!right) {
            m_diagram->selectStructure(question->answer);
            m_diagram->setMistake(choice);
        }
    } else {
        for (ChoiceButton *button : std::as_const(m_choices)) {
            if (button->choice() == question->answer)
                button->setVerdict(ChoiceButton::Verdict::Right);
            else if (button->choice() == choice)
                button->setVerdict(ChoiceButton::Verdict::Wrong);
        }
        verdict = right ? tr("Right.") : tr("Not quite: the right answer is the one marked ✓.");
    }
    const QString colour = (right ? palette::kRightAnswer : palette::kWrongAnswer).name();
    QString html = QStringLiteral("<b style=\"color:%1\">%2</b>").arg(colour, verdict);
    if (!question->explanation.isEmpty())
        html += QStringLiteral("<br>") + factHtml(*m_references, {question->explanation, {}, question->sources});
    m_feedback->setText(html);
    m_feedback->show();
    m_score->setText(tr("Score: %1 of %2").arg(m_session.score()).arg(m_session.answered()));
    m_next->setEnabled(true);
    m_next->setFocus(Qt::OtherFocusReason);
}

void QuizPage::advance()
{
    if (!m_session.isAnswered())
        return;
    m_session.next();
    showQuestion();
}

void QuizPage::showSummary()
{
    m_pages->setCurrentIndex(2);
    m_result->setText(tr("You scored %1 of %2").arg(m_session.score()).arg(m_session.count()));
    const QList<learn::Question> missed = m_session.missed();
    if (missed.isEmpty()) {
        m_missed->setText(tr("Every answer right. Try another quiz, or a different kind."));
        m_retry->hide();
        return;
    }
    QStringList names;
    for (const QString &id : m_session.missedStructures())
        names.append(QStringLiteral("<a href=\"atlas:%1\">%2</a>").arg(id, nameOf(id).toHtmlEscaped()));
    m_missed->setText(
        tr("Worth another look: %1. Click a name to open it in the atlas.").arg(names.join(QStringLiteral(", "))));
    m_retry->setText(tr("Try the %n you missed again", nullptr, int(missed.size())));
    m_retry->show();
    m_retry->setFocus(Qt::OtherFocusReason);
}

} // namespace calfatlas::app
