// SPDX-License-Identifier: MIT
#include "anatomy/trail.h"

#include <algorithm>

namespace calfatlas::anatomy {

Trail::Trail(qsizetype capacity) : m_capacity(std::max<qsizetype>(capacity, 1)) {}

void Trail::visit(const QString &id)
{
    if (id.isEmpty() || id == current())
        return;
    m_entries.erase(m_entries.begin() + (m_position + 1), m_entries.end());
    m_entries.append(id);
    if (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
}

QString Trail::back()
{
    if (canGoBack())
        --m_position;
    return current();
}

QString Trail::forward()
{
    if (canGoForward())
        ++m_position;
    return current();
}

} // namespace calfatlas::anatomy
