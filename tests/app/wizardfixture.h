// SPDX-License-Identifier: MIT
// The self-test wizard on an offscreen window beside a sidebar, as in the main window, with helpers that
// answer it through real clicks.
#pragma once

#include "builtins.h"
#include "wizard/choicegroup.h"
#include "wizard/selftestwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

namespace calfatlas::app::test {

using calfatlas::test::builtInSelfTest;
using calfatlas::test::references;

struct Wizard {
    // A window like the main one: a sidebar list that can take the focus, and the wizard beside it.
    QWidget host;
    QListWidget *sidebar = new QListWidget(&host);
    SelfTestWizard wizard{&builtInSelfTest(), &references()};

    Wizard()
    {
        auto *layout = new QHBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        sidebar->addItems({QStringLiteral("Welcome"), QStringLiteral("Explore"), QStringLiteral("Self-test")});
        sidebar->setFixedWidth(140);
        layout->addWidget(sidebar);
        wizard.setParent(&host);
        wizard.setWindowFlags(Qt::Widget);
        layout->addWidget(&wizard, 1);
        host.resize(1140, 760);
        host.show();
        QApplication::setActiveWindow(&host);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&host));
    }

    ~Wizard() { wizard.setParent(nullptr); } // the wizard is a member, not owned by the host

    QAbstractButton *button(QWizard::WizardButton which) { return wizard.button(which); }

    void next()
    {
        QAbstractButton *next = button(QWizard::NextButton);
        ASSERT_TRUE(next->isVisible() && next->isEnabled()) << "Next is not available on page " << wizard.currentId();
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void back() { QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton); }

    template <typename T>
    T *find(const QString &name) const
    {
        return wizard.currentPage()->findChild<T *>(name);
    }

    // Clicks the radio button `option` of the question named `group` on the current page.
    void choose(const QString &group, const QString &option)
    {
        auto *question = find<ChoiceGroup>(group);
        ASSERT_NE(question, nullptr) << group.toStdString();
        auto *radio = question->findChild<QRadioButton *>(option);
        ASSERT_NE(radio, nullptr) << option.toStdString();
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }

    // Answers the warning signs and the clot questions on the current page, "yes" only for those in `yes`.
    void answerFlagsOnPage(const QString &yesFor = {}, const QStringList &alsoYes = {})
    {
        QStringList questions = assessment::allRedFlagIds();
        questions << QStringLiteral("clot-risk") << QStringLiteral("rest-pain");
        for (const QString &id : questions) {
            if (find<ChoiceGroup>(id))
                choose(id, id == yesFor || alsoYes.contains(id) ? QStringLiteral("yes") : QStringLiteral("no"));
        }
    }

    // From the emergency questions: answers them and, unless `yesFor` is one of them, goes on to the other
    // warning signs and answers those. Next then leads to the care pages or to About.
    void answerSafety(const QString &yesFor = {})
    {
        EXPECT_EQ(wizard.currentId(), SelfTestWizard::Emergency);
        answerFlagsOnPage(yesFor);
        if (!yesFor.isEmpty() && find<ChoiceGroup>(yesFor))
            return;
        next();
        answerFlagsOnPage(yesFor);
    }

    // From the first page to the result, with the given legs and ratings ("" legs: skipped), and where it
    // hurts, per leg ("whereList-left" -> "upper-calf"; none given: skipped).
    void runTo(const QString &legs, const QList<std::pair<QString, QString>> &ratings,
               const QList<std::pair<QString, QString>> &places = {})
    {
        next(); // intro -> safety
        answerSafety();
        next(); // -> about
        if (!legs.isEmpty())
            choose(QStringLiteral("legs"), legs);
        next(); // -> where
        EXPECT_EQ(wizard.currentId(), SelfTestWizard::Where);
        for (const auto &[name, area] : places)
            choose(name, area);
        next(); // -> bench
        for (const auto &[name, level] : ratings) {
            if (name.startsWith(QLatin1String("bench")))
                choose(name, level);
        }
        next(); // -> wall
        for (const auto &[name, level] : ratings) {
            if (name.startsWith(QLatin1String("wall")))
                choose(name, level);
        }
        next(); // -> measure
        next(); // -> result
    }

    QStringList labelsNamed(const QString &name) const
    {
        QStringList texts;
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>(name))
            texts.append(label->text());
        return texts;
    }
    QStringList headlines() const { return labelsNamed(QStringLiteral("headline")); }
};

} // namespace calfatlas::app::test
