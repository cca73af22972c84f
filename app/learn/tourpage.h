// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace calfatlas {
class References;
namespace anatomy {
class KnowledgeBase;
}
namespace learn {
class LearnContent;
}
} // namespace calfatlas

namespace calfatlas::app {

class ExplorerPage;

// The guided tour: short steps, each showing its structure on the diagram (view, peel, highlight, labels).
// The step reached is remembered, so the tour resumes where it was left.
class TourPage : public QWidget {
    Q_OBJECT

public:
    TourPage(const learn::LearnContent *content, const anatomy::KnowledgeBase *base, const References *references,
             QWidget *parent = nullptr);

    int stepCount() const;
    int currentStep() const { return m_step; }
    void showStep(int index);
    ExplorerPage *explorer() const { return m_explorer; }

    static QString settingsKey();

signals:
    void referenceRequested(const QString &key);
    void showStructureRequested(const QString &id);

private:
    QWidget *buildPanel();
    QHBoxLayout *buildButtons(QWidget *panel);
    void applyStep();

    const learn::LearnContent *m_content;
    const References *m_references;
    ExplorerPage *m_explorer = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_openAtlas = nullptr;
    int m_step = -1;
};

} // namespace calfatlas::app
