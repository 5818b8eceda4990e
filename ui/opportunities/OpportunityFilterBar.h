#pragma once

#include "domain/Pipeline.h"
#include "store/records/OpportunityQuery.h"
#include "widgets/SectionFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace Fieldbook {

class Database;

/// Search text, owner (everyone, mine, or one person) and "Needs attention" above the board; the
/// list adds a stage and a close-date range. Typing is debounced; the filter is applied when the user pauses.
class OpportunityFilterBar final : public QWidget, public SectionFilter {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    OpportunityFilterBar(Database& db, const Pipeline& pipeline, QWidget* parent = nullptr);

    OpportunityFilter filter() const;
    bool isFiltering() const override;
    /// Everyone's opportunities, no text, all stages and close dates; applied at once.
    void clear() override;
    /// Shows the list's extra filters (stage, close dates); the board has a column per stage.
    void setListMode(bool list);
    void focusSearch() override;
    void reloadOwners();
    /// Offers the stages of `pipeline` in the list's stage filter (another pipeline was chosen or
    /// this one changed); a chosen stage it no longer has falls back to all stages.
    void setPipeline(const Pipeline& pipeline);
    void applyNow();

signals:
    void filterChanged(const Fieldbook::OpportunityFilter& filter);

private:
    Database& m_db;
    bool m_listMode = false;
    QLineEdit* m_search;
    QComboBox* m_owner;
    QCheckBox* m_attention;
    QComboBox* m_stage;
    QCheckBox* m_closeRange;
    QDateEdit* m_closeFrom;
    QDateEdit* m_closeTo;
    QTimer* m_debounce;
    OpportunityFilter m_applied;
};

} // namespace Fieldbook
