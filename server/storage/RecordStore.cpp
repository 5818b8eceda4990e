#include "RecordStore.h"

#include "ServerDatabase.h"
#include "protocol/RecordType.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

RecordStore::RecordStore(ServerDatabase& db)
    : m_db(db) {}

Result<std::optional<HeldRecord>> RecordStore::load(const QString& table, const QString& id) {
    auto q = m_db.run(u"SELECT owner_id, row_version, deleted, fields, meta FROM records WHERE tbl = ? AND id = ?"_s,
                      {table, id});
    if (!q)
        return std::unexpected(q.error());
    std::optional<HeldRecord> held;
    if ((*q)->next())
        held = HeldRecord{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toInt() != 0,
                          parseObject((*q)->value(3).toString()), parseObject((*q)->value(4).toString())};
    (*q)->finish();
    return held;
}

Result<bool> RecordStore::exists(const QString& table, const QString& id) {
    auto found = m_db.scalar(u"SELECT count(*) FROM records WHERE tbl = ? AND id = ?"_s, {table, id});
    if (!found)
        return std::unexpected(found.error());
    return found->toInt() > 0;
}

Result<void> RecordStore::save(const QString& table, const QString& id, const PushPlan& plan, qint64 sv) {
    if (plan.formerOwner)
        if (auto ok = addRevocation(sv, table, id, *plan.formerOwner); !ok)
            return ok;
    for (const LostValue& lost : plan.lost)
        if (auto ok = addHistory(sv, table, id, lost); !ok)
            return ok;
    switch (plan.write) {
    case PushPlan::Write::Nothing:
        return {};
    case PushPlan::Write::Insert:
        if (auto ok = insert(table, id, plan.record); !ok)
            return ok;
        if (auto ok = keepReaders(table, id, plan.record.fields, sv); !ok)
            return ok;
        return keepLent(table, id, plan.record, sv);
    case PushPlan::Write::SetState:
        if (auto ok = setState(table, id, plan.record); !ok)
            return ok;
        return keepLent(table, id, plan.record, sv);
    case PushPlan::Write::Update:
        if (auto ok = update(table, id, plan.record); !ok)
            return ok;
        if (auto ok = keepReaders(table, id, plan.record.fields, sv); !ok)
            return ok;
        return keepLent(table, id, plan.record, sv);
    }
    return {};
}

Result<bool> RecordStore::isLent(const QString& table, const QString& id, const QString& userId) {
    auto found = m_db.scalar(u"SELECT count(*) FROM lent_records WHERE tbl = ? AND id = ? AND user_id = ?"_s,
                             {table, id, userId});
    if (!found)
        return std::unexpected(found.error());
    return found->toInt() > 0;
}

Result<void> RecordStore::keepLent(const QString& table, const QString& id, const HeldRecord& record, qint64 sv) {
    const RecordType* type = RecordType::find(table);
    if (!type || type->sharing.lends.isEmpty())
        return {};
    using Loan = std::pair<QString, QString>; // the lent record's table and id, to the record's owner
    QList<Loan> now;
    for (const QString& field : type->sharing.lends)
        if (const FieldSpec* spec = type->field(field); spec && !record.deleted && !record.ownerId.isEmpty())
            if (const QString target = record.fields.value(field).toString(); !target.isEmpty())
                now.append({spec->references, target});
    auto q = m_db.run(u"SELECT tbl, id, user_id FROM lent_records WHERE by_tbl = ? AND by_id = ?"_s, {table, id});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<Loan, QString>> before;
    while ((*q)->next())
        before.append({{(*q)->value(0).toString(), (*q)->value(1).toString()}, (*q)->value(2).toString()});
    (*q)->finish();
    for (const auto& [loan, user] : std::as_const(before))
        if (user != record.ownerId || !now.contains(loan))
            if (auto ok = endLoan(loan.first, loan.second, user, table, id, sv); !ok)
                return ok;
    for (const Loan& loan : std::as_const(now))
        if (!before.contains(std::pair{loan, record.ownerId}))
            if (auto ok = startLoan(loan.first, loan.second, record.ownerId, table, id); !ok)
                return ok;
    return {};
}

Result<void> RecordStore::startLoan(const QString& table, const QString& id, const QString& userId,
                                    const QString& byTable, const QString& byId) {
    auto had = isLent(table, id, userId);
    if (!had)
        return std::unexpected(had.error());
    if (auto ok = m_db.execute(u"INSERT INTO lent_records (tbl, id, user_id, by_tbl, by_id) VALUES (?, ?, ?, ?, ?)"_s,
                               {table, id, userId, byTable, byId});
        !ok)
        return ok;
    if (*had)
        return {};
    // Newly lent: the record is sent again, under a change number of its own, for the reader to
    // pull although it did not change. A number shared with another row could be cut off a page.
    auto fresh = m_db.nextChangeSequence();
    if (!fresh)
        return std::unexpected(fresh.error());
    return m_db.execute(u"UPDATE records SET row_version = ? WHERE tbl = ? AND id = ?"_s, {*fresh, table, id});
}

