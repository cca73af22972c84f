// SPDX-License-Identifier: MIT
#include "measurepage.h"

#include "assessment/kneetowall.h"
#include "assessment/legnames.h"
#include "kneetowallscale.h"
#include "selftestwizard.h"
#include "ui/illustration.h"
#include "ui/palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace calfatlas::app {

using namespace calfatlas::assessment;

MeasurePage::MeasurePage(SelfTestWizard *wizard) : ScrollPage(wizard)
{
    const TestInstructions &test = wizard->content().test(QStringLiteral("knee-to-wall"));
    setHeading(test.title, tr("%1 Leave it empty to skip it.").arg(test.summary));

    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    auto *picture = new Illustration(test.illustration, QSize(240, 240), this);
    picture->setAccessibleName(tr("Drawing of the knee-to-wall test"));
    row->addWidget(picture, 0, Qt::AlignTop);
    QString steps = QStringLiteral("<ol style=\"margin-left:0\">");
    for (const QString &step : test.steps)
        steps += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(step.toHtmlEscaped());
    steps += QStringLiteral("</ol>");
    auto *list = new QLabel(steps, this);
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);
    row->addWidget(list, 1, Qt::AlignTop);
    body()->addLayout(row);
    addSourceLine(test.sources);

    auto *unitRow = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("Measured in"), this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("centimetres"), int(LengthUnit::Centimetres));
    m_unit->addItem(tr("inches"), int(LengthUnit::Inches));
    m_unit->setAccessibleName(tr("Unit of the distances"));
    unitLabel->setBuddy(m_unit);
    unitRow->addWidget(unitLabel);
    unitRow->addWidget(m_unit);
    unitRow->addStretch(1);
    body()->addLayout(unitRow);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MeasurePage::refresh);

    m_rowsBox = new QWidget(this);
    auto *rows = new QVBoxLayout(m_rowsBox);
    rows->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_rowsBox);

    m_scale = new KneeToWallScale(this);
    body()->addWidget(m_scale);
    m_difference = addParagraph(QString());
    addParagraph(tr("Many clinicians treat under 10 cm as reduced ankle bend; that is a practice convention, not a "
                    "validated cut-off. Between the two legs, a difference under 2 cm can come from the errors of "
                    "measuring yourself alone."),
                 true);
    body()->addStretch(1);
    setLegs({LegAnswers{}});
}

void MeasurePage::setLegs(const std::vector<LegAnswers> &legs, bool otherLegNotSore)
{
    QHash<QString, QString> kept;
    for (const Row &row : m_rows) {
        kept.insert(row.key, row.edit->text());
        delete row.box;
    }
    m_rows.clear();
    for (const LegAnswers &leg : legs)
        addRow(leg.side, true, kept);
    // The instructions measure both legs: with one sore leg, the other one is measured in its own right.
    if (legs.size() == 1 && otherLegNotSore) {
        std::optional<Side> other;
        if (legs.front().side)
            other = *legs.front().side == Side::Left ? Side::Right : Side::Left;
        addRow(other, false, kept);
    }
    // The fields line up under each other, after the longest leg name.
    int labelWidth = 110;
    for (const Row &row : m_rows)
        labelWidth = std::max(labelWidth, row.label->sizeHint().width());
    // The fields are as wide as the longest hint, in every language.
    int fieldWidth = 160;
    for (const Row &row : m_rows)
        fieldWidth = std::max(fieldWidth, row.edit->fontMetrics().horizontalAdvance(row.edit->placeholderText()) + 24);
    for (const Row &row : m_rows) {
        static_cast<QGridLayout *>(row.box->layout())->setColumnMinimumWidth(0, labelWidth);
        row.edit->setFixedWidth(fieldWidth);
    }
    refresh();
}

