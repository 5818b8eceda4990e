#pragma once

#include "RecordKeys.h"
#include "RecordWriter.h"
#include "common/Error.h"
#include "protocol/RecordType.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace Fieldbook {

class Database;
class RecordRow;

/// What a record keeps beside its synced fields, derived from them and rewritten with every write:
/// the unsynced columns of its own row (sort keys), its search text and its match keys.
struct DerivedRecord {
    RecordWriter::LocalColumns localColumns;
    QString searchName;         ///< what search matches first (the FTS `name` column)
    QString searchBody;         ///< what else search finds the record by
    RecordKeys::Keys matchKeys; ///< duplicate detection and tag filters (`record_keys`)
};

/// A field of another record that a type's derived state shows: a contact is found and sorted by
/// the name of its account.
struct DerivedFrom {
    QString reference; ///< the synced field holding the other record's id ("account_id")
    QString column;    ///< the other record's field ("name")
};

/// The client's declaration of a record type: everything RecordType (shared with the server)
/// leaves out. Generic code reads it instead of comparing table names: derived state and pull
/// (DerivedState), a fresh start (LocalOnlyRecords), stats, Sync issues, quick open and the
/// command line. Declared in RecordKind.cpp, one function per type; docs/record-types.md.
struct RecordKind {
    const RecordType* type = nullptr;

    /// The derived state of a record with `row`'s synced values; `related` holds the values that
    /// `derivedFrom` names, in its order (empty text when the other record is not on this device).
    /// Null for a type that keeps nothing derived.
    std::function<DerivedRecord(const RecordRow& row, const QStringList& related)> derive;
    QList<DerivedFrom> derivedFrom;
    bool searchIndexed = false; ///< the search text goes to the full-text table `<table>_fts`
    bool matchKeys = false;     ///< the match keys go to `record_keys`
    /// Tables beside the rows that hold local state of the type (emptied with them on a fresh start).
    QStringList localTables;
    /// Runs after sync wrote a record of the type (an attachment's bytes follow its row).
    std::function<Result<void>(Database& db, const RecordWriter::Applied& applied)> afterPull;
    /// The people who use Fieldbook: the local user's own record stays when the store starts
    /// afresh, and records are never taken over from it.
    bool localUsers = false;

    /// A desktop theme icon for records of the type (quick open, Sync issues).
    QString icon = QStringLiteral("text-x-generic");
    /// One record inside a sentence, lower case, untranslated (context "RecordKind"): "account".
    const char* nounInText = "";
    /// The key of the type's live count in `fieldbook-cli stats`; empty: not counted.
    QString statsKey;
    /// How Sync issues names the type's fields where the shared names do not fit (context "RecordKind").
    QList<std::pair<QString, const char*>> fieldLabels;
    /// Money fields and the field holding their currency ("annual_revenue" in "currency").
    QList<std::pair<QString, QString>> moneyFields;

    /// The derived state of `values` (RecordType order) with the `related` values.
    [[nodiscard]] DerivedRecord derived(const QVariantList& values, const QStringList& related) const;
    /// The field's name in Sync issues, untranslated (context "RecordKind"); nullptr when it has none.
    [[nodiscard]] const char* fieldLabel(const QString& column) const;
    /// The table a reference field points into: as its FieldSpec declares, the users for
    /// `owner_id`; empty for a field that is no reference.
    [[nodiscard]] QString referencedTable(const QString& column) const;
    /// The field holding the currency of the money field `column`; empty when it is no money.
    [[nodiscard]] QString currencyOf(const QString& column) const;

    /// The declaration of `type`.
    static const RecordKind& of(const RecordType& type);
    /// nullptr for a table no record type declares.
    static const RecordKind* find(const QString& table);
    /// Every declaration, in the order lists show the types (stats).
    static const QList<const RecordKind*>& all();
    /// Every table that holds local state beside the records' rows (full-text tables, match keys,
    /// `localTables`).
    static QStringList derivedTables();
};

} // namespace Fieldbook
