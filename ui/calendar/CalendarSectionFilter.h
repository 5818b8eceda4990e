#pragma once

#include "widgets/SectionFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace Fieldbook {

class Database;

/// Over the calendar: whose calendar (everyone's the user can see, their own, or one colleague's:
/// what they own or attend) and a search in titles, places and names. Typing is debounced.
class CalendarSectionFilter final : public QWidget, public SectionFilter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSectionFilter)
public:
    static constexpr int kDebounceMs = 150;

    explicit CalendarSectionFilter(Database& db, QWidget* parent = nullptr);

    /// The person whose calendar is shown; empty: everyone.
    QString personId() const;
    QString text() const;
    bool isFiltering() const override;
    void clear() override;
    void focusSearch() override;
    void reloadPeople();

signals:
    void filterChanged();

private:
    Database& m_db;
    QComboBox* m_person;
    QLineEdit* m_search;
    QTimer* m_debounce;
};

} // namespace Fieldbook
