#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;

namespace Fieldbook {

class Database;
class MessageBanner;
class PriceListsTab;
class ProductsTab;

/// "Products and price lists": the catalogue and its prices, for everyone to look up and for
/// managers and admins to change (a rep sees it read-only). Non-modal; follows the store, so an
/// import or a sync shows up while it is open.
class CatalogueDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CatalogueDialog(Database& db, QWidget* parent = nullptr);
    ~CatalogueDialog() override;

    ProductsTab* productsTab() const { return m_products; }
    PriceListsTab* priceListsTab() const { return m_priceLists; }
    MessageBanner* banner() const { return m_banner; }
    void showProducts();
    void showPriceLists();
    /// Whether the local user may change the catalogue (read again when the users change).
    bool isEditable() const { return m_editable; }

private:
    void createShortcuts();
    void updateEditable();

    Database& m_db;
    MessageBanner* m_banner;
    QLabel* m_readOnly;
    QTabWidget* m_tabs;
    ProductsTab* m_products;
    PriceListsTab* m_priceLists;
    bool m_editable = true;
};

} // namespace Fieldbook
