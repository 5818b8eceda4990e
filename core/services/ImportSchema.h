#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace Fieldbook {

/// The record types a CSV file can be imported into (call lists arrive later, with their record type).
enum class ImportRecordType { Accounts, Contacts, Users, Leads, Products, Opportunities, Quotas, CommissionPlans };

/// The import fields of each record type (snake_case: docs/architecture.md, The command line) and the CSV
/// headers that map to them by default.
class ImportSchema final {
    Q_DECLARE_TR_FUNCTIONS(ImportSchema)

public:
    /// "accounts", "contacts", "users", "leads", "products", "opportunities", "quotas", "commission_plans".
    static QStringList typeNames();
    static QString typeName(ImportRecordType type);
    static std::optional<ImportRecordType> parseType(const QString& name);
    /// "unknown record type 'widgets'; available: accounts, contacts, users, ..." (translated).
    static QString unknownTypeMessage(const QString& name);

    /// The fields of `type` in a stable order; the commonest ones first (docs/architecture.md).
    static QStringList fields(ImportRecordType type);
    /// A one-line translated description of a field, for `import TYPE --fields`.
    static QString describe(ImportRecordType type, const QString& field);
    /// The translated name of a field for people ("Annual revenue" for annual_revenue).
    static QString label(ImportRecordType type, const QString& field);
    /// Whether new records need the field (or one of its alternatives, such as a first or a last name).
    static bool isRequired(ImportRecordType type, const QString& field);
    /// The needs that a file whose columns feed `mappedFields` leaves unmet, each as the fields of
    /// which one would do, e.g. {{"first_name", "last_name"}}; empty when every need is met.
    static QList<QStringList> missingFields(ImportRecordType type, const QStringList& mappedFields);
    /// "Choose a column for …" naming what missingFields() found, translated; "" when nothing is.
    static QString missingFieldsMessage(ImportRecordType type, const QStringList& mappedFields);

    /// The record type a CSV file most likely holds, judged by its file name ("accounts.csv",
    /// "leads-2024.csv") and, when that does not decide, by how many of its column headers name
    /// each type's fields. nullopt when nothing points to any type.
    static std::optional<ImportRecordType> guessType(const QString& fileName, const QStringList& header);

    /// The column of `header` that `field` maps to when no explicit mapping is given: the same name
    /// ignoring case, spaces, '_' and '-' ("First Name", "first-name"), or a common alias
    /// ("E-mail", "Company", "Mobile Phone"). -1 when no column matches.
    static qsizetype defaultColumn(ImportRecordType type, const QString& field, const QStringList& header);

    /// The comparison form of a header or field name: lower case without spaces, '_', '-' and '.'.
    static QString headerKey(const QString& text);
};

} // namespace Fieldbook
