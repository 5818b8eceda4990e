#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Fieldbook {

class Database;
class MessageBanner;
class PriceEditor;
class PriceEntryModel;
class ProductEditor;
class ProductTableModel;

/// The catalogue's products: a searchable, sortable table (inactive ones on request), the chosen
/// product's details and its prices in every price list, and the actions that change them.
class ProductsTab final : public QWidget {
    Q_OBJECT
public:
    ProductsTab(Database& db, MessageBanner* banner, QWidget* parent = nullptr);

    /// Enables or disables every action that changes the catalogue.
    void setEditable(bool editable);
    void focusSearch();
    QAction* newProductAction() const { return m_newProduct; }
    QAction* addPriceAction() const { return m_addPrice; }

    /// The editors open window-modal and are returned so that tests can fill them in.
    ProductEditor* newProduct();
    ProductEditor* editProduct();
    PriceEditor* addPrice();
    PriceEditor* editPrice();
    void toggleActive();
    void removeProduct();
    void removePrice();
    bool selectProduct(const QString& productId);
    QString currentProductId() const;

private:
    QWidget* createDetails();
    ProductEditor* openProductEditor(const QString& productId);
    PriceEditor* openPriceEditor(const QString& entryId);
    /// By value: saving reloads the model that callers' ids often live in.
    void setProductActive(QString productId, bool active);
    void showDetails();
    /// Whether the shown product has several prices in one list.
    bool hasBreaks() const;
    void updateActions();
    void updateEmptyState();

    Database& m_db;
    MessageBanner* m_banner;
    ProductTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PriceEntryModel* m_priceModel;
    QLineEdit* m_search;
    QCheckBox* m_showInactive;
    QStackedWidget* m_listPages;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    QStackedWidget* m_detailPages;
    QLabel* m_heading;
    QList<QLabel*> m_facts; ///< SKU, family, unit, tax, status
    QLabel* m_description;
    QTableView* m_prices;
    QLabel* m_pricesHint;
    QAction* m_newProduct;
    QAction* m_editProduct;
    QAction* m_toggleActive;
    QAction* m_removeProduct;
    QAction* m_addPrice;
    QAction* m_editPrice;
    QAction* m_removePrice;
    bool m_editable = true;
};

} // namespace Fieldbook
