// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace calfatlas::anatomy {

// The entries a person has opened, in order, walked like a browser's history: going back and forward moves
// along the trail, opening a new entry from the middle of it drops what lay ahead.
class Trail {
public:
    explicit Trail(qsizetype capacity = 100);

    // Opens `id` after the current entry. Ignored when it is empty or already the current entry.
    void visit(const QString &id);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    // Moves one step and returns the entry reached; stays (and returns the current entry) at either end.
    QString back();
    QString forward();
    QString current() const { return m_entries.value(m_position); }
    const QStringList &entries() const { return m_entries; }
    qsizetype position() const { return m_position; } // -1 while empty

private:
    qsizetype m_capacity;
    QStringList m_entries;
    qsizetype m_position = -1;
};

} // namespace calfatlas::anatomy
