#include "ContactRepository.h"

#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/db/FieldCodec.h"
#include "store/write/RecordKeys.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/NameMatch.h"
#include "common/Uuid7.h"
#include "common/Validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString gone() {
    return QCoreApplication::translate("ContactRepository", "The contact no longer exists.");
}

const QString kColumns = u"id, first_name, last_name, title, account_id, emails, phones, street, city, region, "
                         u"postal_code, country, birthday, owner_id, tags, notes, do_not_call, external_id, "
                         u"created_at, updated_at, row_version, deleted"_s;

/// A contact from `value(i)`: 0 the id, 1–17 the synced fields in RecordType order, 18–21 bookkeeping.
template<typename Value>
Contact build(const Value& value) {
    Contact c;
    c.id = value(0).toString();
    c.firstName = value(1).toString();
    c.lastName = value(2).toString();
    c.title = value(3).toString();
    c.accountId = value(4).toString();
    c.emails = FieldCodec::decodeContactPoints(value(5).toString());
    c.phones = FieldCodec::decodeContactPoints(value(6).toString());
    c.address = {value(7).toString(), value(8).toString(), value(9).toString(), value(10).toString(),
                 value(11).toString()};
    c.birthday = FieldCodec::decodeDate(value(12).toString());
    c.ownerId = value(13).toString();
    c.tags = FieldCodec::decodeTags(value(14).toString());
    c.notes = value(15).toString();
    c.doNotCall = value(16).toInt() != 0;
    c.externalId = value(17).toString();
    c.createdAt = value(18).toLongLong();
    c.updatedAt = value(19).toLongLong();
    c.rowVersion = value(20).toLongLong();
    c.deleted = value(21).toInt() != 0;
    return c;
}

Contact fromRow(const QSqlQuery& q, int first = 0) {
    return build([&](int i) { return q.value(first + i); });
}

QVariantList toValues(const Contact& c) {
    return {c.firstName,
            c.lastName,
            c.title,
            c.accountId,
            FieldCodec::encode(c.emails),
            FieldCodec::encode(c.phones),
            c.address.street,
            c.address.city,
            c.address.region,
            c.address.postalCode,
            c.address.country,
            FieldCodec::encode(c.birthday),
            c.ownerId,
            FieldCodec::encode(c.tags),
            c.notes,
            c.doNotCall,
            c.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.externalId)};
}

Result<QString> accountName(Database& db, const QString& accountId) {
    if (accountId.isEmpty())
        return QString();
    auto name = db.connection().scalar(u"SELECT name FROM accounts WHERE id = ? AND deleted = 0"_s, {accountId},
                                       u"look up account"_s);
    if (!name)
        return std::unexpected(name.error());
    if (!name->isValid())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ContactRepository", "The account of this contact no longer exists."),
                    accountId);
    return name->toString();
}

} // namespace

ContactRepository::ContactRepository(Database& db)
    : m_db(db) {}

Result<Contact> ContactRepository::get(const QString& id) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM contacts WHERE id = ?"_s, {id}, u"load contact"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return fail(ErrorCode::NotFound, gone(), id);
    Contact c = fromRow(**q);
    (*q)->finish();
    return c;
}

