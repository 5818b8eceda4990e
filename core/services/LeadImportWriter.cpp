#include "LeadImportWriter.h"

#include "ImportMatch.h"
#include "ImportReferences.h"
#include "ImportRow.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The status whose key or English name is `text`, ignoring case.
std::optional<LeadStatus> statusFrom(const QString& text) {
    for (LeadStatus s : leadStatuses())
        if (text.compare(leadStatusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

std::optional<LeadRating> ratingFrom(const QString& text) {
    for (LeadRating r : leadRatings())
        if (text.compare(leadRatingKey(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

} // namespace

LeadImportWriter::LeadImportWriter(Database& db, ImportReferences& references)
    : m_repository(db)
    , m_references(references) {}

Result<std::optional<Lead>> LeadImportWriter::match(const ImportRow& row, QString* reason) const {
    return matchByExternalIdOrEmail<Lead>(m_repository, row, reason, [](const QString& email, qsizetype count) {
        return tr("e-mail '%1' matches %2 leads; add external ids to tell them apart").arg(email).arg(count);
    });
}

Result<QString> LeadImportWriter::applyPicklistsAndOwner(const ImportRow& row, Lead& l) {
    if (row.has(u"status"_s)) {
        const QString text = row.value(u"status"_s);
        const auto status = text.isEmpty() ? std::optional(LeadStatus::New) : statusFrom(text);
        if (status == LeadStatus::Converted)
            return tr("status 'converted' cannot be imported; convert the lead in Fieldbook instead");
        if (!status)
            return tr("status '%1' is not one of new, working, qualified, disqualified").arg(text);
        l.status = *status;
    }
    if (row.has(u"rating"_s)) {
        const QString text = row.value(u"rating"_s);
        const auto rating = ratingFrom(text);
        if (!rating)
            return tr("rating '%1' is not one of hot, warm, cold (or empty)").arg(text);
        l.rating = *rating;
    }
    auto owner = m_references.setUser(row, u"owner"_s, &l.ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isEmpty())
        return *owner;
    return QString();
}

Result<ImportRowWriter::RowResult> LeadImportWriter::write(const ImportRow& row, bool /*mayDefer*/) {
    QString reason;
    auto existing = match(row, &reason);
    if (!existing)
        return std::unexpected(existing.error());
    if (!reason.isEmpty())
        return rejected(reason);
    Lead l = existing->value_or(Lead{});
    if (!*existing)
        l.externalId = row.value(u"external_id"_s);

    using Text = std::pair<QString, QString Lead::*>;
    for (const auto& [field, member] :
         {Text{u"first_name"_s, &Lead::firstName}, Text{u"last_name"_s, &Lead::lastName},
          Text{u"company"_s, &Lead::company}, Text{u"title"_s, &Lead::title}, Text{u"email"_s, &Lead::email},
          Text{u"phone"_s, &Lead::phone}, Text{u"source"_s, &Lead::source}, Text{u"notes"_s, &Lead::notes},
          Text{u"disqualify_reason"_s, &Lead::disqualifyReason}}) {
        if (row.has(field))
            l.*member = row.value(field);
    }
    const bool namedApart = !row.value(u"first_name"_s).isEmpty() || !row.value(u"last_name"_s).isEmpty();
    if (const QString full = row.value(u"name"_s); !full.isEmpty() && !namedApart) {
        const PersonName name = splitPersonName(full);
        l.firstName = name.first;
        l.lastName = name.last;
    }

    auto problem = applyPicklistsAndOwner(row, l);
    if (!problem)
        return std::unexpected(problem.error());
    if (!problem->isEmpty())
        return rejected(*problem);

    auto stored = m_repository.save(std::move(l));
    if (!stored)
        return rejectedOrFailed(stored.error());
    return saved(existing->has_value());
}

} // namespace Fieldbook
