#include "RecordRows.h"

#include "store/db/Database.h"
#include "RecordKind.h"
#include "RecordWriter.h"
#include "store/db/SqlConnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

RecordRow::RecordRow(const RecordType& type, QString id, const StoredRecord& stored)
    : m_type(&type)
    , m_id(std::move(id))
    , m_values(stored.values)
    , m_createdAt(stored.createdAt)
    , m_updatedAt(stored.updatedAt)
    , m_rowVersion(stored.rowVersion)
    , m_deleted(stored.deleted) {}

RecordRow::RecordRow(const RecordType& type, const QSqlQuery& query)
    : m_type(&type)
    , m_id(query.value(0).toString()) {
    const int n = int(type.fields.size());
    m_values.reserve(n);
    for (int i = 0; i < n; ++i)
        m_values.append(query.value(1 + i));
    m_createdAt = query.value(n + 1).toLongLong();
    m_updatedAt = query.value(n + 2).toLongLong();
    m_rowVersion = query.value(n + 3).toLongLong();
    m_deleted = query.value(n + 4).toInt() != 0;
}

RecordRow::RecordRow(const RecordType& type, const SqlRow& row)
    : m_type(&type)
    , m_row(&row)
    , m_id(row.text(0)) {
    const int n = int(type.fields.size());
    m_createdAt = row.integer(n + 1);
    m_updatedAt = row.integer(n + 2);
    m_rowVersion = row.integer(n + 3);
    m_deleted = row.integer(n + 4) != 0;
}

const QVariantList& RecordRow::values() const {
    if (m_row && m_values.isEmpty())
        for (int i = 0; i < int(m_type->fields.size()); ++i)
            m_values.append(m_row->value(1 + i));
    return m_values;
}

qsizetype RecordRow::indexOf(QStringView column) const {
    // Converters read the fields mostly in declaration order: try the one after the last first.
    const bool next = m_next < m_type->fields.size() && m_type->fields.at(m_next).column == column;
    const qsizetype i = next ? m_next : m_type->indexOf(column);
    Q_ASSERT_X(i >= 0, "RecordRow", "not a field of the record type");
    m_next = i + 1;
    return i;
}

QVariant RecordRow::value(QStringView column) const {
    const qsizetype i = indexOf(column);
    if (i < 0)
        return {};
    return m_row ? m_row->value(int(1 + i)) : m_values.value(i);
}

QString RecordRow::text(QStringView column) const {
    const qsizetype i = indexOf(column);
    if (i < 0)
        return {};
    return m_row ? m_row->text(int(1 + i)) : m_values.value(i).toString();
}

qint64 RecordRow::integer(QStringView column) const {
    const qsizetype i = indexOf(column);
    if (i < 0)
        return 0;
    return m_row ? m_row->integer(int(1 + i)) : m_values.value(i).toLongLong();
}

QString recordColumns(const RecordType& type) {
    QString columns = u"id"_s;
    for (const FieldSpec& f : type.fields)
        columns += u", "_s + f.column;
    return columns + u", created_at, updated_at, row_version, deleted"_s;
}

RecordValues::RecordValues(const RecordType& type)
    : m_type(&type) {
    for (qsizetype i = 0; i < type.fields.size(); ++i)
        m_values.append(QVariant(QMetaType::fromType<QString>()));
}

RecordValues& RecordValues::set(QStringView column, const QVariant& value) {
    const qsizetype i = m_type->indexOf(column.toString());
    Q_ASSERT_X(i >= 0, "RecordValues::set", "not a field of the record type");
    // A null QString binds as SQL NULL; set() means a value, so it stores the empty text.
    if (i >= 0)
        m_values[i] = value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(u""_s) : value;
    return *this;
}

RecordValues& RecordValues::reference(QStringView column, const QString& id) {
    return set(column, id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id));
}

Result<void> requireFreeExternalId(Database& db, const RecordType& type, const QString& id, const QString& externalId,
                                   ExternalIdScope scope, const std::function<QString()>& taken) {
    if (externalId.isEmpty())
        return {};
    // The table comes from the declaration, never from data.
    auto found = db.connection().scalar(
        u"SELECT 1 FROM "_s + type.table + u" WHERE external_id = ? AND id <> ?"_s +
            (scope == ExternalIdScope::LiveRecords ? u" AND deleted = 0"_s : QString()) + u" LIMIT 1"_s,
        {externalId, id}, u"check external id"_s);
    if (!found)
        return std::unexpected(found.error());
    if (found->isValid())
        return fail(ErrorCode::InvalidInput, taken(), id);
    return {};
}

Result<int> countLive(Database& db, const RecordType& type) {
    auto n = db.connection().scalar(u"SELECT count(*) FROM "_s + type.table + u" WHERE deleted = 0"_s, {},
                                    u"count "_s + type.table);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> forEachRecord(Database& db, const RecordType& type, const QString& sql, const QVariantList& values,
                           const QString& context, const std::function<void(const RecordRow&)>& take) {
    return db.connection().eachRow(sql, values, context, [&](const SqlRow& row) { take(RecordRow(type, row)); });
}

Result<void> checkReferences(Database& db, const RecordType& type, const QVariantList& values, const QString& missing) {
    for (qsizetype i = 0; i < type.fields.size(); ++i) {
        const FieldSpec& field = type.fields.at(i);
        const QString id = values.value(i).toString();
        if (field.references.isEmpty() || id.isEmpty())
            continue;
        // The table comes from the declaration, never from data.
        auto live = db.connection().scalar(u"SELECT 1 FROM "_s + field.references + u" WHERE id = ? AND deleted = 0"_s,
                                           {id}, u"check a reference"_s);
        if (!live)
            return std::unexpected(live.error());
        if (!live->isValid()) {
            const RecordKind* kind = RecordKind::find(field.references);
            const QString noun = kind ? QCoreApplication::translate("RecordKind", kind->nounInText) : field.references;
            return fail(ErrorCode::NotFound, missing.arg(noun), id);
        }
    }
    return {};
}

} // namespace Fieldbook
