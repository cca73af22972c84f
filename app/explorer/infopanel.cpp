// SPDX-License-Identifier: MIT
#include "infopanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
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

// What the links of a relation are, read from the entry that holds them ("Nerve: Tibial nerve").
QString linkLabel(Relation relation)
{
    switch (relation) {
    case Relation::OriginOn: return InfoPanel::tr("Arises from");
    case Relation::InsertsOn: return InfoPanel::tr("Inserts on");
    case Relation::InsertsVia: return InfoPanel::tr("Through");
    case Relation::InnervatedBy: return InfoPanel::tr("Nerve");
    case Relation::SuppliedBy: return InfoPanel::tr("Arteries");
    case Relation::DrainedBy: return InfoPanel::tr("Veins");
    case Relation::Crosses: return InfoPanel::tr("Joints");
    case Relation::Articulates: return InfoPanel::tr("Bones");
    }
    return {};
}

// The same links read from the other end ("Supplies: Soleus, …" on the nerve).
QString backlinkLabel(Relation relation, bool allCrossingsLinked)
{
    switch (relation) {
    case Relation::OriginOn: return InfoPanel::tr("Muscles arising from it");
    case Relation::InsertsOn: return InfoPanel::tr("Inserting on it");
    case Relation::InsertsVia: return InfoPanel::tr("Muscles inserting through it");
    case Relation::InnervatedBy: return InfoPanel::tr("Muscles it supplies");
    case Relation::SuppliedBy: return InfoPanel::tr("Muscles it supplies");
    case Relation::DrainedBy: return InfoPanel::tr("What it drains");
    case Relation::Crosses:
        return allCrossingsLinked ? InfoPanel::tr("Muscles crossing it")
                                  : InfoPanel::tr("Muscles crossing it, among others");
    case Relation::Articulates: return InfoPanel::tr("Joints it is part of");
    }
    return {};
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Uberon: return QStringLiteral("Uberon");
    case Scheme::Fma: return QStringLiteral("FMA ID");
    case Scheme::Ta98: return QStringLiteral("TA98");
    case Scheme::Ta2: return QStringLiteral("TA2");
    }
    return {};
}

constexpr QLatin1String kStructureScheme("kb");

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
        else if (url.scheme() == kStructureScheme)
            open(url.path());
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        const Reference *reference = url.scheme() == QLatin1String("ref") ? m_references->find(url.path()) : nullptr;
        if (reference)
            QToolTip::showText(QCursor::pos(), reference->citation, this);
        else
            QToolTip::hideText();
        if (url.scheme() == kStructureScheme) {
            m_pointing = true;
            emit structureHovered(url.path());
        } else if (m_pointing) {
            m_pointing = false;
            emit structureHovered({});
        }
    });

    // Back and Forward sit in a strip above the text, like a browser's.
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("infoTrailBar"));
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::Base);
    auto *row = new QHBoxLayout(m_bar);
    row->setContentsMargins(10, 4, 10, 0);
    row->setSpacing(4);
    const auto trailButton = [this, row](const QString &name, Qt::ArrowType arrow, const QString &text,
                                         const QKeySequence &keys) {
        auto *button = new QToolButton(m_bar);
        button->setObjectName(name);
        button->setArrowType(arrow);
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setShortcut(keys);
        button->setToolTip(tr("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        row->addWidget(button);
        return button;
    };
    m_back = trailButton(QStringLiteral("infoBack"), Qt::LeftArrow, tr("Back"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = trailButton(QStringLiteral("infoForward"), Qt::RightArrow, tr("Forward"),
                            QKeySequence(Qt::ALT | Qt::Key_Right));
    row->addStretch(1);
    connect(m_back, &QToolButton::clicked, this, &InfoPanel::goBack);
    connect(m_forward, &QToolButton::clicked, this, &InfoPanel::goForward);
    setViewportMargins(0, m_bar->sizeHint().height(), 0, 0);
    showStructure({});
}

void InfoPanel::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    const QRect area = contentsRect();
    m_bar->setGeometry(area.left(), area.top(), area.width(), m_bar->sizeHint().height());
}

void InfoPanel::goBack()
{
    if (!m_trail.canGoBack())
        return;
    // A copy: what the plate does with the id can change what the panel shows.
    const QString id = m_trail.back();
    display(id);
    emit structureOpened(id);
}

void InfoPanel::goForward()
{
    if (!m_trail.canGoForward())
        return;
    const QString id = m_trail.forward();
    display(id);
    emit structureOpened(id);
}

void InfoPanel::open(const QString &id)
{
    if (!m_base->find(id))
        return;
    showStructure(id);
    emit structureOpened(id);
}

void InfoPanel::updateTrailButtons()
{
    m_back->setEnabled(m_trail.canGoBack());
    m_forward->setEnabled(m_trail.canGoForward());
    const auto nameAt = [this](qsizetype index) {
        const anatomy::Structure *s = m_base->find(m_trail.entries().value(index));
        return s ? s->name : QString();
    };
    m_back->setAccessibleDescription(nameAt(m_trail.position() - 1));
    m_forward->setAccessibleDescription(nameAt(m_trail.position() + 1));
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
    display(id);
    m_trail.visit(m_id);
    updateTrailButtons();
}

void InfoPanel::display(const QString &id)
{
    m_id = m_base && m_base->find(id) ? id : QString();
    setHtml(m_id.isEmpty() ? emptyHtml() : html());
    updateTrailButtons();
    if (m_pointing) { // the link under the pointer is gone with the old text
        m_pointing = false;
        emit structureHovered({});
    }
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
            out += QStringLiteral("<p style=\"margin-top:0\">%1<br>%2%3</p>")
                       .arg(section.facts.first().text.toHtmlEscaped(), sourcesHtml(section.facts.first().sources),
                            linksHtml(s, section.section));
            continue;
        }
        out += QStringLiteral("<ul style=\"margin-top:0\">");
        for (const Fact &fact : section.facts)
            out += QStringLiteral("<li>%1<br>%2</li>").arg(fact.text.toHtmlEscaped(), sourcesHtml(fact.sources));
        out += QStringLiteral("</ul>");
    }
    out += backlinksHtml(s) + identifiersHtml(s);
    out += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4>").arg(tr("Sources"));
    for (const QString &key : s.allSources()) {
        if (const Reference *reference = m_references->find(key))
            out +=
                QStringLiteral("<p style=\"margin-top:0; font-size:small\"><a name=\"ref-%1\"></a><b>%2</b> — %3</p>")
                    .arg(key, reference->shortLabel.toHtmlEscaped(), reference->citation.toHtmlEscaped());
    }
    return out;
}

