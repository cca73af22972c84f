// SPDX-License-Identifier: MIT
#pragma once

#include "assessment/selftest.h"
#include "scrollpage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace calfatlas::app {

class KneeToWallScale;

// Step 6 (optional): the knee-to-wall lunge test for each sore leg, in centimetres or inches, with the
// result on a scale. With one sore leg, the leg that does not hurt has a field of its own, for comparison.
// Bad input is refused on the page; empty means not measured.
class MeasurePage : public ScrollPage {
    Q_OBJECT

public:
    explicit MeasurePage(SelfTestWizard *wizard);

    // With one sore leg the one that does not hurt gets a field too, when `otherLegNotSore` (false when the
    // other leg hurts elsewhere and so was not tested: it is not "not sore").
    void setLegs(const std::vector<assessment::LegAnswers> &legs, bool otherLegNotSore = true);
    // A sore leg's distance.
    std::optional<double> distanceCm(const std::optional<assessment::Side> &side) const;
    // With one sore leg: the distance of the leg that does not hurt.
    std::optional<double> otherLegCm() const;
    bool isComplete() const override;
    int nextId() const override;
    void reset() override;

protected:
    QWidget *firstUnanswered() const override;

private:
    struct Row {
        QString key; // the leg's key, kept when the rows are rebuilt: the same leg keeps its distance
        std::optional<assessment::Side> side;
        bool sore = true;
        QWidget *box = nullptr;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
    };
    void addRow(const std::optional<assessment::Side> &side, bool sore, const QHash<QString, QString> &kept);
    std::optional<double> rowCm(const Row &row) const;
    void refresh();
    QString problemText(const QString &problem) const;

    QWidget *m_rowsBox = nullptr;
    QComboBox *m_unit = nullptr;
    KneeToWallScale *m_scale = nullptr;
    QLabel *m_difference = nullptr;
    QList<Row> m_rows;
};

} // namespace calfatlas::app
