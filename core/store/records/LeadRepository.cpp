#include "LeadRepository.h"

#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordKeys.h"
#include "store/write/RecordRows.h"
#include "store/db/SqlConnection.h"
#include "UserRepository.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "common/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// `text` marked with QT_TRANSLATE_NOOP("LeadRepository", ...), translated.
QString translated(const char* text) {
    return QCoreApplication::translate("LeadRepository", text);
}

std::unexpected<Error> refuse(const char* text) {
    return fail(ErrorCode::InvalidInput, translated(text));
}

QString gone() {
    return translated(QT_TRANSLATE_NOOP("LeadRepository", "The lead no longer exists."));
}

Lead toLead(const RecordRow& r) {
    Lead l;
    l.id = r.id();
    l.firstName = r.text(u"first_name");
    l.lastName = r.text(u"last_name");
    l.company = r.text(u"company");
    l.title = r.text(u"title");
    l.email = r.text(u"email");
    l.phone = r.text(u"phone");
    l.source = r.text(u"source");
    if (!parseLeadStatus(r.text(u"status"), &l.status))
        l.status = LeadStatus::New;
    if (!parseLeadRating(r.text(u"rating"), &l.rating))
        l.rating = LeadRating::None;
    l.disqualifyReason = r.text(u"disqualify_reason");
    l.notes = r.text(u"notes");
    l.convertedAccountId = r.text(u"converted_account_id");
    l.convertedContactId = r.text(u"converted_contact_id");
    l.convertedOpportunityId = r.text(u"converted_opportunity_id");
    l.convertedAt = r.integer(u"converted_at");
    l.externalId = r.text(u"external_id");
    l.ownerId = r.text(u"owner_id");
    l.doNotCall = r.integer(u"do_not_call") != 0;
    l.createdAt = r.createdAt();
    l.updatedAt = r.updatedAt();
    l.rowVersion = r.rowVersion();
    l.deleted = r.deleted();
    return l;
}

RecordValues valuesOf(const Lead& l) {
    RecordValues v(RecordType::leads());
    v.set(u"first_name", l.firstName)
        .set(u"last_name", l.lastName)
        .set(u"company", l.company)
        .set(u"title", l.title)
        .set(u"email", l.email)
        .set(u"phone", l.phone)
        .set(u"source", l.source)
        .set(u"status", leadStatusKey(l.status))
        .set(u"rating", leadRatingKey(l.rating))
        .set(u"disqualify_reason", l.disqualifyReason)
        .set(u"notes", l.notes)
        .reference(u"converted_account_id", l.convertedAccountId)
        .reference(u"converted_contact_id", l.convertedContactId)
        .reference(u"converted_opportunity_id", l.convertedOpportunityId)
        .set(u"converted_at", l.convertedAt)
        .reference(u"external_id", l.externalId)
        .reference(u"owner_id", l.ownerId)
        .set(u"do_not_call", l.doNotCall);
    return v;
}

/// "“Jane Smith”", or the company for a lead known only by it.
QString quotedName(const Lead& l) {
    const QString name = l.displayName();
    return QCoreApplication::translate("LeadRepository", "“%1”").arg(name.isEmpty() ? l.company : name);
}

std::unexpected<Error> alreadyConverted(const Lead& l) {
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("LeadRepository",
                                            "%1 was converted and can no longer be changed; change its account, "
                                            "contact or opportunity instead.")
                    .arg(quotedName(l)),
                l.id);
}

} // namespace

LeadRepository::LeadRepository(Database& db)
    : m_db(db) {}

Result<Lead> LeadRepository::get(const QString& id) const {
    std::optional<Lead> found;
    auto ok = forEachRecord(m_db, RecordType::leads(),
                            u"SELECT "_s + recordColumns(RecordType::leads()) + u" FROM leads WHERE id = ?"_s, {id},
                            u"load lead"_s, [&](const RecordRow& r) { found = toLead(r); });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return fail(ErrorCode::NotFound, gone(), id);
    return *found;
}