QString InfoPanel::linkHtml(const QString &id) const
{
    const Structure *target = m_base->find(id);
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(kStructureScheme, id, (target ? target->name : id).toHtmlEscaped());
}

// The links a section's fact stands for, under its sources: "Nerve: Tibial nerve".
QString InfoPanel::linksHtml(const Structure &s, Section section) const
{
    QString out;
    for (const Link &link : s.relations) {
        if (Structure::sectionOf(link.relation) != section)
            continue;
        QStringList names;
        for (const QString &target : link.targets)
            names.append(linkHtml(target));
        out += QStringLiteral("<br>%1: %2")
                   .arg(linkLabel(link.relation).toHtmlEscaped(), names.join(QStringLiteral(", ")));
    }
    return out;
}

// The entries that link to this one, by relation, each with the sources of the facts behind the links.
QString InfoPanel::backlinksHtml(const Structure &s) const
{
    QString out;
    for (Relation relation : allRelations()) {
        const QStringList from = m_base->linking(relation, s.id);
        if (from.isEmpty())
            continue;
        QStringList names;
        QStringList sources;
        for (const QString &id : from) {
            names.append(linkHtml(id));
            if (const std::optional<Fact> fact = m_base->find(id)->factFor(relation)) {
                for (const QString &key : fact->sources) {
                    if (!sources.contains(key))
                        sources.append(key);
                }
            }
        }
        out += QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4><p style=\"margin-top:0\">%2<br>%3</p>")
                   .arg(backlinkLabel(relation, s.allCrossingsLinked).toHtmlEscaped(), names.join(QStringLiteral(", ")),
                        sourcesHtml(sources));
    }
    return out;
}

QString InfoPanel::identifiersHtml(const Structure &s) const
{
    if (s.identifiers.isEmpty())
        return {};
    QString rows;
    for (const Identifier &identifier : s.identifiers)
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:10px\">%1</td><td style=\"padding-right:10px\"><tt>%2</tt>"
                           "</td><td>%3</td></tr>")
                .arg(schemeName(identifier.scheme), identifier.value.toHtmlEscaped(), sourcesHtml({identifier.source}));
    return QStringLiteral("<h4 style=\"margin-bottom:2px\">%1</h4><table cellspacing=\"0\">%2</table>")
        .arg(tr("Identifiers"), rows);
}

} // namespace calfatlas::app
