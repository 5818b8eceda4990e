#include "RecordWriter.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "common/JsonWriter.h"
#include "common/Uuid7.h"
#include "protocol/WireFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Hybrid logical clock: wall-clock milliseconds plus a counter, so that edits on one device are
/// strictly ordered even when the clock stands still or steps back. Fixed-width fields, so that
/// the text sorts like the clock: "<13-digit ms>-<4 hex digits>-<first 8 of the device id>".
QString nextHlc(const QString& deviceId) {
    static QMutex mutex;
    static qint64 lastMs = 0;
    static int counter = 0;
    const QMutexLocker lock(&mutex);
    const qint64 now = Clock::nowMs();
    if (now > lastMs) {
        lastMs = now;
        counter = 0;
    } else if (++counter > 0xFFFF) {
        ++lastMs; // the counter's four hex digits are used up: move the logical clock on
        counter = 0;
    }
    char16_t text[13 + 1 + 4 + 1];
    qint64 ms = lastMs;
    for (int i = 12; i >= 0; --i, ms /= 10)
        text[i] = char16_t(u'0' + ms % 10);
    text[13] = u'-';
    static constexpr char16_t hex[] = u"0123456789abcdef";
    for (int i = 0; i < 4; ++i)
        text[14 + i] = hex[(counter >> (4 * (3 - i))) & 0xF];
    text[18] = u'-';
    return QStringView(text, 19) + QStringView(deviceId).left(8);
}

void writeJson(JsonWriter& json, const FieldSpec& field, const QVariant& value) {
    if (value.isNull()) {
        json.null();
        return;
    }
    switch (field.kind) {
    case FieldKind::Integer:
        json.value(value.toLongLong());
        return;
    case FieldKind::Boolean:
        json.value(value.toInt() != 0);
        return;
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    json.value(value.toString());
}

/// Local columns are NOT NULL text; a null QString would bind as SQL NULL.
QVariant localValue(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(u""_s);
    return value;
}

} // namespace

RecordWriter::RecordWriter(Database& database, const RecordType& type)
    : m_db(database)
    , m_type(type) {}

QVariant RecordWriter::normalized(const FieldSpec& field, const QVariant& value) {
    switch (field.kind) {
    case FieldKind::Integer:
        return QVariant(value.toLongLong());
    case FieldKind::Boolean:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldKind::Text:
        // Empty optional references are stored as NULL so that unique indexes ignore them.
        if (value.isNull() || (value.toString().isEmpty() && field.column.endsWith(u"_id"_s)))
            return QVariant(QMetaType::fromType<QString>());
        // A null QString (the default of a domain type's field) binds as SQL NULL; the columns are NOT NULL.
        return QVariant(value.toString().isNull() ? u""_s : value.toString());
    case FieldKind::Json:
        return QVariant(value.toString().isEmpty() ? u"[]"_s : value.toString());
    }
    return value;
}

Result<std::optional<StoredRecord>> RecordWriter::load(const QString& id) const {
    QString sql = u"SELECT rid, row_version, deleted, created_at, updated_at"_s;
    for (const auto& f : m_type.fields)
        sql += u", "_s + f.column;
    sql += u" FROM "_s + m_type.table + u" WHERE id = ?"_s;
    auto row = m_db.connection().firstRow(sql, {id}, u"load "_s + m_type.table);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<StoredRecord>{};
    const QVariantList& v = **row;
    StoredRecord r;
    r.rid = v.at(0).toLongLong();
    r.rowVersion = v.at(1).toLongLong();
    r.deleted = v.at(2).toInt() != 0;
    r.createdAt = v.at(3).toLongLong();
    r.updatedAt = v.at(4).toLongLong();
    r.values.reserve(m_type.fields.size());
    for (int i = 0; i < m_type.fields.size(); ++i)
        r.values.append(normalized(m_type.fields.at(i), v.at(5 + i)));
    return std::optional<StoredRecord>(std::move(r));
}

