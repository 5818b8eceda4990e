#include "AccountRepository.h"

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
#include "common/SearchText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString gone() {
    return QCoreApplication::translate("AccountRepository", "The account no longer exists.");
}

const QString kColumns =
    u"id, name, industry, website, phones, street, city, region, postal_code, country, "
    u"annual_revenue, currency, employees, parent_id, owner_id, tags, notes, external_id, language, "
    u"created_at, updated_at, row_version, deleted"_s;

/// An account from `value(i)`: 0 the id, 1–18 the synced fields in RecordType order, 19–22 bookkeeping.
template<typename Value>
Account build(const Value& value) {
    Account a;
    a.id = value(0).toString();
    a.name = value(1).toString();
    a.industry = value(2).toString();
    a.website = value(3).toString();
    a.phones = FieldCodec::decodeContactPoints(value(4).toString());
    a.address = {value(5).toString(), value(6).toString(), value(7).toString(), value(8).toString(),
                 value(9).toString()};
    a.annualRevenue = value(10).toLongLong();
    a.currency = value(11).toString();
    a.employees = value(12).toInt();
    a.parentId = value(13).toString();
    a.ownerId = value(14).toString();
    a.tags = FieldCodec::decodeTags(value(15).toString());
    a.notes = value(16).toString();
    a.externalId = value(17).toString();
    a.language = value(18).toString();
    a.createdAt = value(19).toLongLong();
    a.updatedAt = value(20).toLongLong();
    a.rowVersion = value(21).toLongLong();
    a.deleted = value(22).toInt() != 0;
    return a;
}

Account fromRow(const QSqlQuery& q, int first = 0) {
    return build([&](int i) { return q.value(first + i); });
}

QVariantList toValues(const Account& a) {
    return {a.name,
            a.industry,
            a.website,
            FieldCodec::encode(a.phones),
            a.address.street,
            a.address.city,
            a.address.region,
            a.address.postalCode,
            a.address.country,
            a.annualRevenue,
            a.currency,
            a.employees,
            a.parentId,
            a.ownerId,
            FieldCodec::encode(a.tags),
            a.notes,
            a.externalId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.externalId),
            a.language};
}

/// The derived state of an account (RecordKind::derive): sort key, search text, match keys.
DerivedRecord derivedOf(const Account& a) {
    return RecordKind::of(RecordType::accounts()).derived(toValues(a), {});
}

/// The phone numbers normalised (empty ones dropped, "work" where no type is given).
Result<ContactPoints> normalizedPhones(const ContactPoints& given) {
    ContactPoints phones;
    for (auto p : given) {
        if (p.value.trimmed().isEmpty())
            continue;
        auto normalized = normalizePhone(p.value);
        if (!normalized)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("AccountRepository", "The phone number “%1” is not valid: %2")
                            .arg(p.value, normalized.error().message));
        p.value = *normalized;
        if (p.type.isEmpty())
            p.type = u"work"_s;
        phones.append(p);
    }
    return phones;
}

/// The account's parent exists and is neither the account nor one of its subsidiaries.
Result<void> checkParent(Database& db, const Account& a) {
    if (a.parentId.isEmpty())
        return {};
    if (a.parentId == a.id)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "An account cannot be its own parent."));
    // Walk up the chain: a parent may not be a descendant of this account.
    QString cursor = a.parentId;
    for (int depth = 0; !cursor.isEmpty() && depth < 64; ++depth) {
        auto parent = db.connection().scalar(u"SELECT parent_id FROM accounts WHERE id = ? AND deleted = 0"_s, {cursor},
                                             u"check parent account"_s);
        if (!parent)
            return std::unexpected(parent.error());
        if (!parent->isValid())
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("AccountRepository", "The parent account no longer exists."),
                        cursor);
        cursor = parent->toString();
        if (!a.id.isEmpty() && cursor == a.id)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("AccountRepository",
                                                    "The parent account is a subsidiary of this account."));
    }
    return {};
}

} // namespace

