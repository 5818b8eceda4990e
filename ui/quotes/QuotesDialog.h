#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Fieldbook {

class Database;
class MessageBanner;
class QuoteListModel;

/// "Quotes": every quote revision of the store (number, customer, title, status, total, validity),
/// filtered by status and searched by number, title or customer; Enter or a double click opens one
/// in the QuoteEditor. Non-modal; follows the store, so a quote sent or synced shows at once.
class QuotesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit QuotesDialog(Database& db, QWidget* parent = nullptr);
    ~QuotesDialog() override;

    QuoteListModel* model() const { return m_model; }
    /// Opens the quote in its editor, over this window.
    void openQuote(const QString& quoteId);
    void focusSearch();

private:
    void applyFilter();
    void updateCount();
    void keepSortable(int column, Qt::SortOrder order);

    Database& m_db;
    QuoteListModel* m_model;
    MessageBanner* m_banner;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_table;
    QLabel* m_count;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Fieldbook
