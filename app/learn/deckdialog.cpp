// SPDX-License-Identifier: MIT
#include "deckdialog.h"

#include "deckexport.h"
#include "ui/palette.h"
#include "ui/textwidgets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace calfatlas::app {

DeckDialog::DeckDialog(const anatomy::KnowledgeBase *base, const learn::LearnContent *content,
                       const References *references, QWidget *parent)
    : QDialog(parent), m_base(base), m_references(references),
      m_cards(learn::studyCards(*base, *content, learn::studyPlateIds()))
{
    setObjectName(QStringLiteral("deckDialog"));
    setWindowTitle(tr("Export for Anki"));
    auto *column = new QVBoxLayout(this);
    column->setSpacing(12);
    column->addWidget(headingLabel(tr("Take the cards to Anki"), this, 1.3));
    column->addWidget(wrappingLabel(tr("Every card of Study becomes an Anki note with its question, its answer, the "
                                       "source behind it and tags for its kind and structure. The cards that ask you "
                                       "to find a structure show the plate, with the structure outlined on the "
                                       "back."),
                                    this));
    m_package = new QRadioButton(tr("Anki &package (.apkg), with the plate images"), this);
    m_text = new QRadioButton(tr("Plain &text for Anki's import (.txt), without images"), this);
    m_package->setChecked(true);
    connect(m_package, &QRadioButton::toggled, this, &DeckDialog::formatChanged);
    auto *form = new QFormLayout;
    auto *formats = new QVBoxLayout;
    formats->addWidget(m_package);
    formats->addWidget(m_text);
    form->addRow(tr("Format:"), formats);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("deckCount"));
    m_count->setRange(1, int(m_cards.size()));
    m_count->setValue(int(m_cards.size()));
    m_count->setSuffix(tr(" of %1").arg(m_cards.size()));
    m_count->setAccessibleName(tr("Number of cards"));
    form->addRow(tr("&Cards:"), m_count);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("deckPath"));
    m_path->setAccessibleName(tr("File to save"));
    m_path->setMinimumWidth(360);
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("CalfAtlas.apkg")));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, &DeckDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    column->addLayout(form);
    m_result = wrappingLabel(QString(), this);
    m_result->setObjectName(QStringLiteral("deckResult"));
    m_result->hide();
    column->addWidget(m_result);
    column->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("deckExport"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &DeckDialog::exportNow);
    column->addWidget(buttons);
}

void DeckDialog::formatChanged()
{
    const QString suffix = m_package->isChecked() ? QStringLiteral(".apkg") : QStringLiteral(".txt");
    const QFileInfo info(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + suffix));
}

void DeckDialog::chooseFile()
{
    const bool package = m_package->isChecked();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export for Anki"), m_path->text(),
                                     package ? tr("Anki package (*.apkg)") : tr("Text for Anki (*.txt)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void DeckDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose a file to save the deck to."));
        m_result->show();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const DeckExportResult result =
        exportDeck(m_package->isChecked() ? DeckFormat::Package : DeckFormat::Text, path,
                   learn::deckCards(m_cards, std::nullopt, m_count->value()), *m_base, *m_references);
    QGuiApplication::restoreOverrideCursor();
    m_result->setText(result.message);
    m_result->setStyleSheet(
        QStringLiteral("color: %1").arg((result.ok ? palette::kRightAnswer : palette::kWrongAnswer).name()));
    m_result->show();
}

} // namespace calfatlas::app
