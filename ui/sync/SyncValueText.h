#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Fieldbook {

class Database;
struct OutboxEntry;

/// Field names and values of synced records as people read them in the sync issues: JSON strings
/// unquoted, booleans as Yes/No, null as "(empty)", owners and accounts by name, money with its
/// currency, instants in local time.
class SyncValueText final {
    Q_DECLARE_TR_FUNCTIONS(SyncValueText)

public:
    explicit SyncValueText(Database& db);

    /// "Phone numbers", "Annual revenue": the name the field's record type gives it
    /// (RecordKind::fieldLabel); the column name for a field without one.
    static QString fieldLabel(const QString& table, const QString& field);
    /// "Contact", "Quote line"...: the record type's own noun, translated.
    static QString tableLabel(const QString& table);
    /// The record's label (SyncIssues, named as its type declares), else "(Contact without a name)".
    static QString recordText(const QString& table, const QString& label);
    /// Whether `field` stands for "deleted here, edited elsewhere" rather than a column.
    static bool isDeletion(const QString& field);
    /// The side of a deletion conflict: "Deleted" or "Edited".
    static QString deletionText(const QJsonValue& deleted);

    /// One value of `field` of the record `recordId` in `table`, on one line.
    QString value(const QString& table, const QString& recordId, const QString& field, const QJsonValue& v);
    /// What a refused change did: "Created", "Deleted", or "Title: Sales lead; Owner: Ben".
    QString change(const OutboxEntry& entry);

private:
    QString reference(const QString& table, const QString& field, const QString& id);
    QString money(const QString& table, const QString& currencyField, const QString& recordId, qint64 minorUnits);
    static QString plain(const QJsonValue& v);
    static QString list(const QString& json);

    Database& m_db;
    QHash<QString, QString> m_names; ///< "users:<id>" -> the name, looked up once
};

} // namespace Fieldbook