Result<RecordWriter::Saved> RecordWriter::save(const QString& id, const QVariantList& values,
                                               const std::optional<StoredRecord>& previous, const LocalColumns& local) {
    Q_ASSERT(m_db.inTransaction());
    Q_ASSERT(values.size() == m_type.fields.size());
    Changes changes;
    for (int i = 0; i < m_type.fields.size(); ++i) {
        const QVariant value = normalized(m_type.fields.at(i), values.at(i));
        if (previous && previous->values.at(i) == value)
            continue;
        // Sync carries no longer value (Wire::Limits); refuse it here rather than strand it in the outbox.
        if (value.typeId() == QMetaType::QString && value.toString().size() > Wire::Limits{}.maxTextChars)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Database", "%1 is longer than %2 characters.")
                            .arg(m_type.fields.at(i).column)
                            .arg(Wire::Limits{}.maxTextChars),
                        m_type.table + u' ' + id);
        changes.columns.append(m_type.fields.at(i).column);
        changes.values.append(value);
    }
    return previous ? update(id, changes, *previous, local) : insert(id, changes, local);
}

Result<RecordWriter::Saved> RecordWriter::insert(const QString& id, const Changes& changes, const LocalColumns& local) {
    const qint64 now = Clock::nowMs();
    Saved saved;
    saved.inserted = true;
    saved.createdAt = now;
    saved.updatedAt = now;
    QString sql = u"INSERT INTO "_s + m_type.table + u" (id, created_at, updated_at"_s;
    QString marks = u"?, ?, ?"_s;
    for (const auto& column : changes.columns) {
        sql += u", "_s + column;
        marks += u", ?"_s;
    }
    for (const auto& [column, value] : local) {
        sql += u", "_s + column;
        marks += u", ?"_s;
    }
    sql += u") VALUES ("_s + marks + u')';
    QVariantList bind{id, now, now};
    bind += changes.values;
    for (const auto& [column, value] : local)
        bind.append(localValue(value));
    auto rid = m_db.connection().write(sql, bind, u"insert into "_s + m_type.table);
    if (!rid)
        return std::unexpected(rid.error());
    saved.rid = *rid;
    saved.changedFields = changes.columns;
    if (auto ok = appendOutbox(id, u"insert"_s, 0, changes.columns, changes.values); !ok)
        return std::unexpected(ok.error());
    m_db.notifyChanged(m_type.table, id);
    return saved;
}

Result<RecordWriter::Saved> RecordWriter::update(const QString& id, const Changes& changes,
                                                 const StoredRecord& previous, const LocalColumns& local) {
    Saved saved;
    saved.rid = previous.rid;
    saved.createdAt = previous.createdAt;
    saved.updatedAt = Clock::nowMs();
    if (changes.columns.isEmpty() && local.isEmpty()) {
        saved.updatedAt = previous.updatedAt;
        return saved;
    }
    QString sql = u"UPDATE "_s + m_type.table + u" SET "_s;
    QVariantList bind;
    if (!changes.columns.isEmpty()) {
        sql += u"updated_at = ?"_s;
        bind.append(saved.updatedAt);
    } else {
        saved.updatedAt = previous.updatedAt;
    }
    for (int i = 0; i < changes.columns.size(); ++i) {
        sql += u", "_s + changes.columns.at(i) + u" = ?"_s;
        bind.append(changes.values.at(i));
    }
    for (const auto& [column, value] : local) {
        sql += (bind.isEmpty() ? u""_s : u", "_s) + column + u" = ?"_s;
        bind.append(localValue(value));
    }
    sql += u" WHERE rid = ?"_s;
    bind.append(previous.rid);
    if (auto ok = m_db.connection().write(sql, bind, u"update "_s + m_type.table); !ok)
        return std::unexpected(ok.error());
    saved.changedFields = changes.columns;
    if (!changes.columns.isEmpty()) {
        if (auto ok = appendOutbox(id, u"update"_s, previous.rowVersion, changes.columns, changes.values, &previous);
            !ok)
            return std::unexpected(ok.error());
        m_db.notifyChanged(m_type.table, id);
    }
    return saved;
}