AccountRepository::AccountRepository(Database& db)
    : m_db(db) {}

Result<Account> AccountRepository::get(const QString& id) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM accounts WHERE id = ?"_s, {id}, u"load account"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return fail(ErrorCode::NotFound, gone(), id);
    Account a = fromRow(**q);
    (*q)->finish();
    return a;
}

Result<std::optional<Account>> AccountRepository::findByExternalId(const QString& externalId) const {
    // A narrow lookup first: most imported rows are new, and a wide row costs more to fetch.
    auto id = m_db.connection().scalar(u"SELECT id FROM accounts WHERE external_id = ?"_s, {externalId},
                                       u"find account by external id"_s);
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return std::optional<Account>();
    auto found = get(id->toString());
    if (!found)
        return std::unexpected(found.error());
    return std::optional<Account>(std::move(*found));
}

Result<QList<Account>> AccountRepository::findByName(const QString& name) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM accounts WHERE name = ? COLLATE NOCASE AND +deleted = 0 LIMIT 10"_s,
                                   {name.trimmed()}, u"find account by name"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Account> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<int> AccountRepository::count() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM accounts WHERE deleted = 0"_s, {}, u"count accounts"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QList<Account>> AccountRepository::page(qint64 afterRid, int limit, qint64* lastRid) const {
    auto q = m_db.connection().run(u"SELECT rid, "_s + kColumns +
                                       u" FROM accounts WHERE rid > ? AND +deleted = 0 ORDER BY rid LIMIT ?"_s,
                                   {afterRid, limit}, u"read accounts"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Account> list;
    list.reserve(limit);
    *lastRid = afterRid;
    while ((*q)->next()) {
        *lastRid = (*q)->value(0).toLongLong();
        list.append(fromRow(**q, 1));
    }
    (*q)->finish();
    return list;
}

Result<Account> AccountRepository::validate(Account a) const {
    a.name = a.name.trimmed();
    if (a.name.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "An account needs a name."));
    if (a.annualRevenue < 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "The annual revenue cannot be negative."));
    if (a.employees < 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "The number of employees cannot be negative."));
    a.currency = a.currency.trimmed().toUpper();
    if (a.currency.size() != 3)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("AccountRepository", "“%1” is not a three-letter ISO 4217 currency code.")
                .arg(a.currency));
    a.website = a.website.trimmed();
    if (!a.website.isEmpty() && websiteHost(a.website).isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("AccountRepository", "“%1” is not a valid web address.").arg(a.website));
    a.language = a.language.trimmed();
    if (!a.language.isEmpty() && !isLanguageName(a.language))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "“%1” is not a language such as zh_CN or en_US.")
                        .arg(a.language));
    auto phones = normalizedPhones(a.phones);
    if (!phones)
        return std::unexpected(phones.error());
    a.phones = std::move(*phones);
    QStringList tags;
    for (const auto& t : std::as_const(a.tags))
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    a.tags = tags;
    if (auto parent = checkParent(m_db, a); !parent)
        return std::unexpected(parent.error());
    if (a.ownerId.isEmpty())
        a.ownerId = m_db.localUserId();
    return a;
}

