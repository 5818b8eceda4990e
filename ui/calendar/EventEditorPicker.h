#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Fieldbook {

class Database;
struct RecordType;

/// A line edit that finds records of one type as the user types (the search index, as the account
/// picker does) and remembers the chosen one: the event editor's contact, lead and opportunity.
class EventEditorPicker final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorPicker)
public:
    EventEditorPicker(Database& db, const RecordType& type, QWidget* parent = nullptr);

    /// Shows the record `id` by its name (empty: none).
    void setRecordId(const QString& id);
    QString recordId() const { return m_id; }
    /// Text was typed that names no record.
    bool isUnresolved() const { return m_id.isEmpty() && !text().trimmed().isEmpty(); }
    /// Takes the typed text's record when exactly one has that name.
    void resolve();

signals:
    void recordChanged();

private:
    void onTextEdited(const QString& text);
    void choose(const QModelIndex& index);

    Database& m_db;
    const RecordType& m_type;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QString m_id;
    QString m_name;
};

} // namespace Fieldbook
