#pragma once

#include "SectionFilter.h"

#include "store/records/ListQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Fieldbook {

class Database;
class OwnerCombo;
struct RecordType;

/// Search field plus owner, tag and (for contacts) account filters above a record list.
/// Typing is debounced; the filter is applied when the user pauses.
class FilterBar final : public QWidget, public SectionFilter {
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 150;

    /// `type` is RecordType::contacts() or accounts(): which tags to offer.
    FilterBar(Database& db, const RecordType& type, QWidget* parent = nullptr);

    ListFilter filter() const;
    bool isFiltering() const override;
    /// Restricts the list to one account (contacts only); an empty id removes the restriction.
    void setAccountFilter(const QString& accountId, const QString& accountName);
    /// Removes every restriction and applies at once.
    void clear() override;
    void focusSearch() override;
    QLineEdit* searchField() const { return m_search; }
    /// Tests set 0 to apply on the next event loop turn; applyNow() skips the wait entirely.
    void setDebounceInterval(int ms);
    void applyNow();

signals:
    void filterChanged(const Fieldbook::ListFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadTags();

    Database& m_db;
    const RecordType& m_type;
    QLineEdit* m_search;
    OwnerCombo* m_owner;
    QComboBox* m_tag;
    QToolButton* m_accountChip;
    QTimer* m_debounce;
    QString m_accountId;
    ListFilter m_applied;
    bool m_tagsStale = true;
};

} // namespace Fieldbook