Result<Account> AccountRepository::save(Account account) {
    auto valid = validate(std::move(account));
    if (!valid)
        return valid;
    Account a = std::move(*valid);
    // A new id cannot be stored yet: skip loading the previous row (imports insert many records).
    const bool isNew = a.id.isEmpty();
    if (isNew)
        a.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        const auto taken = [&] {
            return QCoreApplication::translate("AccountRepository", "Another account already has the external id %1.")
                .arg(a.externalId);
        };
        if (auto free = requireFreeExternalId(m_db, RecordType::accounts(), a.id, a.externalId,
                                              ExternalIdScope::AllRecords, taken);
            !free)
            return free;
        RecordWriter writer(m_db, RecordType::accounts());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(a.id);
        if (!previous)
            return std::unexpected(previous.error());
        if (*previous && (*previous)->deleted)
            return fail(
                ErrorCode::NotFound,
                QCoreApplication::translate("AccountRepository", "The account was deleted; restore it before editing."),
                a.id);
        const DerivedRecord derived = derivedOf(a);
        auto saved = writer.save(a.id, toValues(a), *previous, derived.localColumns);
        if (!saved)
            return std::unexpected(saved.error());
        DerivedState state(m_db);
        if (saved->inserted || !saved->changedFields.isEmpty()) {
            if (auto r =
                    state.index(RecordKind::of(RecordType::accounts()), a.id, saved->rid, derived, saved->inserted);
                !r)
                return r;
        }
        // The contacts of a renamed account are found and sorted by its new name.
        if (!saved->inserted)
            if (auto r = state.dependents(RecordType::accounts(), a.id, saved->changedFields, false); !r)
                return r;
        a.createdAt = saved->createdAt;
        a.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return a;
}

Result<void> AccountRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::accounts(), id, true, gone());
}

Result<void> AccountRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::accounts(), id, false, gone());
}

Result<QList<DuplicateCandidate>> AccountRepository::findDuplicates(const Account& account) const {
    QList<DuplicateCandidate> result;
    auto add = [&](const QString& id, DuplicateCandidate::Reason reason) -> Result<void> {
        for (const auto& existing : std::as_const(result))
            if (existing.id == id)
                return {};
        auto other = get(id);
        if (!other)
            return std::unexpected(other.error());
        if (!other->deleted)
            result.append({id, other->name, reason});
        return {};
    };
    for (const auto& [kind, value] : derivedOf(account).matchKeys) {
        if (kind == u"tag"_s)
            continue;
        auto ids = RecordKeys::matching(m_db, RecordType::accounts().table, {{kind, value}}, account.id);
        if (!ids)
            return std::unexpected(ids.error());
        for (const auto& id : *ids)
            if (auto r = add(id, kind == u"phone"_s ? DuplicateCandidate::Reason::SamePhone
                                                    : DuplicateCandidate::Reason::SameWebsite);
                !r)
                return std::unexpected(r.error());
    }
    // Similar names: candidates share the normalised name's first characters (index range scan).
    const QString normalized = NameMatch::normalized(account.name, true);
    if (!normalized.isEmpty()) {
        const QString prefix = SearchText::sortKey(account.name).left(std::min<qsizetype>(3, account.name.size()));
        auto q = m_db.connection().run(u"SELECT id, name FROM accounts WHERE deleted = 0 AND sort_key >= ? AND "
                                       u"sort_key < ? ORDER BY sort_key LIMIT 500"_s,
                                       {prefix, QString(prefix + QChar(0xFFFF))}, u"find similar accounts"_s);
        if (!q)
            return std::unexpected(q.error());
        QList<std::pair<QString, QString>> candidates;
        while ((*q)->next())
            candidates.emplaceBack((*q)->value(0).toString(), (*q)->value(1).toString());
        (*q)->finish();
        for (const auto& [id, name] : candidates)
            if (id != account.id && NameMatch::similar(name, account.name, true))
                if (auto r = add(id, DuplicateCandidate::Reason::SimilarName); !r)
                    return std::unexpected(r.error());
    }
    return result;
}

Result<QStringList> AccountRepository::subsidiaryIds(const QString& parentId) const {
    auto children = m_db.connection().run(u"SELECT id FROM accounts WHERE parent_id = ? AND deleted = 0"_s, {parentId},
                                          u"find subsidiaries"_s);
    if (!children)
        return std::unexpected(children.error());
    QStringList ids;
    while ((*children)->next())
        ids.append((*children)->value(0).toString());
    (*children)->finish();
    return ids;
}

} // namespace Fieldbook