Result<std::optional<Lead>> LeadRepository::findByExternalId(const QString& externalId) const {
    auto id = m_db.connection().scalar(u"SELECT id FROM leads WHERE external_id = ? AND deleted = 0 LIMIT 1"_s,
                                       {externalId}, u"find lead by external id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return std::optional<Lead>();
    auto found = get(id->toString());
    if (!found)
        return std::unexpected(found.error());
    return std::optional<Lead>(std::move(*found));
}

Result<QList<Lead>> LeadRepository::findByEmail(const QString& email) const {
    QList<Lead> list;
    auto ok = forEachRecord(m_db, RecordType::leads(),
                            u"SELECT "_s + recordColumns(RecordType::leads()) +
                                u" FROM leads WHERE +deleted = 0 AND id IN (SELECT record_id FROM record_keys WHERE "
                                u"kind = 'email' AND value = ? AND record_table = 'leads') LIMIT 10"_s,
                            {RecordKeys::emailKey(email)}, u"find lead by e-mail"_s,
                            [&](const RecordRow& r) { list.append(toLead(r)); });
    if (!ok)
        return std::unexpected(ok.error());
    return list;
}

Result<int> LeadRepository::count() const {
    return countLive(m_db, RecordType::leads());
}

Result<Lead> LeadRepository::validate(Lead l) const {
    for (QString* text : {&l.firstName, &l.lastName, &l.company, &l.title, &l.source, &l.disqualifyReason,
                          &l.externalId, &l.email, &l.phone})
        *text = text->trimmed();
    l.notes = l.notes.trimmed();
    if (l.firstName.isEmpty() && l.lastName.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("LeadRepository", "A lead needs a person’s name: a first or a last name."));
    if (!l.email.isEmpty()) {
        l.email = normalizeEmail(l.email);
        if (!isValidEmail(l.email))
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("LeadRepository", "“%1” is not a valid e-mail address.").arg(l.email));
    }
    if (!l.phone.isEmpty()) {
        auto phone = normalizePhone(l.phone);
        if (!phone)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("LeadRepository", "The phone number “%1” is not valid: %2")
                            .arg(l.phone, phone.error().message));
        l.phone = *phone;
    }
    if (l.status == LeadStatus::Disqualified && l.disqualifyReason.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("LeadRepository", "Say why the lead is disqualified."));
    if (l.status != LeadStatus::Disqualified)
        l.disqualifyReason.clear();
    if (l.ownerId.isEmpty())
        l.ownerId = m_db.localUserId();
    return l;
}

Result<Lead> LeadRepository::save(Lead lead) {
    auto valid = validate(std::move(lead));
    if (!valid)
        return valid;
    Lead l = std::move(*valid);
    const bool isNew = l.id.isEmpty();
    if (isNew)
        l.id = createUuid7();
    Lead stored;
    auto ok = m_db.transaction([&]() -> Result<void> {
        const auto taken = [&] {
            return QCoreApplication::translate("LeadRepository", "Another lead already has the external id %1.")
                .arg(l.externalId);
        };
        if (auto free = requireFreeExternalId(m_db, RecordType::leads(), l.id, l.externalId,
                                              ExternalIdScope::LiveRecords, taken);
            !free)
            return free;
        RecordWriter writer(m_db, RecordType::leads());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(l.id);
        if (!previous)
            return std::unexpected(previous.error());
        LeadStatus from = LeadStatus::New;
        if (*previous) {
            const Lead before = fromValues(l.id, (*previous)->values);
            if ((*previous)->deleted)
                return fail(
                    ErrorCode::NotFound,
                    translated(QT_TRANSLATE_NOOP("LeadRepository", "The lead was deleted; restore it before editing.")),
                    l.id);
            if (before.status == LeadStatus::Converted)
                return alreadyConverted(before);
            from = before.status;
        }
        if (l.status == LeadStatus::Converted || !leadStatusChangeAllowed(from, l.status))
            return refuse(
                QT_TRANSLATE_NOOP("LeadRepository", "A lead becomes converted only by converting it (Convert…)."));
        // The conversion's references are set by markConverted() alone.
        l.convertedAccountId.clear();
        l.convertedContactId.clear();
        l.convertedOpportunityId.clear();
        l.convertedAt = 0;
        auto written = write(l, *previous);
        if (!written)
            return std::unexpected(written.error());
        stored = std::move(*written);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Lead> LeadRepository::write(Lead l, const std::optional<StoredRecord>& previous) {
    const RecordKind& kind = RecordKind::of(RecordType::leads());
    const QVariantList values = valuesOf(l).list();
    const DerivedRecord derived = kind.derived(values, {});
    auto saved = RecordWriter(m_db, RecordType::leads()).save(l.id, values, previous, derived.localColumns);
    if (!saved)
        return std::unexpected(saved.error());
    if (saved->inserted || !saved->changedFields.isEmpty()) {
        if (auto r = DerivedState(m_db).index(kind, l.id, saved->rid, derived, saved->inserted); !r)
            return std::unexpected(r.error());
    }
    l.createdAt = saved->createdAt;
    l.updatedAt = saved->updatedAt;
    if (previous)
        l.rowVersion = previous->rowVersion;
    return l;
}

Result<std::pair<Lead, StoredRecord>> LeadRepository::loadLive(const QString& id) const {
    auto stored = RecordWriter(m_db, RecordType::leads()).load(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored || (*stored)->deleted)
        return fail(ErrorCode::NotFound, gone(), id);
    Lead l = fromValues(id, (*stored)->values);
    l.createdAt = (*stored)->createdAt;
    l.updatedAt = (*stored)->updatedAt;
    l.rowVersion = (*stored)->rowVersion;
    return std::pair{std::move(l), std::move(**stored)};
}

Result<void> LeadRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::leads(), id, true, gone());
}

Result<void> LeadRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::leads(), id, false, gone());
}

