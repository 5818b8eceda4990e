#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Fieldbook {

class Database;
struct RecordType;

/// A line edit that links a record of one type (a contact, lead or opportunity): it completes over
/// the search index as the user types and remembers the chosen id; typed text that names exactly
/// one record resolves to it. AccountPicker does the same for accounts.
class RecordLinkPicker final : public QLineEdit {
    Q_OBJECT
public:
    RecordLinkPicker(Database& db, const RecordType& type, QWidget* parent = nullptr);

    /// Shows the record `id` by its name; an empty id clears the field.
    void setRecordId(const QString& id);
    QString recordId() const { return m_id; }
    /// Text was typed that names no record.
    bool isUnresolved() const;
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
