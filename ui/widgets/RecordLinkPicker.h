#pragma once

#include <QLineEdit>

#include <optional>
#include <utility>

class QCompleter;
class QStandardItemModel;

namespace Fieldbook {

class Database;
struct RecordType;

/// A line edit that links a record of one type (an account, contact, lead or opportunity): it
/// completes over the search index as the user types and remembers the chosen id; typed text that
/// names exactly one record resolves to it.
class RecordLinkPicker : public QLineEdit {
    Q_OBJECT
public:
    RecordLinkPicker(Database& db, const RecordType& type, QWidget* parent = nullptr);

    /// Shows the record `id` by its name; an empty id clears the field.
    void setRecordId(const QString& id);
    /// Shows the record `id` as `name`.
    void setRecord(const QString& id, const QString& name);
    QString recordId() const { return m_id; }
    /// Text was typed that names no record.
    bool isUnresolved() const;
    /// A record that cannot be chosen (an account is not its own parent).
    void setExcludedId(const QString& id) { m_excludedId = id; }
    /// Resolves typed text to a record when exactly one has that name.
    void resolve();

signals:
    /// Another record was chosen, the chosen one was edited away, or the field was emptied.
    void recordChanged();

protected:
    /// The id and name of the one record called `typed`, if exactly one is: by the search index's
    /// titles, ignoring case.
    virtual std::optional<std::pair<QString, QString>> namedRecord(const QString& typed) const;
    Database& database() const { return m_db; }

private:
    void onTextEdited(const QString& text);
    void choose(const QModelIndex& index);

    Database& m_db;
    const RecordType& m_type;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QString m_id;
    QString m_name;
    QString m_excludedId;
};

} // namespace Fieldbook
