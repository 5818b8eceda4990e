#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace Fieldbook {

class Database;
class MessageBanner;
class PriceEditor;
class PriceEntryModel;
class PriceListEditor;

/// The price lists (name, currency, active) and the prices of the chosen one, searchable by
/// product and sortable, with the actions that change them.
class PriceListsTab final : public QWidget {
    Q_OBJECT
public:
    PriceListsTab(Database& db, MessageBanner* banner, QWidget* parent = nullptr);

    /// Enables or disables every action that changes the price lists.
    void setEditable(bool editable);
    void focusSearch();
    QAction* addPriceAction() const { return m_addPrice; }
    QAction* newListAction() const { return m_newList; }

    /// The editors open window-modal and are returned so that tests can fill them in.
    PriceListEditor* newList();
    PriceListEditor* editList();
    PriceEditor* addPrice();
    PriceEditor* editPrice();
    void removePrice();
    bool selectList(const QString& priceListId);
    QString currentListId() const;
    /// Reads the price lists again, keeping the chosen one.
    void reloadLists();

private:
    QWidget* createPrices();
    PriceListEditor* openListEditor(const QString& priceListId);
    PriceEditor* openPriceEditor(const QString& entryId);
    void showList();
    void updateActions();
    void updateEmptyState();

    Database& m_db;
    MessageBanner* m_banner;
    PriceEntryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeWidget* m_lists;
    QLabel* m_listsHint;
    QLabel* m_heading;
    QLineEdit* m_search;
    QStackedWidget* m_pricePages;
    QTableView* m_prices;
    QLabel* m_empty;
    QLabel* m_count;
    QAction* m_newList;
    QAction* m_editList;
    QAction* m_addPrice;
    QAction* m_editPrice;
    QAction* m_removePrice;
    bool m_editable = true;
};

} // namespace Fieldbook
