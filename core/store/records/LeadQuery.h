#pragma once

#include "common/Error.h"
#include "domain/Lead.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace Fieldbook {

class Database;

/// Which leads the list shows. Empty members do not filter.
struct LeadFilter {
    QString text;                     ///< words found in name, company, e-mail, phone, title, source or notes
    QList<LeadStatus> statuses;       ///< any of these
    std::optional<LeadRating> rating; ///< exactly this rating (None: not rated)
    QString source;                   ///< exactly this source, ignoring case
    QString ownerId;
    friend bool operator==(const LeadFilter&, const LeadFilter&) = default;
};

enum class LeadSort { Name, Company, Status, Rating, Source, Owner, Created };

/// One lead as a list row: what the list shows, nothing more.
struct LeadSummary {
    QString id;
    qint64 rid = 0;
    QVariant sortValue; ///< the keyset cursor with `rid`
    QString name;       ///< Lead::displayName()
    QString company;
    QString title;
    QString email;
    QString phone;
    QString source;
    LeadStatus status = LeadStatus::New;
    LeadRating rating = LeadRating::None;
    QString ownerId;
    QString ownerName;
    qint64 createdAt = 0;
};

/// Read-only, keyset-paged queries behind the lead list (like ListQuery): each page continues
/// after the last row of the previous one. The search text goes through the full-text index, so
/// Chinese names are found by any part of them.
class LeadQuery final {
public:
    using Row = LeadSummary;
    using Filter = LeadFilter;
    using Sort = LeadSort;

    explicit LeadQuery(Database& db);

    [[nodiscard]] Result<QList<LeadSummary>> page(const LeadFilter& filter, LeadSort sort, Qt::SortOrder order,
                                                  const LeadSummary* after, int limit) const;
    /// The live lead `id` if it passes `filter`.
    [[nodiscard]] Result<std::optional<LeadSummary>> row(const QString& id, const LeadFilter& filter,
                                                         LeadSort sort) const;
    [[nodiscard]] Result<int> count(const LeadFilter& filter) const;
    /// The sources live leads name, each spelling once (ignoring case), alphabetically; for filters.
    [[nodiscard]] Result<QStringList> sources() const;

private:
    Database* m_db;
};

} // namespace Fieldbook
