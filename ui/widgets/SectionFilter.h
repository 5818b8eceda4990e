#pragma once

namespace Fieldbook {

/// What a section's frame needs of the filter bar over its list, whatever the bar filters by
/// (common/SectionFrame): Find puts the cursor in its search field, and opening a record the
/// filter hides clears it.
class SectionFilter {
public:
    /// Anything beyond what the list shows by default.
    virtual bool isFiltering() const = 0;
    /// Back to the default filter, applied at once.
    virtual void clear() = 0;
    virtual void focusSearch() = 0;

protected:
    SectionFilter() = default;
    SectionFilter(const SectionFilter&) = default;
    SectionFilter& operator=(const SectionFilter&) = default;
    ~SectionFilter() = default;
};

} // namespace Fieldbook
