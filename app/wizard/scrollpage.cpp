#include "scrollpage.h"

#include "selftestwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace calfatlas::app {

ScrollPage::ScrollPage(SelfTestWizard *wizard) : m_wizard(wizard)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Lines of text stay a readable length however wide the window is, aligned with the page title.
    auto *centring = new QWidget(scroll);
    auto *row = new QHBoxLayout(centring);
    row->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget(centring);
    content->setMaximumWidth(900);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(14, 4, 16, 12);
    m_body->setSpacing(12);
    row->addWidget(content, 100);
    row->addStretch(1);
    scroll->setWidget(centring);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ScrollPage::setHeading(const QString &title, const QString &subtitle)
{
    setTitle(QStringLiteral("<span style=\"font-size:x-large; font-weight:600\">%1</span>").arg(title.toHtmlEscaped()));
    setSubTitle(subtitle.toHtmlEscaped());
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
