// SPDX-License-Identifier: MIT
#include "intropage.h"

#include "selftestwizard.h"
#include "ui/illustration.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace calfatlas::app {

IntroPage::IntroPage(SelfTestWizard *wizard) : ScrollPage(wizard)
{
    setHeading(tr("Before you start"),
               tr("Which calf muscle is sore? Two simple stretches can tell the soleus from the gastrocnemius."));
    // The two positions side by side: the whole idea of the test at a glance.
    auto *pictures = new QHBoxLayout;
    for (const auto &[test, caption] :
         {std::pair{QStringLiteral("bench"), tr("Knee bent: the soleus is stretched")},
          std::pair{QStringLiteral("wall"), tr("Knee straight: both, the gastrocnemius most")}}) {
        auto *column = new QVBoxLayout;
        auto *picture = new Illustration(wizard->content().test(test).illustration, QSize(200, 200), this);
        picture->setAccessibleName(caption);
        column->addWidget(picture, 0, Qt::AlignHCenter);
        auto *label = new QLabel(caption, this);
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        column->addWidget(label);
        pictures->addLayout(column);
    }
    body()->addLayout(pictures);

    QStringList sources;
    for (const SourcedText &paragraph : wizard->content().intro()) {
        addParagraph(paragraph.text);
        for (const QString &key : paragraph.sources) {
            if (!sources.contains(key))
                sources.append(key);
        }
    }
    addSourceLine(sources);
    addParagraph(tr("You will need a low step, bench or stair with something to hold on to, a wall, and — for the "
                    "optional measurement — a tape measure. It takes about ten minutes. You can go back and change "
                    "any answer, and skip any question about yourself."));
    auto *note = addParagraph(wizard->content().disclaimer(), true);
    note->setObjectName(QStringLiteral("disclaimer"));
    body()->addStretch(1);
}

} // namespace calfatlas::app
