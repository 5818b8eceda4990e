#include "ChangeFeed.h"

#include "ServerDatabase.h"
#include "protocol/RecordType.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

/// The quoted names of the record types `keep` chooses, for `tbl IN (...)` (constant SQL).
template<typename Keep>
QString tablesWhere(Keep keep) {
    QStringList names;
    for (const RecordType* type : RecordType::all())
        if (keep(*type))
            names.append(u'\'' + type->table + u'\'');
    return names.isEmpty() ? u"''"_s : names.join(u", "_s);
}

/// The organisation's types (RecordScope::Organisation).
QString organisationTables() {
    return tablesWhere([](const RecordType& t) { return t.scope == RecordScope::Organisation; });
}

/// The types the owner's team sees busy blocks of (RecordSharing::busyFields).
QString teamTables() {
    return tablesWhere([](const RecordType& t) { return !t.sharing.busyFields.isEmpty(); });
}

/// The types whose records the owner's reports may read (RecordSharing::downField).
QString downTables() {
    return tablesWhere([](const RecordType& t) { return !t.sharing.downField.isEmpty(); });
}

/// The revocations a statement selecting sv, tbl, id and the record's owner found.
Result<QList<Revocation>> revocationsOf(const Result<QSqlQuery*>& q) {
    if (!q)
        return std::unexpected(q.error());
    QList<Revocation> revoked;
    while ((*q)->next())
        revoked.append({{Wire::Change::Kind::Revoke,
                         (*q)->value(1).toString(),
                         (*q)->value(2).toString(),
                         (*q)->value(0).toLongLong(),
                         false,
                         {}},
                        (*q)->value(3).toString()});
    (*q)->finish();
    return revoked;
}

QVariantList valuesOf(const QStringList& strings) {
    return QVariantList(strings.cbegin(), strings.cend());
}

/// The condition on `records` of what `readers` see, and its values: the records of their owners
/// and the organisation's, those of the team's types owned by the team, those naming the reader and
/// those lent to the reader (RecordSharing::lends).
std::pair<QString, QVariantList> seenBy(const OwnerFilter& readers) {
    QString sql = u"owner_id IN ("_s + ServerDatabase::placeholders(readers.owners.size()) + u") OR tbl IN ("_s +
                  organisationTables() + u')';
    QVariantList values = valuesOf(readers.owners);
    if (!readers.team.isEmpty()) {
        sql += u" OR (tbl IN ("_s + teamTables() + u") AND owner_id IN ("_s +
               ServerDatabase::placeholders(readers.team.size()) + u"))"_s;
        values += valuesOf(readers.team);
    }
    if (!readers.above.isEmpty()) { // kept or revoked by their fields when sent (SyncService)
        sql += u" OR (tbl IN ("_s + downTables() + u") AND owner_id IN ("_s +
               ServerDatabase::placeholders(readers.above.size()) + u"))"_s;
        values += valuesOf(readers.above);
    }
    if (!readers.reader.isEmpty()) {
        sql += u" OR EXISTS (SELECT 1 FROM record_readers rr WHERE rr.tbl = records.tbl AND rr.id = records.id "
               u"AND rr.user_id = ?) OR EXISTS (SELECT 1 FROM lent_records lr WHERE lr.tbl = records.tbl "
               u"AND lr.id = records.id AND lr.user_id = ?)"_s;
        values.append(readers.reader);
        values.append(readers.reader);
    }
    return {sql, values};
}

} // namespace

ChangeFeed::ChangeFeed(ServerDatabase& db)
    : m_db(db) {}

Result<QList<Wire::Change>> ChangeFeed::records(qint64 after, const OwnerFilter& readers, int rows) {
    QString sql = u"SELECT tbl, id, row_version, deleted, fields FROM records WHERE row_version > ?"_s;
    QVariantList values{after};
    if (!readers.everyone) {
        const auto [condition, conditionValues] = seenBy(readers);
        sql += u" AND ("_s + condition + u')';
        values += conditionValues;
    }
    values.append(rows);
    auto q = m_db.run(sql + u" ORDER BY row_version LIMIT ?"_s, values);
    if (!q)
        return std::unexpected(q.error());
    QList<Wire::Change> changes;
    while ((*q)->next())
        changes.append({Wire::Change::Kind::Upsert, (*q)->value(0).toString(), (*q)->value(1).toString(),
                        (*q)->value(2).toLongLong(), (*q)->value(3).toInt() != 0,
                        QJsonDocument::fromJson((*q)->value(4).toString().toUtf8()).object()});
    (*q)->finish();
    return changes;
}

Result<QList<Revocation>> ChangeFeed::revocations(qint64 after, const QStringList& formerOwners, int rows) {
    auto q = m_db.run(u"SELECT v.sv, v.tbl, v.id, r.owner_id FROM revocations v LEFT JOIN records r "
                      u"ON r.tbl = v.tbl AND r.id = v.id WHERE v.sv > ? AND v.former_owner_id IN ("_s +
                          ServerDatabase::placeholders(formerOwners.size()) + u") ORDER BY v.sv LIMIT ?"_s,
                      QVariantList{after} + valuesOf(formerOwners) + QVariantList{rows});
    return revocationsOf(q);
}

Result<QList<Revocation>> ChangeFeed::readerRevocations(qint64 after, const QString& reader, int rows) {
    auto q = m_db.run(u"SELECT v.sv, v.tbl, v.id, r.owner_id FROM reader_revocations v LEFT JOIN records r "
                      u"ON r.tbl = v.tbl AND r.id = v.id WHERE v.sv > ? AND v.user_id = ? ORDER BY v.sv LIMIT ?"_s,
                      {after, reader, rows});
    return revocationsOf(q);
}

Result<qint64> ChangeFeed::count(const OwnerFilter& readers) {
    const auto [condition, values] = seenBy(readers);
    auto total = readers.everyone ? m_db.scalar(u"SELECT count(*) FROM records"_s, {})
                                  : m_db.scalar(u"SELECT count(*) FROM records WHERE "_s + condition, values);
    if (!total)
        return std::unexpected(total.error());
    return total->toLongLong();
}

} // namespace Fieldbook::Server