Result<std::optional<Contact>> ContactRepository::findByExternalId(const QString& externalId) const {
    // A narrow lookup first: most imported rows are new, and a wide row costs more to fetch.
    auto id = m_db.connection().scalar(u"SELECT id FROM contacts WHERE external_id = ?"_s, {externalId},
                                       u"find contact by external id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return std::optional<Contact>();
    auto found = get(id->toString());
    if (!found)
        return std::unexpected(found.error());
    return std::optional<Contact>(std::move(*found));
}

Result<QList<Contact>> ContactRepository::forAccount(const QString& accountId) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM contacts WHERE account_id = ? AND deleted = 0 ORDER BY sort_key"_s,
                                   {accountId}, u"list contacts of account"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Contact> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<int> ContactRepository::count() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_s, {}, u"count contacts"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QList<Contact>> ContactRepository::findByEmail(const QString& email) const {
    auto q =
        m_db.connection().run(u"SELECT "_s + kColumns +
                                  u" FROM contacts WHERE +deleted = 0 AND id IN (SELECT record_id FROM record_keys "
                                  u"WHERE kind = 'email' AND value = ? AND record_table = 'contacts') LIMIT 10"_s,
                              {RecordKeys::emailKey(email)}, u"find contact by e-mail"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Contact> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<QList<Contact>> ContactRepository::page(qint64 afterRid, int limit, qint64* lastRid) const {
    auto q = m_db.connection().run(u"SELECT rid, "_s + kColumns +
                                       u" FROM contacts WHERE rid > ? AND +deleted = 0 ORDER BY rid LIMIT ?"_s,
                                   {afterRid, limit}, u"read contacts"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Contact> list;
    list.reserve(limit);
    *lastRid = afterRid;
    while ((*q)->next()) {
        *lastRid = (*q)->value(0).toLongLong();
        list.append(fromRow(**q, 1));
    }
    (*q)->finish();
    return list;
}

Result<Contact> ContactRepository::validate(Contact c) const {
    c.firstName = c.firstName.trimmed();
    c.lastName = c.lastName.trimmed();
    c.title = c.title.trimmed();
    if (c.firstName.isEmpty() && c.lastName.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ContactRepository", "A contact needs a first or a last name."));
    ContactPoints emails;
    for (auto e : std::as_const(c.emails)) {
        e.value = e.value.trimmed();
        if (e.value.isEmpty())
            continue;
        if (!isValidEmail(e.value))
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ContactRepository", "“%1” is not a valid e-mail address.").arg(e.value));
        e.value = normalizeEmail(e.value);
        if (e.type.isEmpty())
            e.type = u"work"_s;
        emails.append(e);
    }
    c.emails = emails;
    ContactPoints phones;
    for (auto p : std::as_const(c.phones)) {
        if (p.value.trimmed().isEmpty())
            continue;
        auto normalized = normalizePhone(p.value);
        if (!normalized)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("ContactRepository", "The phone number “%1” is not valid: %2")
                            .arg(p.value, normalized.error().message));
        p.value = *normalized;
        if (p.type.isEmpty())
            p.type = u"work"_s;
        phones.append(p);
    }
    c.phones = phones;
    QStringList tags;
    for (const auto& t : std::as_const(c.tags))
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    c.tags = tags;
    if (c.ownerId.isEmpty())
        c.ownerId = m_db.localUserId();
    return c;
}

Result<Contact> ContactRepository::save(Contact contact) {
    auto valid = validate(std::move(contact));
    if (!valid)
        return valid;
    Contact c = std::move(*valid);
    // A new id cannot be stored yet: skip loading the previous row (imports insert many records).
    const bool isNew = c.id.isEmpty();
    if (isNew)
        c.id = createUuid7();

    auto ok = m_db.transaction([&]() -> Result<void> {
        auto company = accountName(m_db, c.accountId);
        if (!company)
            return std::unexpected(company.error());
        const auto taken = [&] {
            return QCoreApplication::translate("ContactRepository", "Another contact already has the external id %1.")
                .arg(c.externalId);
        };
        if (auto free = requireFreeExternalId(m_db, RecordType::contacts(), c.id, c.externalId,
                                              ExternalIdScope::AllRecords, taken);
            !free)
            return free;
        RecordWriter writer(m_db, RecordType::contacts());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(c.id);
        if (!previous)
            return std::unexpected(previous.error());
        if (*previous && (*previous)->deleted)
            return fail(
                ErrorCode::NotFound,
                QCoreApplication::translate("ContactRepository", "The contact was deleted; restore it before editing."),
                c.id);
        const RecordKind& kind = RecordKind::of(RecordType::contacts());
        const QVariantList values = toValues(c);
        // The company is what RecordKind::derivedFrom names; it was just looked up to check the account.
        const DerivedRecord derived = kind.derived(values, {*company});
        auto saved = writer.save(c.id, values, *previous, derived.localColumns);
        if (!saved)
            return std::unexpected(saved.error());
        if (saved->inserted || !saved->changedFields.isEmpty()) {
            if (auto r = DerivedState(m_db).index(kind, c.id, saved->rid, derived, saved->inserted); !r)
                return r;
        }
        c.createdAt = saved->createdAt;
        c.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return c;
}

Result<void> ContactRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::contacts(), id, true, gone());
}

Result<void> ContactRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::contacts(), id, false, gone());
}

Result<QList<DuplicateCandidate>> ContactRepository::findDuplicates(const Contact& contact) const {
    QList<DuplicateCandidate> result;
    auto addCandidate = [&](const QString& id, DuplicateCandidate::Reason reason) -> Result<void> {
        for (const auto& existing : std::as_const(result))
            if (existing.id == id)
                return {};
        auto other = get(id);
        if (!other)
            return std::unexpected(other.error());
        if (!other->deleted)
            result.append({id, other->displayName(), reason});
        return {};
    };
    for (const auto& e : contact.emails) {
        auto ids = RecordKeys::matching(m_db, RecordType::contacts().table,
                                        {{u"email"_s, RecordKeys::emailKey(e.value)}}, contact.id);
        if (!ids)
            return std::unexpected(ids.error());
        for (const auto& id : *ids)
            if (auto r = addCandidate(id, DuplicateCandidate::Reason::SameEmail); !r)
                return std::unexpected(r.error());
    }
    for (const auto& p : contact.phones) {
        auto ids = RecordKeys::matching(m_db, RecordType::contacts().table,
                                        {{u"phone"_s, RecordKeys::phoneKey(p.value)}}, contact.id);
        if (!ids)
            return std::unexpected(ids.error());
        for (const auto& id : *ids)
            if (auto r = addCandidate(id, DuplicateCandidate::Reason::SamePhone); !r)
                return std::unexpected(r.error());
    }
    if (!contact.accountId.isEmpty()) {
        auto colleagues = forAccount(contact.accountId);
        if (!colleagues)
            return std::unexpected(colleagues.error());
        for (const auto& other : std::as_const(*colleagues)) {
            if (other.id != contact.id && NameMatch::similar(other.displayName(), contact.displayName(), false))
                if (auto r = addCandidate(other.id, DuplicateCandidate::Reason::SimilarName); !r)
                    return std::unexpected(r.error());
        }
    }
    return result;
}

} // namespace Fieldbook
