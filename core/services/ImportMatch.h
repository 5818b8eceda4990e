#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace Fieldbook {

/// The record an import row updates, for record types matched like contacts and leads: the live
/// one with the row's `external_id`; without one, the one live record with the row's `email`.
/// When several share that e-mail, `*reason` is set to `ambiguous(email, count)` and nothing
/// matches. `Repository` has findByExternalId() and findByEmail(); `Row` is an ImportRow.
template<typename Record, typename Repository, typename Row, typename Ambiguous>
Result<std::optional<Record>> matchByExternalIdOrEmail(const Repository& repository, const Row& row, QString* reason,
                                                       Ambiguous ambiguous) {
    const QString externalId = row.value(QStringLiteral("external_id"));
    if (!externalId.isEmpty())
        return repository.findByExternalId(externalId);
    const QString email = row.value(QStringLiteral("email"));
    if (email.isEmpty())
        return std::optional<Record>();
    auto found = repository.findByEmail(email);
    if (!found)
        return std::unexpected(found.error());
    if (found->size() > 1) {
        *reason = ambiguous(email, found->size());
        return std::optional<Record>();
    }
    return found->isEmpty() ? std::optional<Record>() : std::optional<Record>(found->first());
}

} // namespace Fieldbook
