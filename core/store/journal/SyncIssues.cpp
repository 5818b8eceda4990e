#include "SyncIssues.h"

#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/write/Outbox.h"
#include "RecordLabels.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "protocol/RecordType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QJsonValue parseValue(const QVariant& text) {
    if (text.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toString().toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue(QJsonValue::Undefined) : doc.array().at(0);
}

} // namespace

SyncIssues::SyncIssues(Database& db)
    : m_db(db) {}

Result<QString> SyncIssues::labelOf(const QString& table, const QString& id) const {
    return RecordLabels(m_db).labelOf(table, id);
}

Result<QList<SyncConflict>> SyncIssues::conflicts() const {
    auto q = m_db.connection().run(u"SELECT id, table_name, record_id, field, base, theirs, yours, created_at "
                                   u"FROM conflicts WHERE resolved_at IS NULL ORDER BY id"_s,
                                   {}, u"read conflicts"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<SyncConflict> list;
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        SyncConflict c;
        c.id = r.value(0).toLongLong();
        c.table = r.value(1).toString();
        c.recordId = r.value(2).toString();
        c.field = r.value(3).toString();
        c.base = parseValue(r.value(4));
        c.theirs = parseValue(r.value(5));
        c.yours = parseValue(r.value(6));
        c.createdAt = r.value(7).toLongLong();
        if (const RecordType* type = RecordType::find(c.table); type && type->field(c.field))
            c.merge = type->field(c.field)->merge;
        list.append(c);
    }
    (*q)->finish();
    for (SyncConflict& c : list) {
        auto label = labelOf(c.table, c.recordId);
        if (!label)
            return std::unexpected(label.error());
        c.recordLabel = *label;
    }
    return list;
}

