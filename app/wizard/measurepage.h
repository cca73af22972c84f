#pragma once

#include "assessment/selftest.h"
#include "scrollpage.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace calfatlas::app {

class KneeToWallScale;

// Step 6 (optional): the knee-to-wall lunge test for each leg, in centimetres or inches, with the result
// on a scale. Bad input is refused on the page; empty means not measured.
class MeasurePage : public ScrollPage {
    Q_OBJECT

public:
    explicit MeasurePage(SelfTestWizard *wizard);

    void setLegs(const std::vector<assessment::LegAnswers> &legs);
    std::optional<double> distanceCm(const std::optional<assessment::Side> &side) const;
    bool isComplete() const override;
    int nextId() const override;
    void reset() override;

private:
    struct Row {
        QString key;
        std::optional<assessment::Side> side;
        QWidget *box = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *message = nullptr;
    };
    void refresh();
    QString problemText(const QString &problem) const;

    QWidget *m_rowsBox = nullptr;
    QComboBox *m_unit = nullptr;
    KneeToWallScale *m_scale = nullptr;
    QLabel *m_difference = nullptr;
    QList<Row> m_rows;
};

} // namespace calfatlas::app
