#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Fieldbook {

class Database;
class MessageBanner;
class OpportunityLinesModel;

/// The Products tab of an opportunity: its product lines, edited in place, with the total that is
/// the opportunity's amount. Add product (Ctrl+P) takes the price from the price list of the
/// opportunity's currency; Add item (Ctrl+I) is a free-text line.
class OpportunityLinesPane final : public QWidget {
    Q_OBJECT
public:
    explicit OpportunityLinesPane(Database& db, QWidget* parent = nullptr);

    void setOpportunity(const QString& opportunityId, const QString& currency);
    OpportunityLinesModel* model() const { return m_model; }
    int lineCount() const;
    /// Adds a line of the product (asking first when it would replace a typed amount).
    void addProduct(const QString& productId, const QString& quantity);

signals:
    /// Lines were added, changed or removed; `total` is the opportunity's amount now.
    void linesChanged(int count, qint64 total);

private:
    void chooseProduct();
    void insertProduct(const QString& productId, const QString& quantity);
    void addItem();
    void removeSelectedLine();
    void moveSelectedLine(int direction);
    void reload(int selectRow, int column);
    /// Before the first line: the typed amount will give way to the lines' total; asks when the
    /// opportunity has one. False when the user keeps the typed amount.
    bool confirmFirstLine();
    void updateActions();
    void showTotal();
    void showError(const QString& message);

    Database& m_db;
    OpportunityLinesModel* m_model;
    MessageBanner* m_banner;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_total;
    QList<QAction*> m_lineActions; ///< need a chosen line: move up, move down, remove
    QString m_opportunityId;
    QString m_currency;
};

} // namespace Fieldbook
