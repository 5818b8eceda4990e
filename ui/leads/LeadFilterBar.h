#pragma once

#include "store/records/LeadQuery.h"
#include "widgets/SectionFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace Fieldbook {

class Database;

/// Search text plus status, rating, source and owner filters above the lead list. Open leads
/// (new, working, qualified) are shown unless another status is chosen. Typing is debounced.
class LeadFilterBar final : public QWidget, public SectionFilter {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    explicit LeadFilterBar(Database& db, QWidget* parent = nullptr);

    LeadFilter filter() const;
    /// Anything beyond the default (open leads of everyone, no text).
    bool isFiltering() const override;
    /// Back to the default filter, applied at once.
    void clear() override;
    void focusSearch() override;
    void reloadOwners();
    /// The sources offered follow the leads in the store.
    void reloadSources();
    void applyNow();

signals:
    void filterChanged(const Fieldbook::LeadFilter& filter);

private:
    Database& m_db;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_rating;
    QComboBox* m_source;
    QComboBox* m_owner;
    QTimer* m_debounce;
    LeadFilter m_applied;
};

} // namespace Fieldbook