Result<Lead> LeadRepository::change(const QString& id, const std::function<Result<void>(Lead&)>& edit) {
    Lead result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto live = loadLive(id);
        if (!live)
            return std::unexpected(live.error());
        Lead l = live->first;
        if (l.status == LeadStatus::Converted)
            return alreadyConverted(l);
        if (auto edited = edit(l); !edited)
            return std::unexpected(edited.error());
        auto written = write(l, live->second);
        if (!written)
            return std::unexpected(written.error());
        result = std::move(*written);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<Lead> LeadRepository::qualify(const QString& id) {
    return change(id, [](Lead& l) -> Result<void> {
        l.status = LeadStatus::Qualified;
        l.disqualifyReason.clear();
        return {};
    });
}

Result<Lead> LeadRepository::disqualify(const QString& id, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("LeadRepository", "Say why the lead is disqualified."));
    return change(id, [&](Lead& l) -> Result<void> {
        l.status = LeadStatus::Disqualified;
        l.disqualifyReason = reason.trimmed();
        return {};
    });
}

Result<void> LeadRepository::assign(const QStringList& ids, const QString& ownerId) {
    auto owner = UserRepository(m_db).get(ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->deleted || !owner->active)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("LeadRepository", "%1 is no longer an active user and cannot take leads.")
                .arg(owner->name));
    return m_db.transaction([&]() -> Result<void> {
        for (const QString& id : ids) {
            auto live = loadLive(id);
            if (!live)
                return std::unexpected(live.error());
            Lead l = live->first;
            if (l.status == LeadStatus::Converted)
                return alreadyConverted(l);
            if (l.ownerId == ownerId)
                continue;
            l.ownerId = ownerId;
            if (auto written = write(l, live->second); !written)
                return std::unexpected(written.error());
        }
        return {};
    });
}

Result<Lead> LeadRepository::markConverted(const QString& id, const QString& accountId, const QString& contactId,
                                           const QString& opportunityId) {
    return change(id, [&](Lead& l) -> Result<void> {
        if (l.status == LeadStatus::Disqualified)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("LeadRepository",
                                                    "%1 is disqualified; set it back to working or qualified before "
                                                    "converting it.")
                            .arg(quotedName(l)),
                        id);
        l.status = LeadStatus::Converted;
        l.convertedAccountId = accountId;
        l.convertedContactId = contactId;
        l.convertedOpportunityId = opportunityId;
        l.convertedAt = Clock::nowMs();
        return {};
    });
}

Lead LeadRepository::fromValues(const QString& id, const QVariantList& values) {
    StoredRecord stored;
    stored.values = values;
    return toLead(RecordRow(RecordType::leads(), id, stored));
}

} // namespace Fieldbook
