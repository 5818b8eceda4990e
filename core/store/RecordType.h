#pragma once

#include <QList>
#include <QString>

namespace Fieldbook {

/// How concurrent edits of one field are merged (DESIGN.md section 5).
enum class MergeClass {
    Descriptive, ///< later hybrid-logical-clock wins; the losing value is kept in history
    Guarded,     ///< money, stage, dates, owner: the server keeps its value and records a conflict
    LongText,    ///< three-way text merge; overlapping edits become a conflict
};

enum class FieldKind { Text, Integer, Boolean, Json };

struct FieldSpec {
    QString column;
    FieldKind kind = FieldKind::Text;
    MergeClass merge = MergeClass::Descriptive;
};

/// A synced record type: its table and the fields that travel through the outbox.
/// The sync engine knows record types only through this registry.
struct RecordType {
    QString table;
    QList<FieldSpec> fields;

    const FieldSpec* field(const QString& column) const;

    static const RecordType& users();
    static const RecordType& accounts();
    static const RecordType& contacts();
    static const RecordType& activities();
    static const RecordType& attachments();
    /// Every registered type; nullptr from find() for an unknown table.
    static QList<const RecordType*> all();
    static const RecordType* find(const QString& table);
};

} // namespace Fieldbook
