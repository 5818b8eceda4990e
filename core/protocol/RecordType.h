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

/// A synced record type: its table and the fields that travel through sync (outbox, push, pull).
/// The sync engine knows record types only through this registry.
struct RecordType {
    QString table;
    QList<FieldSpec> fields;

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
    /// Every registered type; nullptr from find() for an unknown table.
    static QList<const RecordType*> all();
    static const RecordType* find(const QString& table);
};

} // namespace Fieldbook