Result<QList<SyncRejection>> SyncIssues::rejections() const {
    auto q = m_db.connection().run(u"SELECT seq FROM outbox WHERE state = 'rejected' ORDER BY seq"_s, {},
                                   u"read rejected changes"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> seqs;
    while ((*q)->next())
        seqs.append((*q)->value(0).toLongLong());
    (*q)->finish();
    QList<SyncRejection> list;
    for (qint64 seq : std::as_const(seqs)) {
        auto one = rejection(seq);
        if (!one)
            return std::unexpected(one.error());
        if (*one)
            list.append(**one);
    }
    return list;
}

Result<std::optional<SyncRejection>> SyncIssues::rejection(qint64 seq) const {
    auto row = m_db.connection().firstRow(
        u"SELECT mutation_id, table_name, record_id, op, base_row_version, fields_json, base_json, hlc, state, "
        u"last_error FROM outbox WHERE seq = ? AND state = 'rejected'"_s,
        {seq}, u"read a rejected change"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncRejection>{};
    const QVariantList& v = **row;
    SyncRejection r;
    r.entry = {seq,
               v.at(0).toString(),
               v.at(1).toString(),
               v.at(2).toString(),
               v.at(3).toString(),
               v.at(4).toLongLong(),
               QJsonDocument::fromJson(v.at(5).toString().toUtf8()).object(),
               QJsonDocument::fromJson(v.at(6).toString().toUtf8()).object(),
               v.at(7).toString(),
               v.at(8).toString()};
    r.reason = v.at(9).toString();
    auto label = labelOf(r.entry.table, r.entry.recordId);
    if (!label)
        return std::unexpected(label.error());
    r.recordLabel = *label;
    auto present = m_db.connection().scalar(u"SELECT 1 FROM "_s + r.entry.table + u" WHERE id = ?"_s,
                                            {r.entry.recordId}, u"find a record"_s);
    if (!present)
        return std::unexpected(present.error());
    r.recordPresent = present->isValid();
    return std::optional<SyncRejection>(r);
}

Result<QList<SyncSetAside>> SyncIssues::setAside() const {
    auto q = m_db.connection().run(u"SELECT table_name, record_id, fields_json, reason, set_aside_at FROM "
                                   u"pull_set_aside ORDER BY set_aside_at DESC, record_id"_s,
                                   {}, u"read set-aside records"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<SyncSetAside, QJsonObject>> rows;
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        rows.append(
            {SyncSetAside{
                 r.value(0).toString(), r.value(1).toString(), {}, r.value(3).toString(), r.value(4).toLongLong()},
             QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object()});
    }
    (*q)->finish();
    QList<SyncSetAside> list;
    for (auto& [entry, values] : rows) {
        if (const RecordType* type = RecordType::find(entry.table)) {
            auto label = RecordLabels(m_db).labelOf(*type, values);
            if (!label)
                return std::unexpected(label.error());
            entry.recordLabel = *label;
        }
        list.append(entry);
    }
    return list;
}

Result<void> SyncIssues::dismiss(const QString& table, const QString& recordId) {
    auto r = m_db.connection().write(u"DELETE FROM pull_set_aside WHERE table_name = ? AND record_id = ?"_s,
                                     {table, recordId}, u"dismiss a set-aside record"_s);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<int> SyncIssues::count() const {
    auto n = m_db.connection().scalar(u"SELECT (SELECT count(*) FROM conflicts WHERE resolved_at IS NULL) + "
                                      u"(SELECT count(*) FROM outbox WHERE state = 'rejected') + "
                                      u"(SELECT count(*) FROM pull_set_aside)"_s,
                                      {}, u"count sync issues"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> SyncIssues::resolve(qint64 conflictId, Choice choice) {
    auto all = conflicts();
    if (!all)
        return std::unexpected(all.error());
    const auto it = std::find_if(all->cbegin(), all->cend(), [&](const SyncConflict& c) { return c.id == conflictId; });
    if (it == all->cend())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("SyncIssues", "This conflict was already decided."));
    const SyncConflict c = *it;
    const RecordType* type = RecordType::find(c.table);
    return m_db.transaction([&]() -> Result<void> {
        if (choice != Choice::KeepTheirs && type) {
            RecordWriter writer(m_db, *type);
            auto stored = writer.load(c.recordId);
            if (!stored)
                return std::unexpected(stored.error());
            if (!*stored)
                return fail(ErrorCode::NotFound,
                            QCoreApplication::translate("SyncIssues", "The record is no longer on this device."),
                            c.recordId);
            if (c.field == u"deleted"_s) {
                auto changed = writer.setDeleted(c.recordId, true);
                if (!changed)
                    return std::unexpected(changed.error());
                if (auto r = DerivedState(m_db).refresh(c.table, c.recordId, (*stored)->rid, true, {}); !r)
                    return r;
            } else if (const qsizetype index = type->indexOf(c.field); index >= 0) {
                const FieldSpec& spec = type->fields.at(index);
                QVariant value = RecordWriter::fromJson(spec, c.yours);
                if (choice == Choice::KeepBoth && spec.merge == MergeClass::LongText) {
                    const QString theirs = (*stored)->values.at(index).toString();
                    value = theirs.isEmpty() ? value : QVariant(theirs + u"\n\n"_s + value.toString());
                }
                QVariantList values = (*stored)->values;
                values[index] = value;
                auto saved = writer.save(c.recordId, values, *stored);
                if (!saved)
                    return std::unexpected(saved.error());
                if (auto r = DerivedState(m_db).refresh(c.table, c.recordId, saved->rid, (*stored)->deleted,
                                                        saved->changedFields);
                    !r)
                    return r;
            }
        }
        auto done = m_db.connection().write(u"UPDATE conflicts SET resolved_at = ? WHERE id = ?"_s,
                                            {Clock::nowMs(), conflictId}, u"decide a conflict"_s);
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

Result<std::optional<SyncRejection>> SyncIssues::pendingRejection(qint64 seq) const {
    auto r = rejection(seq);
    if (r && !*r)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("SyncIssues", "This change was already sent again or discarded."));
    return r;
}

Result<void> SyncIssues::retry(qint64 seq) {
    auto r = pendingRejection(seq);
    if (!r)
        return std::unexpected(r.error());
    const OutboxEntry& e = (*r)->entry;
    const RecordType* type = RecordType::find(e.table);
    if (!type || !(*r)->recordPresent)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "SyncIssues",
                        "The record is no longer on this device (it was given to someone else); the change can only be "
                        "discarded."));
    return m_db.transaction([&]() -> Result<void> {
        if (auto ok = RecordWriter(m_db, *type).requeue(e.recordId, e.op, e.fields.keys(), e.base); !ok)
            return ok;
        auto gone =
            m_db.connection().write(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, u"replace a rejected change"_s);
        if (!gone)
            return std::unexpected(gone.error());
        return {};
    });
}

Result<void> SyncIssues::discard(qint64 seq) {
    auto r = pendingRejection(seq);
    if (!r)
        return std::unexpected(r.error());
    const OutboxEntry& e = (*r)->entry;
    const RecordType* type = RecordType::find(e.table);
    return m_db.transaction([&]() -> Result<void> {
        if (type && (*r)->recordPresent) {
            RecordWriter writer(m_db, *type);
            if (e.op == u"insert"_s) {
                auto rid = writer.removeLocal(e.recordId);
                if (!rid)
                    return std::unexpected(rid.error());
                if (*rid)
                    if (auto d = DerivedState(m_db).refresh(e.table, e.recordId, **rid, true, {}); !d)
                        return d;
            } else {
                auto stored = writer.load(e.recordId);
                if (!stored)
                    return std::unexpected(stored.error());
                // What the user changed after the refused change stays: only its own fields go back.
                auto entries = Outbox(m_db).entries(e.recordId);
                if (!entries)
                    return std::unexpected(entries.error());
                QSet<QString> later;
                bool laterDeleteOrRestore = false;
                for (const OutboxEntry& next : std::as_const(*entries)) {
                    if (next.seq <= e.seq || (next.state != u"pending"_s && next.state != u"sent"_s))
                        continue;
                    laterDeleteOrRestore |= next.op == u"delete"_s || next.op == u"restore"_s;
                    for (auto it = next.fields.constBegin(); it != next.fields.constEnd(); ++it)
                        later.insert(it.key());
                }
                const bool deleted = e.op == u"delete"_s ? false : e.op == u"restore"_s ? true : (*stored)->deleted;
                auto applied =
                    writer.applyRemote(e.recordId, e.base, (*stored)->rowVersion, deleted, later, laterDeleteOrRestore);
                if (!applied)
                    return std::unexpected(applied.error());
                if (auto d = DerivedState(m_db).refresh(e.table, e.recordId, applied->rid, applied->deleted,
                                                        applied->changedFields);
                    !d)
                    return d;
            }
        }
        auto gone =
            m_db.connection().write(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, u"discard a rejected change"_s);
        if (!gone)
            return std::unexpected(gone.error());
        return {};
    });
}

} // namespace Fieldbook
