#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Fieldbook {

class Database;

/// Ctrl+K: type part of a name, pick a contact or account with the arrow keys, Enter opens it.
class QuickOpenDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxResults = 30;

    explicit QuickOpenDialog(Database& db, QWidget* parent = nullptr);

    /// Searches at once (the search index answers within milliseconds; no debounce needed).
    void search(const QString& text);
    /// Opens the current result, as Enter does.
    void openCurrent();

signals:
    void recordChosen(const QString& table, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Database& m_db;
    QLineEdit* m_field;
    QListWidget* m_results;
};

} // namespace Fieldbook
