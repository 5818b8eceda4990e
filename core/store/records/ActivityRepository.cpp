#include "ActivityRepository.h"

#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Uuid7.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kColumns = u"id, kind, subject, starts_at, duration_minutes, outcome, notes, contact_id, account_id, "
                         u"done, owner_id, created_at, updated_at, row_version, deleted, lead_id, opportunity_id, "
                         u"call_list_id, talk_seconds"_s;

Activity fromRow(const QSqlQuery& q) {
    Activity a;
    a.id = q.value(0).toString();
    parseActivityKind(q.value(1).toString(), &a.kind);
    a.subject = q.value(2).toString();
    a.startsAt = q.value(3).toLongLong();
    a.durationMinutes = q.value(4).toInt();
    a.outcome = q.value(5).toString();
    a.notes = q.value(6).toString();
    a.contactId = q.value(7).toString();
    a.accountId = q.value(8).toString();
    a.done = q.value(9).toInt() != 0;
    a.ownerId = q.value(10).toString();
    a.createdAt = q.value(11).toLongLong();
    a.updatedAt = q.value(12).toLongLong();
    a.rowVersion = q.value(13).toLongLong();
    a.deleted = q.value(14).toInt() != 0;
    a.leadId = q.value(15).toString();
    a.opportunityId = q.value(16).toString();
    a.callListId = q.value(17).toString();
    a.talkSeconds = q.value(18).toInt();
    return a;
}

QVariant orNull(const QString& id) {
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

QVariantList toValues(const Activity& a) {
    return {activityKindName(a.kind),
            a.subject,
            a.startsAt,
            a.durationMinutes,
            a.outcome,
            a.notes,
            a.contactId,
            a.accountId,
            a.done,
            a.ownerId,
            orNull(a.leadId),
            orNull(a.opportunityId),
            orNull(a.callListId),
            a.talkSeconds};
}

} // namespace

ActivityRepository::ActivityRepository(Database& db)
    : m_db(db) {}

Result<void> ActivityRepository::checkLinks(const Activity& a, const QStringList& elsewhere) const {
    using Link = std::tuple<QString, QString, const char*>;
    const Link links[] = {
        {u"contacts"_s, a.contactId,
         QT_TRANSLATE_NOOP("ActivityRepository", "The contact of this activity no longer exists.")},
        {u"accounts"_s, a.accountId,
         QT_TRANSLATE_NOOP("ActivityRepository", "The account of this activity no longer exists.")},
        {u"leads"_s, a.leadId, QT_TRANSLATE_NOOP("ActivityRepository", "The lead of this activity no longer exists.")},
        {u"opportunities"_s, a.opportunityId,
         QT_TRANSLATE_NOOP("ActivityRepository", "The opportunity of this activity no longer exists.")},
    };
    for (const auto& [table, id, gone] : links) {
        if (id.isEmpty())
            continue;
        auto deleted = m_db.connection().scalar(u"SELECT deleted FROM "_s + table + u" WHERE id = ?"_s, {id},
                                                u"check activity link"_s);
        if (!deleted)
            return std::unexpected(deleted.error());
        const bool held = deleted->isValid();
        if ((held && deleted->toInt() != 0) || (!held && !elsewhere.contains(id)))
            return fail(ErrorCode::NotFound, QCoreApplication::translate("ActivityRepository", gone));
    }
    return {};
}

Result<Activity> ActivityRepository::get(const QString& id) const {
    auto list = this->list(u"id = ?"_s, {id}, 1);
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ActivityRepository", "The activity no longer exists."), id);
    return list->first();
}

Result<QList<Activity>> ActivityRepository::list(const QString& where, const QVariantList& values, int limit) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM activities WHERE "_s + where +
                                       u" ORDER BY starts_at DESC, rid DESC LIMIT "_s + QString::number(limit),
                                   values, u"list activities"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Activity> result;
    while ((*q)->next())
        result.append(fromRow(**q));
    (*q)->finish();
    return result;
}

Result<QList<Activity>> ActivityRepository::forContact(const QString& contactId, int limit) const {
    return list(u"contact_id = ? AND deleted = 0"_s, {contactId}, limit);
}