void MeasurePage::addRow(const std::optional<Side> &side, bool sore, const QHash<QString, QString> &kept)
{
    const QString key = !sore && !side ? QStringLiteral("other") : assessment::legKey(side);
    const QString name = sore   ? assessment::legName(side)
                         : side ? tr("%1 (not sore)").arg(assessment::legName(side))
                                : tr("Your other leg (not sore)");
    Row row{key, side, sore, new QWidget(m_rowsBox), nullptr, nullptr, nullptr};
    auto *grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 4, 0, 4);
    auto *label = new QLabel(name, row.box);
    row.label = label;
    row.edit = new QLineEdit(kept.value(row.key), row.box);
    row.edit->setObjectName(QStringLiteral("distance-") + row.key);
    row.edit->setPlaceholderText(sore ? tr("for example %1").arg(QLocale().toString(11.5))
                                      : tr("optional, to compare"));
    row.edit->setAccessibleName(tr("%1: knee-to-wall distance").arg(name));
    label->setBuddy(row.edit);
    row.message = new QLabel(row.box);
    row.message->setObjectName(QStringLiteral("problem-") + row.key);
    row.message->setWordWrap(true);
    grid->addWidget(label, 0, 0);
    grid->addWidget(row.edit, 0, 1);
    grid->addWidget(row.message, 0, 2);
    grid->setColumnStretch(2, 1);
    m_rowsBox->layout()->addWidget(row.box);
    // Shown now rather than when the layout gets round to it, so that the focus can go to it at once.
    row.box->setVisible(true);
    connect(row.edit, &QLineEdit::textChanged, this, &MeasurePage::refresh);
    m_rows.append(row);
}

std::optional<double> MeasurePage::rowCm(const Row &row) const
{
    return parseKneeToWall(row.edit->text(), LengthUnit(m_unit->currentData().toInt())).cm;
}

QString MeasurePage::problemText(const QString &problem) const
{
    if (problem == QLatin1String("not-a-number"))
        return tr("Enter the distance as a number, such as 11.5.");
    if (problem == QLatin1String("negative"))
        return tr("A distance cannot be negative.");
    if (problem == QLatin1String("too-far"))
        return tr("That is more than 25 cm (about 10 inches), beyond what this test measures: please measure again.");
    return {};
}

void MeasurePage::refresh()
{
    const auto unit = LengthUnit(m_unit->currentData().toInt());
    QList<KneeToWallScale::Mark> marks;
    std::vector<double> measured;
    for (Row &row : m_rows) {
        const DistanceEntry entry = parseKneeToWall(row.edit->text(), unit);
        row.message->setText(problemText(entry.problem));
        row.message->setStyleSheet(
            entry.problem.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(palette::kProblemText.name()));
        if (entry.cm) {
            QString mark = row.side ? assessment::legName(row.side).left(1) : QString();
            if (!row.sore && !row.side)
                mark = tr("other", "the leg that does not hurt, on the scale");
            marks.append({mark, *entry.cm});
            measured.push_back(*entry.cm);
        }
    }
    m_scale->setMarks(marks);
    if (measured.size() == 2) {
        const KneeToWall both = interpretKneeToWall(measured[0], measured[1]);
        m_difference->setText(*both.differenceMeaningful
                                  ? tr("Difference between the legs: %1 cm — at least 2 cm, so worth attention.")
                                        .arg(formatCentimetres(*both.differenceCm))
                                  : tr("Difference between the legs: %1 cm — within measurement error.")
                                        .arg(formatCentimetres(*both.differenceCm)));
    } else {
        m_difference->clear();
    }
    m_difference->setVisible(!m_difference->text().isEmpty());
    emit completeChanged();
}

std::optional<double> MeasurePage::distanceCm(const std::optional<Side> &side) const
{
    for (const Row &row : m_rows) {
        if (row.sore && row.side == side)
            return rowCm(row);
    }
    return std::nullopt;
}

std::optional<double> MeasurePage::otherLegCm() const
{
    for (const Row &row : m_rows) {
        if (!row.sore)
            return rowCm(row);
    }
    return std::nullopt;
}

// The first empty distance, or the first one with a problem.
QWidget *MeasurePage::firstUnanswered() const
{
    const auto unit = LengthUnit(m_unit->currentData().toInt());
    for (const Row &row : m_rows) {
        if (!parseKneeToWall(row.edit->text(), unit).problem.isEmpty())
            return row.edit;
    }
    for (const Row &row : m_rows) {
        if (row.edit->text().trimmed().isEmpty())
            return row.edit;
    }
    return nullptr;
}

bool MeasurePage::isComplete() const
{
    const auto unit = LengthUnit(m_unit->currentData().toInt());
    for (const Row &row : m_rows) {
        if (!parseKneeToWall(row.edit->text(), unit).problem.isEmpty())
            return false;
    }
    return true;
}

int MeasurePage::nextId() const
{
    return SelfTestWizard::Result;
}

void MeasurePage::reset()
{
    for (const Row &row : m_rows)
        row.edit->clear();
    m_unit->setCurrentIndex(0);
}

} // namespace calfatlas::app
