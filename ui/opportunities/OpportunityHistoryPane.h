#pragma once

#include "domain/Opportunity.h"
#include "domain/Pipeline.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Fieldbook {

class Database;

/// The stage, amount and close-date changes of one opportunity, newest first, as people read
/// them: when, what, and the old and the new value, with the stage names of its pipeline, amounts
/// in its currency and dates in the user's format. Follows the store.
class OpportunityHistoryPane final : public QWidget {
    Q_OBJECT
public:
    enum Column { When, Field, Change };

    explicit OpportunityHistoryPane(Database& db, QWidget* parent = nullptr);

    void setOpportunity(const Opportunity& opportunity);
    void reload();
    int changeCount() const;

private:
    QString fieldName(const QString& field) const;
    QString valueText(const QString& field, const QString& value) const;
    QString changeText(const OpportunityChange& change) const;

    Database& m_db;
    Opportunity m_opportunity;
    Pipeline m_pipeline;
    QTreeWidget* m_list;
    QLabel* m_message;
};

} // namespace Fieldbook