Result<QList<Activity>> ActivityRepository::forAccount(const QString& accountId, int limit) const {
    return list(u"deleted = 0 AND (account_id = ? OR contact_id IN "
                u"(SELECT id FROM contacts WHERE account_id = ? AND deleted = 0))"_s,
                {accountId, accountId}, limit);
}

Result<QList<Activity>> ActivityRepository::forLead(const QString& leadId, int limit) const {
    return list(u"lead_id = ? AND deleted = 0"_s, {leadId}, limit);
}

Result<QList<Activity>> ActivityRepository::forOpportunity(const QString& opportunityId, int limit) const {
    return list(u"opportunity_id = ? AND deleted = 0"_s, {opportunityId}, limit);
}

Result<int> ActivityRepository::count() const {
    auto n =
        m_db.connection().scalar(u"SELECT count(*) FROM activities WHERE deleted = 0"_s, {}, u"count activities"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<Activity> ActivityRepository::save(Activity a, const QStringList& elsewhere) {
    a.subject = a.subject.trimmed();
    if (a.subject.isEmpty() && a.notes.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ActivityRepository", "An activity needs a subject or notes."));
    if (a.contactId.isEmpty() && a.accountId.isEmpty() && a.leadId.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ActivityRepository",
                                                "An activity must belong to a contact, an account or a lead."));
    if (a.durationMinutes < 0 || a.durationMinutes > 7 * 24 * 60)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ActivityRepository", "The duration must be between 0 minutes and 7 days."));
    if (a.startsAt <= 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ActivityRepository", "The activity needs a date and time."));
    if (a.ownerId.isEmpty())
        a.ownerId = m_db.localUserId();
    // A new id cannot be stored yet: skip loading the previous row (imports insert many records).
    const bool isNew = a.id.isEmpty();
    if (isNew)
        a.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto linked = checkLinks(a, elsewhere); !linked)
            return linked;
        RecordWriter writer(m_db, RecordType::activities());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(a.id);
        if (!previous)
            return std::unexpected(previous.error());
        auto saved = writer.save(a.id, toValues(a), *previous);
        if (!saved)
            return std::unexpected(saved.error());
        a.createdAt = saved->createdAt;
        a.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return a;
}

Result<void> ActivityRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::activities(), id, true);
}

Result<void> ActivityRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::activities(), id, false);
}

Result<int> ActivityRepository::rewrite(const QString& where, const QVariantList& values,
                                        const std::function<void(Activity&)>& change) {
    int rewritten = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto activities = list(where, values, 1000000);
        if (!activities)
            return std::unexpected(activities.error());
        RecordWriter writer(m_db, RecordType::activities());
        for (auto a : std::as_const(*activities)) {
            auto previous = writer.load(a.id);
            if (!previous)
                return std::unexpected(previous.error());
            change(a);
            if (auto r = writer.save(a.id, toValues(a), *previous); !r)
                return std::unexpected(r.error());
            ++rewritten;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return rewritten;
}

Result<int> ActivityRepository::moveToContact(const QString& fromContactId, const QString& toContactId,
                                              const QString& toAccountId) {
    return rewrite(u"contact_id = ?"_s, {fromContactId}, [&](Activity& a) {
        a.contactId = toContactId;
        if (a.accountId.isEmpty())
            a.accountId = toAccountId;
    });
}

Result<int> ActivityRepository::linkLeadToContact(const QString& leadId, const QString& contactId,
                                                  const QString& accountId) {
    return rewrite(u"lead_id = ? AND coalesce(contact_id, '') = ''"_s, {leadId}, [&](Activity& a) {
        a.contactId = contactId;
        if (a.accountId.isEmpty())
            a.accountId = accountId;
    });
}

Result<int> ActivityRepository::moveToAccount(const QString& fromAccountId, const QString& toAccountId) {
    return rewrite(u"account_id = ?"_s, {fromAccountId}, [&](Activity& a) { a.accountId = toAccountId; });
}

} // namespace Fieldbook
