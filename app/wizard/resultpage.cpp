// SPDX-License-Identifier: MIT
#include "resultpage.h"

#include "assessment/report.h"
#include "legresultview.h"
#include "selftestwizard.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace calfatlas::app {

ResultPage::ResultPage(SelfTestWizard *wizard, Kind kind) : ScrollPage(wizard), m_kind(kind)
{
    setObjectName(kind == Kind::Care        ? QStringLiteral("carePage")
                  : kind == Kind::Emergency ? QStringLiteral("emergencyPage")
                                            : QStringLiteral("resultPage"));
    setFinalPage(true);
    if (kind == Kind::Emergency) {
        setHeading(tr("This needs help now"), tr("What you told us can be a medical emergency."));
    } else if (kind == Kind::Care) {
        setHeading(tr("Please see a clinician instead"),
                   tr("What you told us can be a sign of something a stretch test must not be used on."));
    } else {
        setHeading(tr("Your result"), tr("What the two tests suggest, why, and what you can do about it."));
    }
    m_legs = new QWidget(this);
    auto *legs = new QVBoxLayout(m_legs);
    legs->setContentsMargins(0, 0, 0, 0);
    legs->setSpacing(24);
    body()->addWidget(m_legs);

    auto *actionsRow = new QWidget(this);
    auto *actions = new QHBoxLayout(actionsRow);
    actions->setContentsMargins(0, 0, 0, 0);
    m_save = new QPushButton(tr("Save to history"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Keep this result on this computer to compare it later"));
    // The page's primary action: set apart in bold, and the button Enter presses while it has the focus.
    QFont primary = m_save->font();
    primary.setWeight(QFont::DemiBold);
    m_save->setFont(primary);
    auto *copy = new QPushButton(tr("Copy as text"), this);
    copy->setObjectName(QStringLiteral("copy"));
    copy->setToolTip(tr("Copy the result to the clipboard, to paste it into a message or a note"));
    auto *again = new QPushButton(tr("Start again"), this);
    again->setObjectName(QStringLiteral("startAgain"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    m_open = new QPushButton(tr("Open in History"), this);
    m_open->setObjectName(QStringLiteral("openSaved"));
    m_open->setToolTip(tr("See the saved result in History, beside your earlier ones"));
    m_open->hide();
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_savedId != 0)
            emit selfTest()->showSavedRequested(m_savedId);
    });
    actions->addWidget(m_save);
    actions->addWidget(copy);
    actions->addWidget(again);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_open);
    body()->addWidget(actionsRow);
    QLabel *disclaimer = addParagraph(wizard->content().disclaimer(), true);
    // An emergency page has one message: nothing to save, copy or read beside it.
    actionsRow->setVisible(kind != Kind::Emergency);
    disclaimer->setVisible(kind != Kind::Emergency);
    body()->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ResultPage::save);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            assessment::plainTextReport(selfTest()->results(), selfTest()->content(), selfTest()->references()));
        m_status->setText(tr("Copied to the clipboard."));
    });
    connect(again, &QPushButton::clicked, wizard, &SelfTestWizard::startAgain);
}

void ResultPage::initializePage()
{
    clear();
    const std::vector<assessment::LegResult> results = selfTest()->results();
    // After a warning sign the advice is the same for every leg: show it once.
    const size_t shown = m_kind != Kind::Result ? std::min<size_t>(1, results.size()) : results.size();
    for (size_t i = 0; i < shown; ++i)
        m_legs->layout()->addWidget(new LegResultView(results[i], selfTest(), m_legs));
    m_save->setVisible(selfTest()->canSave());
    scrollToTop();
}

void ResultPage::cleanupPage()
{
    clear();
}

void ResultPage::clear()
{
    qDeleteAll(m_legs->findChildren<LegResultView *>(Qt::FindDirectChildrenOnly));
    m_savedId = 0;
    m_save->setEnabled(true);
    m_status->clear();
    m_open->hide();
}

bool ResultPage::save()
{
    if (isSaved() || !selfTest()->canSave())
        return isSaved();
    m_status->setText(tr("Saving…"));
    m_save->setEnabled(false);
    emit selfTest()->saveRequested(selfTest()->results());
    return isSaved();
}

void ResultPage::setSaveOutcome(bool saved, const QString &message, qint64 savedId)
{
    m_savedId = saved ? savedId : 0;
    m_status->setText(message);
    m_open->setVisible(m_savedId != 0);
    // A failed save keeps everything on screen, and the button, for another try.
    m_save->setEnabled(!saved);
}

} // namespace calfatlas::app