Result<void> RecordStore::endLoan(const QString& table, const QString& id, const QString& userId,
                                  const QString& byTable, const QString& byId, qint64 sv) {
    if (auto ok = m_db.execute(u"DELETE FROM lent_records WHERE tbl = ? AND id = ? AND user_id = ? AND by_tbl = ? "
                               u"AND by_id = ?"_s,
                               {table, id, userId, byTable, byId});
        !ok)
        return ok;
    auto still = isLent(table, id, userId);
    if (!still)
        return std::unexpected(still.error());
    if (*still)
        return {};
    // The pull drops the revocation for a reader whose scope holds the record anyway.
    return m_db.execute(u"INSERT INTO reader_revocations (sv, tbl, id, user_id) VALUES (?, ?, ?, ?) "
                        u"ON CONFLICT DO NOTHING"_s,
                        {sv, table, id, userId});
}

Result<void> RecordStore::keepReaders(const QString& table, const QString& id, const QJsonObject& fields, qint64 sv) {
    const RecordType* type = RecordType::find(table);
    if (!type || type->sharing.readersIn.isEmpty())
        return {};
    const QStringList now = type->sharing.readers(fields);
    auto q = m_db.run(u"SELECT user_id FROM record_readers WHERE tbl = ? AND id = ?"_s, {table, id});
    if (!q)
        return std::unexpected(q.error());
    QStringList before;
    while ((*q)->next())
        before.append((*q)->value(0).toString());
    (*q)->finish();
    for (const QString& user : std::as_const(before)) {
        if (now.contains(user))
            continue;
        if (auto ok = m_db.execute(u"DELETE FROM record_readers WHERE tbl = ? AND id = ? AND user_id = ?"_s,
                                   {table, id, user});
            !ok)
            return ok;
        if (auto ok = m_db.execute(u"INSERT INTO reader_revocations (sv, tbl, id, user_id) VALUES (?, ?, ?, ?)"_s,
                                   {sv, table, id, user});
            !ok)
            return ok;
    }
    for (const QString& user : now)
        if (!before.contains(user))
            if (auto ok = m_db.execute(u"INSERT INTO record_readers (tbl, id, user_id) VALUES (?, ?, ?)"_s,
                                       {table, id, user});
                !ok)
                return ok;
    return {};
}

Result<void> RecordStore::insert(const QString& table, const QString& id, const HeldRecord& record) {
    return m_db.execute(u"INSERT INTO records (tbl, id, owner_id, row_version, deleted, fields, meta) "
                        u"VALUES (?, ?, ?, ?, 0, ?, ?)"_s,
                        {table, id, record.ownerId, record.rowVersion, compact(record.fields), compact(record.meta)});
}

Result<void> RecordStore::update(const QString& table, const QString& id, const HeldRecord& record) {
    // Edit versus delete: the edit wins and the record is restored.
    return m_db.execute(u"UPDATE records SET owner_id = ?, row_version = ?, deleted = 0, fields = ?, meta = ? "
                        u"WHERE tbl = ? AND id = ?"_s,
                        {record.ownerId, record.rowVersion, compact(record.fields), compact(record.meta), table, id});
}

Result<void> RecordStore::setState(const QString& table, const QString& id, const HeldRecord& record) {
    return m_db.execute(u"UPDATE records SET deleted = ?, row_version = ? WHERE tbl = ? AND id = ?"_s,
                        {record.deleted ? 1 : 0, record.rowVersion, table, id});
}

Result<void> RecordStore::addRevocation(qint64 sv, const QString& table, const QString& id,
                                        const QString& formerOwner) {
    return m_db.execute(u"INSERT INTO revocations (sv, tbl, id, former_owner_id) VALUES (?, ?, ?, ?)"_s,
                        {sv, table, id, formerOwner});
}

Result<void> RecordStore::addHistory(qint64 sv, const QString& table, const QString& id, const LostValue& lost) {
    return m_db.execute(
        u"INSERT INTO field_history (sv, tbl, id, field, value, hlc, by_client) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {sv, table, id, lost.field, compact(QJsonObject{{u"v"_s, lost.value}}), lost.hlc, lost.byClient});
}

} // namespace Fieldbook::Server
