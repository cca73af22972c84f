// SPDX-License-Identifier: MIT
#include "reportpages.h"

namespace calfatlas::app {

ReportPages paginate(const std::vector<ReportSection> &sections, double pageHeight)
{
    ReportPages result;
    if (pageHeight <= 0)
        return result;
    // A little slack, so that a section exactly as tall as the room left stays.
    const double slack = pageHeight * 1e-4;
    double used = 0; // on the current page
    size_t i = 0;
    while (i < sections.size()) {
        // The section with the headings kept with it.
        size_t end = i;
        double height = sections[i].height;
        while (sections[end].keepWithNext && end + 1 < sections.size())
            height += sections[++end].height;
        if (used > 0 && used + height > pageHeight + slack && height <= pageHeight + slack) {
            result.breaksBefore.push_back(i);
            ++result.pages;
            used = 0;
        }
        // A group taller than a page starts on a new page when less than a quarter of this one is left.
        if (height > pageHeight + slack && used > pageHeight * 0.75) {
            result.breaksBefore.push_back(i);
            ++result.pages;
            used = 0;
        }
        i = end + 1;
        used += height;
        while (used > pageHeight + slack) { // a section taller than a page runs on
            used -= pageHeight;
            ++result.pages;
        }
    }
    result.lastPageFill = used / pageHeight;
    return result;
}

bool endsOnANearlyEmptyPage(const ReportPages &pages)
{
    return pages.pages > 1 && pages.lastPageFill < kNearlyEmptyPage;
}

} // namespace calfatlas::app
