#pragma once

#include "MergeClass.h"
#include "RecordSharing.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fieldbook {

enum class FieldKind { Text, Integer, Boolean, Json };

/// One synced field: its column, the kind of its values, how concurrent edits merge, and the rules
/// every value must keep (RecordCheck): the server refuses a change that breaks them and a client
/// sets aside a pulled record that breaks them, so one bad value never stops anyone's sync.
struct FieldSpec {
    QString column;
    FieldKind kind = FieldKind::Text;
    MergeClass merge = MergeClass::Descriptive;
    bool required = false; ///< a reference that every record must have (never null or empty)
    QStringList allowed;   ///< the only values a text field may hold; empty: any
    int maxLength = 0;     ///< characters of a text or JSON value; 0: RecordCheck's default for the kind
    /// For a reference: the table whose record the id names. The server refuses a change whose
    /// reference names no record it holds (RecordCheck::references). `owner_id` is not declared
    /// here: the scope rule checks owners.
    QString references;
    /// For a reference into one of several tables (an attachment's record): the field naming the table.
    QString referencesTableIn;

    FieldSpec(QString column, FieldKind kind = FieldKind::Text, MergeClass merge = MergeClass::Descriptive)
        : column(std::move(column))
        , kind(kind)
        , merge(merge) {}
    /// This field, required.
    [[nodiscard]] FieldSpec mandatory() const {
        FieldSpec f = *this;
        f.required = true;
        return f;
    }
    /// This field, limited to `values`.
    [[nodiscard]] FieldSpec oneOf(QStringList values) const {
        FieldSpec f = *this;
        f.allowed = std::move(values);
        return f;
    }
    /// This field, a reference to a record of `table`.
    [[nodiscard]] FieldSpec refersTo(QString table) const {
        FieldSpec f = *this;
        f.references = std::move(table);
        return f;
    }
    /// This field, a reference to a record of the table that the field `tableField` names.
    [[nodiscard]] FieldSpec refersToTableIn(QString tableField) const {
        FieldSpec f = *this;
        f.referencesTableIn = std::move(tableField);
        return f;
    }
    /// Whether the value may be null: optional references ("…_id") and nothing else.
    [[nodiscard]] bool nullable() const;
};

/// Who sees a record type's records (the server's scope rule: docs/security.md, Who sees what).
enum class RecordScope {
    Owner,        ///< the owner, their managers (transitively) and admins
    Organisation, ///< every user reads them; only managers and admins create, change or delete them
};

/// How people know a record (Sync issues, logs): the values of its own columns joined by " · ",
/// or, when those are empty, the label of the record that `reference` points to.
struct RecordLabel {
    QStringList columns;     ///< synced fields of the type, in the order they are shown
    bool personName = false; ///< `columns` are a first and a last name, written in the name's own order
    /// A synced field holding another record's id; the table it points into is the one its
    /// FieldSpec::references declares (RecordType::labelReferences()).
    QString reference;

    static RecordLabel of(QStringList columns) { return {std::move(columns), false, {}}; }
    static RecordLabel person(const QString& first, const QString& last) { return {{first, last}, true, {}}; }
    static RecordLabel byReference(QStringList columns, QString reference) {
        return {std::move(columns), false, std::move(reference)};
    }
};

/// A synced record type: its table and the fields that travel through sync (outbox, push, pull).
/// The sync engine knows record types only through this registry.
struct RecordType {
    QString table;
    QList<FieldSpec> fields;
    RecordScope scope = RecordScope::Owner;
    RecordLabel label;
    /// One record of the type, untranslated (context "RecordType"; shown through QCoreApplication::translate).
    const char* noun = "";
    /// Readers beyond the scope rule and what the team sees (events); empty for most types.
    RecordSharing sharing = {};
    /// Owner-scoped records that only managers and admins create, change or delete (quotas): a rep
    /// reads their own but cannot change them.
    bool managersOnly = false;

    const FieldSpec* field(const QString& column) const;
    /// The table the label's reference points into (RecordLabel::reference); empty without one.
    QString labelReferences() const;
    /// Position of `column` in `fields`, or -1.
    qsizetype indexOf(const QString& column) const;
    qsizetype indexOf(QStringView column) const;
    /// The busy view of a record's `fields` (RecordSharing): every field, those outside the busy
    /// fields emptied (so a device that held more loses it), the private flag set.
    QJsonObject busyView(const QJsonObject& fields) const;

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
    /// Calendar events and tasks (core/domain/CalendarEvent.h, CalendarTask.h).
    static const RecordType& events();
    static const RecordType& tasks();
    /// A reminder dismissed or snoozed, for the user's other devices.
    static const RecordType& reminderStates();
    /// What each user should close in a period, set by their managers (docs/forecast.md, Quotas).
    static const RecordType& quotas();
    /// A manager's override of a forecast's Commit and Best case (docs/forecast.md, Adjustments).
    static const RecordType& forecastAdjustments();
    /// What a forecast said, each week and when it was submitted (docs/forecast.md, Snapshots).
    static const RecordType& forecastSnapshots();
    /// The commission rate of a user, or of everyone below a manager (docs/forecast.md, Commission).
    static const RecordType& commissionPlans();
    /// Telesales call lists and the numbers on them (docs/telesales.md).
    static const RecordType& callLists();
    static const RecordType& callListEntries();
    /// Every registered type; nullptr from find() for an unknown table.
    static QList<const RecordType*> all();
    static const RecordType* find(const QString& table);
};

} // namespace Fieldbook
