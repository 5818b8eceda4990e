#pragma once

#include "MergeClass.h"

#include <QList>
#include <QString>

namespace Fieldbook {

enum class FieldKind { Text, Integer, Boolean, Json };

struct FieldSpec {
    QString column;
    FieldKind kind = FieldKind::Text;
    MergeClass merge = MergeClass::Descriptive;
};

/// Who sees a record type's records (the server's scope rule, DESIGN.md section 5).
enum class RecordScope {
    Owner,        ///< the owner, their managers (transitively) and admins
    Organisation, ///< every user reads them; only managers and admins create, change or delete them
};

/// A synced record type: its table and the fields that travel through sync (outbox, push, pull).
/// The sync engine knows record types only through this registry.
struct RecordType {
    QString table;
    QList<FieldSpec> fields;
    RecordScope scope = RecordScope::Owner;

    const FieldSpec* field(const QString& column) const;
    /// Position of `column` in `fields`, or -1.
    qsizetype indexOf(const QString& column) const;

    static const RecordType& users();
    static const RecordType& accounts();
    static const RecordType& contacts();
    static const RecordType& activities();
    static const RecordType& attachments();
    static const RecordType& opportunities();
    /// Insert-only entries: an opportunity's stage, amount and close-date changes.
    static const RecordType& opportunityHistory();
    /// The catalogue and its prices (RecordScope::Organisation).
    static const RecordType& products();
    static const RecordType& priceLists();
    static const RecordType& priceListEntries();
    /// Quotes and, as records of their own, their lines.
    static const RecordType& quotes();
    static const RecordType& quoteLines();
    /// Prospective customers before conversion (core/domain/Lead.h).
    static const RecordType& leads();
    /// An opportunity's product lines (records of their own, like quote lines).
    static const RecordType& opportunityLines();
    /// The organisation's configured sales processes (RecordScope::Organisation).
    static const RecordType& pipelines();
    /// Every registered type; nullptr from find() for an unknown table.
    static QList<const RecordType*> all();
    static const RecordType* find(const QString& table);
};

} // namespace Fieldbook
