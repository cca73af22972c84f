// SPDX-License-Identifier: MIT
#include "learn/learncontent.h"

#include "anatomy/knowledgebase.h"
#include "common/datafile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace calfatlas::learn {

namespace {

const QStringList kViews{QStringLiteral("posterior"), QStringLiteral("lateral"), QStringLiteral("cross-section")};

QList<Fact> factList(const JsonEntry &entry, const QString &field, const References &references)
{
    QList<Fact> facts = readSourcedTextList(entry, field, references);
    if (facts.isEmpty())
        entry.fail(field, QStringLiteral("must list at least one paragraph"));
    return facts;
}

TourStep readStep(const JsonEntry &entry, const References &references, const anatomy::KnowledgeBase &base)
{
    TourStep step;
    step.id = entry.requiredString(QStringLiteral("id"));
    step.title = entry.requiredText(QStringLiteral("title"));
    step.view = entry.requiredString(QStringLiteral("view"));
    if (!kViews.contains(step.view))
        entry.fail(QStringLiteral("view"), QStringLiteral("must be one of %1").arg(kViews.join(QStringLiteral(", "))));
    step.peel = entry.requiredString(QStringLiteral("peel"));
    if (base.layerDepth(step.peel) < 0)
        entry.fail(QStringLiteral("peel"), QStringLiteral("names \"%1\", which is not a layer").arg(step.peel));
    step.select = entry.requiredString(QStringLiteral("select"));
    const anatomy::Structure *selected = base.find(step.select);
    if (!selected)
        entry.fail(QStringLiteral("select"), QStringLiteral("names \"%1\", which is not a structure").arg(step.select));
    // The highlighted structure must be in sight once the layers above `peel` are gone.
    if (base.layerDepth(selected->layer) < base.layerDepth(step.peel))
        entry.fail(QStringLiteral("select"),
                   QStringLiteral("\"%1\" lies in a layer peeled away by \"%2\"").arg(step.select, step.peel));
    const QJsonValue labels = entry.object().value(QStringLiteral("labels"));
    if (!labels.isUndefined() && !labels.isBool())
        entry.fail(QStringLiteral("labels"), QStringLiteral("must be true or false"));
    step.labels = labels.toBool(true);
    step.paragraphs = factList(entry, QStringLiteral("paragraphs"), references);
    return step;
}

} // namespace

QStringList compareSections()
{
    return {QStringLiteral("origin"), QStringLiteral("insertion"), QStringLiteral("joints"),
            QStringLiteral("fibre_types")};
}

QString LearnContent::builtInPath()
{
    return QStringLiteral(":/calfatlas/data/learn.json");
}

LearnContent LearnContent::builtIn(const References &references, const anatomy::KnowledgeBase &base)
{
    return load(builtInPath(), references, base);
}

LearnContent LearnContent::load(const QString &path, const References &references, const anatomy::KnowledgeBase &base)
{
    const QJsonObject root = readJsonObjectFile(path);
    const JsonEntry top(path.startsWith(QLatin1Char(':')) ? QStringLiteral("learn.json") : path, {}, root);
    if (top.requiredNumber(QStringLiteral("format")) != 1)
        top.fail(QStringLiteral("format"), QStringLiteral("must be 1"));
    LearnContent content;

    QSet<QString> stepIds;
    forEachEntry(top, QStringLiteral("tour"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        TourStep step = readStep(entry, references, base);
        if (stepIds.contains(step.id))
            entry.fail(QStringLiteral("id"), QStringLiteral("is used by another step already"));
        stepIds.insert(step.id);
        content.m_tour.append(step);
    });

    forEachEntry(top, QStringLiteral("tests"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        SelfTestPosition test;
        test.id = entry.requiredString(QStringLiteral("id"));
        test.name = entry.requiredText(QStringLiteral("name"));
        const QString knee = entry.requiredString(QStringLiteral("knee"));
        if (knee != QLatin1String("bent") && knee != QLatin1String("straight"))
            entry.fail(QStringLiteral("knee"), QStringLiteral("must be \"bent\" or \"straight\""));
        test.kneeBent = knee == QLatin1String("bent");
        test.why = readSourcedText(entry, references);
        content.m_tests.append(test);
    });
    bool bent = false;
    bool straight = false;
    for (const SelfTestPosition &test : content.m_tests)
        (test.kneeBent ? bent : straight) = true;
    if (!bent || !straight)
        top.fail(QStringLiteral("tests"),
                 QStringLiteral("must hold one test with the knee bent and one with it straight"));

    content.m_testGroup = top.requiredString(QStringLiteral("test_group"));

    const JsonEntry compare(top.file(), QStringLiteral("compare"), top.requiredObject(QStringLiteral("compare")));
    forEachEntry(compare, QStringLiteral("columns"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        CompareColumn column{entry.requiredText(QStringLiteral("title")),
                             entry.requiredStringList(QStringLiteral("structures"))};
        if (column.structures.isEmpty())
            entry.fail(QStringLiteral("structures"), QStringLiteral("must name at least one structure"));
        for (const QString &id : column.structures) {
            if (!base.find(id))
                entry.fail(QStringLiteral("structures"),
                           QStringLiteral("names \"%1\", which is not a structure").arg(id));
        }
        content.m_columns.append(column);
    });
    forEachEntry(compare, QStringLiteral("rows"), EmptyList::Refuse, [&](const JsonEntry &entry) {
        CompareRow row;
        row.id = entry.requiredString(QStringLiteral("id"));
        row.title = entry.requiredText(QStringLiteral("title"));
        row.section = entry.optionalString(QStringLiteral("section"));
        if (!row.section.isEmpty()) {
            if (!compareSections().contains(row.section))
                entry.fail(QStringLiteral("section"),
                           QStringLiteral("must be one of %1").arg(compareSections().join(QStringLiteral(", "))));
        } else {
            row.cells = factList(entry, QStringLiteral("cells"), references);
            if (row.cells.size() != content.m_columns.size())
                entry.fail(QStringLiteral("cells"),
                           QStringLiteral("must hold one cell per column (%1)").arg(content.m_columns.size()));
        }
        content.m_rows.append(row);
    });

    content.m_about = factList(top, QStringLiteral("about"), references);
    return content;
}

} // namespace calfatlas::learn
