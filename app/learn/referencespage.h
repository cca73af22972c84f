// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace calfatlas {
class References;
}

namespace calfatlas::app {

// Every source CalfAtlas cites, with its full citation; a source link anywhere in Learn scrolls here and marks it.
class ReferencesPage : public QTextBrowser {
    Q_OBJECT

public:
    explicit ReferencesPage(const References *references, QWidget *parent = nullptr);

    // Marks and scrolls to one source; false when the key is unknown.
    bool showReference(const QString &key);
    QString shownReference() const { return m_shown; }
    bool knows(const QString &key) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString html() const;

    const References *m_references;
    QString m_shown;
};

} // namespace calfatlas::app
