// SPDX-License-Identifier: MIT
#include "scrollpage.h"

#include "selftestwizard.h"
#include "ui/readablecolumn.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace calfatlas::app {

ScrollPage::ScrollPage(SelfTestWizard *wizard) : m_wizard(wizard)
{
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(14, 4, 16, 12);
    m_body->setSpacing(12);
    // Lines of text stay a readable length however wide the window is, aligned with the page title.
    scroll->setWidget(readableColumn(content, 900, ColumnPlace::Left, scroll));
    // The page's own heading rather than QWizard's header, whose height does not follow a subtitle that
    // wraps (as longer German and Spanish subtitles do).
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setContentsMargins(14, 10, 16, 0);
    m_progress->hide();
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(14, 0, 16, 0);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setContentsMargins(14, 0, 16, 0);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(rule);
    layout->addWidget(scroll, 1);
}

void ScrollPage::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ScrollPage::setProgress(const QString &text)
{
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
}

QString ScrollPage::progress() const
{
    return m_progress->text();
}

void ScrollPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->minimum());
}

void ScrollPage::focusFirstQuestion()
{
    QWidget *question = firstUnanswered();
    if (!question) {
        m_scroll->setFocus(Qt::OtherFocusReason);
        return;
    }
    question->setFocus(Qt::OtherFocusReason);
    // Laid out first, so that the question's place in the page is known.
    if (QLayout *layout = m_scroll->widget()->layout())
        layout->activate();
    m_scroll->ensureWidgetVisible(question, 0, 48);
}

QLabel *ScrollPage::addParagraph(const QString &text, bool muted)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    m_body->addWidget(label);
    return label;
}

void ScrollPage::addSourceLine(const QStringList &keys)
{
    auto *label = new QLabel(m_wizard->sourcesHtml(keys), this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    m_body->addWidget(label);
}

} // namespace calfatlas::app
