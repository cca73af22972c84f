// SPDX-License-Identifier: MIT
#include "notadvicepage.h"

#include "ui/sourcelinks.h"

#include <QEvent>

namespace calfatlas::app {

NotAdvicePage::NotAdvicePage(const QList<anatomy::Fact> &paragraphs, const References *references, QWidget *parent)
    : QTextBrowser(parent), m_paragraphs(paragraphs), m_references(references)
{
    setObjectName(QStringLiteral("notAdvicePage"));
    setAccessibleName(tr("Not medical advice"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(20);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const QString key = referenceKeyOf(url.toString()); !key.isEmpty())
            emit referenceRequested(key);
    });
    setHtml(html());
}

QString NotAdvicePage::html() const
{
    QString out = tr("<h2>Not medical advice</h2>");
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
        // The first paragraph is the statement every result of the self-test carries: set apart.
        if (i == 0)
            out += QStringLiteral("<p style=\"font-size:large; line-height:130%\"><b>%1</b></p>")
                       .arg(factHtml(*m_references, m_paragraphs.at(i)));
        else
            out +=
                QStringLiteral("<p style=\"line-height:130%\">%1</p>").arg(factHtml(*m_references, m_paragraphs.at(i)));
    }
    return out;
}

void NotAdvicePage::resizeEvent(QResizeEvent *event)
{
    // Lines stay a readable length however wide the window is.
    setLineWrapColumnOrWidth(std::min(viewport()->width(), 880));
    QTextBrowser::resizeEvent(event);
}

void NotAdvicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setHtml(html());
    QTextBrowser::changeEvent(event);
}

} // namespace calfatlas::app
