// SPDX-License-Identifier: MIT
#include "infopanel.h"

#include <QEvent>
#include <QToolTip>

namespace calfatlas::app {

using namespace calfatlas::anatomy;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Muscle: return InfoPanel::tr("Muscle");
    case Kind::Tendon: return InfoPanel::tr("Tendon");
    case Kind::Bone: return InfoPanel::tr("Bone");
    case Kind::Nerve: return InfoPanel::tr("Nerve");
    case Kind::Artery: return InfoPanel::tr("Artery");
    case Kind::Vein: return InfoPanel::tr("Vein");
    case Kind::Membrane: return InfoPanel::tr("Membrane");
    case Kind::Joint: return InfoPanel::tr("Joint");
    }
    return {};
}

QString compartmentName(const QString &id)
{
    if (id == QLatin1String("superficial-posterior"))
        return InfoPanel::tr("superficial back compartment");
    if (id == QLatin1String("deep-posterior"))
        return InfoPanel::tr("deep back compartment");
    if (id == QLatin1String("anterior"))
        return InfoPanel::tr("front compartment");
    if (id == QLatin1String("lateral"))
        return InfoPanel::tr("outer compartment");
    return {};
}

} // namespace

InfoPanel::InfoPanel(const KnowledgeBase *base, const References *references, QWidget *parent)
    : QTextBrowser(parent), m_base(base), m_references(references)
{
    setObjectName(QStringLiteral("infoPanel"));
    setAccessibleName(tr("About the selected structure"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(18);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("ref"))
            scrollToAnchor(QStringLiteral("ref-") + url.path());
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        const Reference *reference = url.scheme() == QLatin1String("ref") ? m_references->find(url.path()) : nullptr;
        if (reference)
            QToolTip::showText(QCursor::pos(), reference->citation, this);
        else
            QToolTip::hideText();
    });
    showStructure({});
}

QString InfoPanel::sectionTitle(Section section)
{
    switch (section) {
    case Section::Articulation: return tr("Bones");
    case Section::Origin: return tr("Origin");
    case Section::Insertion: return tr("Insertion");
    case Section::Innervation: return tr("Nerve supply");
    case Section::BloodSupply: return tr("Blood supply");
    case Section::Actions: return tr("Actions");
    case Section::Joints: return tr("Joints crossed");
    case Section::FibreTypes: return tr("Fibre types");
    case Section::Notes: return tr("Notes");
    }
    return {};
}

void InfoPanel::showStructure(const QString &id)
{
    m_id = m_base && m_base->find(id) ? id : QString();
    setHtml(m_id.isEmpty() ? emptyHtml() : html());
}

void InfoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setHtml(m_id.isEmpty() ? emptyHtml() : html()); // colours are written into the HTML
    QTextBrowser::changeEvent(event);
}

QString InfoPanel::sourcesHtml(const QStringList &keys) const
{
    QStringList links;
    for (const QString &key : keys) {
        if (const Reference *reference = m_references->find(key))
            links.append(QStringLiteral("<a href=\"ref:%1\">%2</a>").arg(key, reference->shortLabel.toHtmlEscaped()));
    }
    return QStringLiteral("<span style=\"font-size:small\">%1</span>").arg(links.join(QStringLiteral(" · ")));
}

QString InfoPanel::emptyHtml() const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    return tr("<h2>Explore the calf</h2>"
              "<p style=\"color:%1\">Point at a structure to see its name; click it to read where it starts and "
              "ends, which nerve supplies it, what it does and what its fibres are made of — each fact with its "
              "source.</p>"
              "<p style=\"color:%1\">Peel the layers away to find the soleus beneath the gastrocnemius, or search "
              "for any structure by name.</p>"
              "<p style=\"color:%1\"><b>Keys:</b> Tab or the arrow keys move between structures, Enter selects, "
              "Escape clears; [ and ] peel; + and − zoom, 0 fits.</p>")
        .arg(muted);
}

QString InfoPanel::html() const
{
    const Structure &s = *m_base->find(m_id);
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString layerName = s.layer;
    for (const Layer &layer : m_base->layers()) {
        if (layer.id == s.layer)
            layerName = layer.name;
    }
    QStringList facts{kindName(s.kind)};
    if (!s.compartment.isEmpty())
        facts.append(compartmentName(s.compartment));
    QString out = QStringLiteral("<h2 style=\"margin-bottom:0\">%1</h2><p style=\"margin-top:2px; color:%2\"><i>%3</i>"
                                 "<br>%4</p><p>%5</p>")
                      .arg(s.name.toHtmlEscaped(), muted, s.latinName.toHtmlEscaped(),
                           facts.join(QStringLiteral(" · ")).toHtmlEscaped(), s.summary.toHtmlEscaped());
    for (const SectionFacts &section : s.sections()) {
        out += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>").arg(sectionTitle(section.section));
        if (section.facts.size() == 1) {
            out += QStringLiteral("<p style=\"margin-top:0\">%1<br>%2</p>")
                       .arg(section.facts.first().text.toHtmlEscaped(), sourcesHtml(section.facts.first().sources));
            continue;
        }
        out += QStringLiteral("<ul style=\"margin-top:0\">");
        for (const Fact &fact : section.facts)
            out += QStringLiteral("<li>%1<br>%2</li>").arg(fact.text.toHtmlEscaped(), sourcesHtml(fact.sources));
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>").arg(tr("Sources"));
    for (const QString &key : s.allSources()) {
        if (const Reference *reference = m_references->find(key))
            out +=
                QStringLiteral("<p style=\"margin-top:0; font-size:small\"><a name=\"ref-%1\"></a><b>%2</b> — %3</p>")
                    .arg(key, reference->shortLabel.toHtmlEscaped(), reference->citation.toHtmlEscaped());
    }
    return out;
}

} // namespace calfatlas::app
