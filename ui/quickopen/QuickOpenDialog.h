#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Fieldbook {

class Database;

/// Ctrl+K: type part of a name (or of a quote number), pick a contact, account, lead, opportunity
/// or quote with the arrow keys, Enter opens it. Each result shows its kind and, on a second line,
/// what tells it apart (company; account, stage and amount; account, status and total).
class QuickOpenDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxResults = 30;

    explicit QuickOpenDialog(Database& db, QWidget* parent = nullptr);

    /// Searches at once (the search answers within milliseconds, some 30 ms at 50,000
    /// opportunities; no debounce needed).
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
