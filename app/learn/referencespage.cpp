// SPDX-License-Identifier: MIT
#include "referencespage.h"

#include "common/references.h"

#include <QEvent>
#include <QScrollBar>

namespace calfatlas::app {

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("textbook"))
        return ReferencesPage::tr("Textbook");
    if (kind == QLatin1String("paper"))
        return ReferencesPage::tr("Research paper");
    if (kind == QLatin1String("chapter"))
        return ReferencesPage::tr("Book chapter");
    if (kind == QLatin1String("guidance"))
        return ReferencesPage::tr("Health guidance");
    if (kind == QLatin1String("article"))
        return ReferencesPage::tr("Article");
    if (kind == QLatin1String("database"))
        return ReferencesPage::tr("Ontology");
    if (kind == QLatin1String("terminology"))
        return ReferencesPage::tr("Anatomical terminology");
    return kind;
}

} // namespace

ReferencesPage::ReferencesPage(const References *references, QWidget *parent)
    : QTextBrowser(parent), m_references(references)
{
    setObjectName(QStringLiteral("referencesPage"));
    setAccessibleName(tr("References"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(20);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    setHtml(html());
}

QString ReferencesPage::html() const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlphaF(0.22);
    QString out =
        tr("<h2>References</h2><p style=\"color:%1\">Every fact in CalfAtlas comes from one of these sources. "
           "A source link next to a fact brings you here.</p>")
            .arg(muted);
    for (const Reference &reference : m_references->all()) {
        const bool shown = reference.key == m_shown;
        out += QStringLiteral("<a name=\"%1\"></a><table width=\"100%\" cellpadding=\"6\" style=\"margin-bottom:6px\">"
                              "<tr><td%2><b>%3</b> <span style=\"color:%4\">· %5</span><br>%6%7</td></tr></table>")
                   .arg(reference.key.toHtmlEscaped(),
                        shown ? QStringLiteral(" bgcolor=\"%1\"").arg(mark.name(QColor::HexArgb)) : QString(),
                        reference.shortLabel.toHtmlEscaped(), muted, kindName(reference.kind),
                        reference.citation.toHtmlEscaped(),
                        reference.doi.isEmpty() ? QString()
                                                : QStringLiteral("<br><span style=\"color:%1\">doi:%2</span>")
                                                      .arg(muted, reference.doi.toHtmlEscaped()));
    }
    return out;
}

bool ReferencesPage::knows(const QString &key) const
{
    return m_references->find(key) != nullptr;
}

bool ReferencesPage::showReference(const QString &key)
{
    if (!m_references->find(key))
        return false;
    m_shown = key;
    setHtml(html());
    scrollToAnchor(key);
    // A little of what comes before, so the marked entry does not sit against the edge.
    verticalScrollBar()->setValue(std::max(0, verticalScrollBar()->value() - fontMetrics().height()));
    return true;
}

void ReferencesPage::resizeEvent(QResizeEvent *event)
{
    // Lines stay a readable length however wide the window is.
    setLineWrapColumnOrWidth(std::min(viewport()->width(), 880));
    QTextBrowser::resizeEvent(event);
}

void ReferencesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setHtml(html()); // colours are written into the HTML
    QTextBrowser::changeEvent(event);
}

} // namespace calfatlas::app
