// SPDX-License-Identifier: MIT
#pragma once

#include "learn/learncontent.h"

#include <optional>

namespace calfatlas::anatomy {
class KnowledgeBase;
}

namespace calfatlas::learn {

// The fact one cell of the side-by-side comparison shows. Rows that name a knowledge-base section take it from
// each structure of the column; when the structures differ, each part is prefixed with the structure's name.
Fact compareCell(const CompareRow &row, qsizetype column, const LearnContent &content,
                 const anatomy::KnowledgeBase &base);

// The fibre-type measurement of a column (its first structure that has one), for the chart.
std::optional<anatomy::FibreTypes> columnFibres(const CompareColumn &column, const anatomy::KnowledgeBase &base);

} // namespace calfatlas::learn
