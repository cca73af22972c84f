// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

namespace calfatlas::app {

// A part of a report that is kept on one page: a heading with what follows it, or a chart with its caption.
struct ReportSection {
    double height = 0;         // in the page's units
    bool keepWithNext = false; // a heading with nothing of its own: it goes with the section after it
};

// Where the pages of a report break.
struct ReportPages {
    std::vector<size_t> breaksBefore; // the sections that begin a new page
    int pages = 1;
    double lastPageFill = 0; // how full the last page is, 0 to 1
};

// A section goes to the next page when it does not fit in what is left of the page and would fit on a page
// of its own; a section taller than a page starts where it is and runs on. A heading kept with the next
// section moves with it, so that no heading ends a page.
ReportPages paginate(const std::vector<ReportSection> &sections, double pageHeight);

// A last page holding less than this share is worth avoiding by setting the report a little smaller.
constexpr double kNearlyEmptyPage = 0.2;
bool endsOnANearlyEmptyPage(const ReportPages &pages);

} // namespace calfatlas::app