Result<bool> RecordWriter::setDeleted(const QString& id, bool deleted) {
    Q_ASSERT(m_db.inTransaction());
    auto previous = load(id);
    if (!previous)
        return std::unexpected(previous.error());
    if (!*previous)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Database", "The record no longer exists."),
                    m_type.table + u' ' + id);
    if ((*previous)->deleted == deleted)
        return false;
    auto ok =
        m_db.connection().write(u"UPDATE "_s + m_type.table + u" SET deleted = ?, updated_at = ? WHERE rid = ?"_s,
                                {deleted ? 1 : 0, Clock::nowMs(), (*previous)->rid}, u"delete from "_s + m_type.table);
    if (!ok)
        return std::unexpected(ok.error());
    if (auto ok = appendOutbox(id, deleted ? u"delete"_s : u"restore"_s, (*previous)->rowVersion, {}, {}); !ok)
        return std::unexpected(ok.error());
    m_db.notifyChanged(m_type.table, id);
    return true;
}

Result<void> RecordWriter::appendOutbox(const QString& id, const QString& op, qint64 baseRowVersion,
                                        const QStringList& columns, const QVariantList& values,
                                        const StoredRecord* previous) {
    JsonWriter fields;
    JsonWriter base;
    fields.beginObject();
    base.beginObject();
    for (int i = 0; i < columns.size(); ++i) {
        const qsizetype index = m_type.indexOf(columns.at(i));
        const FieldSpec& field = m_type.fields.at(index);
        fields.key(columns.at(i));
        writeJson(fields, field, values.at(i));
        if (previous) {
            base.key(columns.at(i));
            writeJson(base, field, previous->values.at(index));
        }
    }
    fields.endObject();
    base.endObject();
    auto written = m_db.connection().write(
        u"INSERT INTO outbox (mutation_id, table_name, record_id, op, base_row_version, fields_json, base_json, hlc, "
        u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {createUuid7(), m_type.table, id, op, baseRowVersion, fields.take(), base.take(), nextHlc(m_db.deviceId()),
         Clock::nowMs()},
        u"record change in outbox"_s);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

QString RecordWriter::jsonText(const QJsonValue& value) {
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QVariant RecordWriter::fromJson(const FieldSpec& field, const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return normalized(field, QVariant(QMetaType::fromType<QString>()));
    switch (field.kind) {
    case FieldKind::Integer:
        return QVariant(qint64(value.toDouble()));
    case FieldKind::Boolean:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    return normalized(field, QVariant(value.toString()));
}

Result<RecordWriter::Applied> RecordWriter::applyRemote(const QString& id, const QJsonObject& fields, qint64 rowVersion,
                                                        bool deleted, const QSet<QString>& keepLocal,
                                                        bool keepLocalDeleted, const Derive& derive) {
    Q_ASSERT(m_db.inTransaction());
    auto previous = load(id);
    if (!previous)
        return std::unexpected(previous.error());
    SqlConnection& c = m_db.connection();
    const qint64 now = Clock::nowMs();
    Applied applied;
    applied.values = *previous ? (*previous)->values : QVariantList(m_type.fields.size());
    QStringList columns;
    QVariantList values;
    for (int i = 0; i < m_type.fields.size(); ++i) {
        const FieldSpec& field = m_type.fields.at(i);
        if (!fields.contains(field.column) || keepLocal.contains(field.column))
            continue;
        const QVariant value = fromJson(field, fields.value(field.column));
        if (*previous && (*previous)->values.at(i) == value)
            continue;
        columns.append(field.column);
        values.append(value);
        applied.values[i] = value;
    }
    applied.changedFields = columns;
    LocalColumns local;
    if (derive && (!*previous || !columns.isEmpty())) {
        auto derived = derive(applied.values);
        if (!derived)
            return std::unexpected(derived.error());
        local = std::move(*derived);
    }
    if (!*previous) {
        applied.inserted = true;
        applied.deleted = deleted;
        QString sql = u"INSERT INTO "_s + m_type.table + u" (id, created_at, updated_at, row_version, deleted"_s;
        QString marks = u"?, ?, ?, ?, ?"_s;
        for (const QString& column : std::as_const(columns)) {
            sql += u", "_s + column;
            marks += u", ?"_s;
        }
        QVariantList bind{id, now, now, rowVersion, deleted ? 1 : 0};
        bind += values;
        for (const auto& [column, value] : std::as_const(local)) {
            sql += u", "_s + column;
            marks += u", ?"_s;
            bind.append(localValue(value));
        }
        auto rid = c.write(sql + u") VALUES ("_s + marks + u')', bind, u"store pulled "_s + m_type.table);
        if (!rid)
            return std::unexpected(rid.error());
        applied.rid = *rid;
        m_db.notifyChanged(m_type.table, id);
        return applied;
    }
    const StoredRecord& stored = **previous;
    applied.rid = stored.rid;
    applied.deleted = keepLocalDeleted ? stored.deleted : deleted;
    applied.deletedChanged = applied.deleted != stored.deleted;
    QString sql = u"UPDATE "_s + m_type.table + u" SET row_version = max(row_version, ?), deleted = ?"_s;
    QVariantList bind{rowVersion, applied.deleted ? 1 : 0};
    if (!columns.isEmpty() || applied.deletedChanged) {
        sql += u", updated_at = ?"_s;
        bind.append(now);
    }
    for (int i = 0; i < columns.size(); ++i) {
        sql += u", "_s + columns.at(i) + u" = ?"_s;
        bind.append(values.at(i));
    }
    for (const auto& [column, value] : std::as_const(local)) {
        sql += u", "_s + column + u" = ?"_s;
        bind.append(localValue(value));
    }
    bind.append(stored.rid);
    if (auto ok = c.write(sql + u" WHERE rid = ?"_s, bind, u"store pulled "_s + m_type.table); !ok)
        return std::unexpected(ok.error());
    if (!columns.isEmpty() || applied.deletedChanged)
        m_db.notifyChanged(m_type.table, id);
    return applied;
}

Result<void> RecordWriter::requeue(const QString& id, const QString& op, const QStringList& columns,
                                   const QJsonObject& base) {
    Q_ASSERT(m_db.inTransaction());
    auto stored = load(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("Database", "The record is no longer on this device."),
                    m_type.table + u' ' + id);
    QStringList known;
    QVariantList values;
    for (const QString& column : columns) {
        const qsizetype index = m_type.indexOf(column);
        if (index < 0)
            continue;
        known.append(column);
        values.append((*stored)->values.at(index));
    }
    const bool insert = op == u"insert"_s;
    // The base is what the server had before the refused change, not the refused value itself.
    StoredRecord before = **stored;
    for (const QString& column : std::as_const(known))
        if (base.contains(column))
            before.values[m_type.indexOf(column)] = fromJson(*m_type.field(column), base.value(column));
    return appendOutbox(id, op, insert ? 0 : (*stored)->rowVersion, known, values, insert ? nullptr : &before);
}

Result<std::optional<qint64>> RecordWriter::removeLocal(const QString& id) {
    Q_ASSERT(m_db.inTransaction());
    auto rid = m_db.connection().scalar(u"SELECT rid FROM "_s + m_type.table + u" WHERE id = ?"_s, {id},
                                        u"find revoked "_s + m_type.table);
    if (!rid)
        return std::unexpected(rid.error());
    if (!rid->isValid())
        return std::optional<qint64>{};
    auto gone = m_db.connection().write(u"DELETE FROM "_s + m_type.table + u" WHERE rid = ?"_s, {*rid},
                                        u"remove revoked "_s + m_type.table);
    if (!gone)
        return std::unexpected(gone.error());
    m_db.notifyChanged(m_type.table, id);
    return std::optional<qint64>(rid->toLongLong());
}

} // namespace Fieldbook
