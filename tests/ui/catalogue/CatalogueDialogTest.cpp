#include "StringMakers.h"
#include "TempDatabase.h"
#include "../WorkspaceFixture.h"
#include "catalogue/CatalogueDialog.h"
#include "catalogue/PriceEditor.h"
#include "catalogue/PriceListEditor.h"
#include "catalogue/PriceListsTab.h"
#include "catalogue/ProductEditor.h"
#include "catalogue/ProductsTab.h"
#include "models/PriceEntryModel.h"
#include "store/records/CatalogRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

template<class T>
T* child(const QObject* parent, const QString& objectName) {
    T* found = parent->findChild<T*>(objectName);
    REQUIRE(found != nullptr);
    return found;
}

QString cell(const QTableView* table, int row, int column) {
    return table->model()->index(row, column).data().toString();
}

/// A product, a list and a price made by the repository (as the store's admin).
struct Catalogue {
    explicit Catalogue(Database& db) {
        CatalogRepository catalog(db);
        Product p;
        p.sku = u"IG-500"_s;
        p.name = u"工业网关"_s;
        p.unit = u"pcs"_s;
        p.taxRate = Decimal4::fromInt(13);
        product = *catalog.saveProduct(p);
        PriceList l;
        l.name = u"中国"_s;
        l.currency = u"CNY"_s;
        list = *catalog.savePriceList(l);
        REQUIRE(catalog.setPrice({{}, list.id, product.id, {}, 8800'00, {}, false}));
    }
    Product product;
    PriceList list;
};

void setLocalRole(Database& db, UserRole role) {
    UserRepository users(db);
    User me = *users.localUser();
    me.role = role;
    REQUIRE(users.save(me));
}

} // namespace

TEST_CASE("a manager adds a product, edits it and sets quantity breaks the price list shows", "[ui][catalogue]") {
    QStandardPaths::setTestModeEnabled(true); // the window keeps its size in the settings
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Test::TempDatabase tmp;
    setLocalRole(tmp.db(), UserRole::Manager);
    CatalogueDialog dialog(tmp.db());
    dialog.show();
    CHECK_FALSE(child<QLabel>(&dialog, u"readOnlyNotice"_s)->isVisible());
    CHECK(child<QLabel>(&dialog, u"productsEmpty"_s)->text().contains(u"File › Import"_s));

    // A price list first, so that the product can have prices.
    dialog.showPriceLists();
    PriceListEditor* listEditor = dialog.priceListsTab()->newList();
    REQUIRE(listEditor != nullptr);
    child<QLineEdit>(listEditor, u"priceListNameField"_s)->setText(u"Europe"_s);
    child<QComboBox>(listEditor, u"priceListCurrencyCombo"_s)->setCurrentText(u"eur"_s);
    REQUIRE(listEditor->save());
    const auto lists = *CatalogRepository(tmp.db()).priceLists();
    REQUIRE(lists.size() == 1);
    CHECK(lists.first().currency == u"EUR"_s);
    CHECK(dialog.priceListsTab()->currentListId() == lists.first().id);

    dialog.showProducts();
    ProductEditor* editor = dialog.productsTab()->newProduct();
    REQUIRE(editor != nullptr);
    child<QLineEdit>(editor, u"skuField"_s)->setText(u"IG-500"_s);
    child<QLineEdit>(editor, u"nameField"_s)->setText(u"Industrial gateway"_s);
    child<QLineEdit>(editor, u"familyField"_s)->setText(u"Gateways"_s);
    child<QLineEdit>(editor, u"unitField"_s)->setText(u"pcs"_s);
    child<QLineEdit>(editor, u"taxRateField"_s)->setText(u"19"_s);
    REQUIRE(editor->save());
    const auto stored = *CatalogRepository(tmp.db()).productBySku(u"IG-500"_s);
    REQUIRE(stored);
    CHECK(stored->family == u"Gateways"_s);
    CHECK(stored->taxRate == Decimal4::fromInt(19));
    CHECK(dialog.productsTab()->currentProductId() == stored->id);
    auto* products = child<QTableView>(&dialog, u"productTable"_s);
    REQUIRE(products->model()->rowCount() == 1);
    CHECK(cell(products, 0, 4) == u"19 %"_s);

    editor = dialog.productsTab()->editProduct();
    REQUIRE(editor != nullptr);
    CHECK(child<QLineEdit>(editor, u"nameField"_s)->text() == u"Industrial gateway"_s);
    child<QLineEdit>(editor, u"nameField"_s)->setText(u"Industrial gateway IG-500"_s);
    child<QLineEdit>(editor, u"taxRateField"_s)->setText(u"7.5"_s);
    REQUIRE(editor->save());
    const Product edited = *CatalogRepository(tmp.db()).product(stored->id);
    CHECK(edited.name == u"Industrial gateway IG-500"_s);
    CHECK(edited.taxRate == *Decimal4::parse(u"7.5"_s));
    CHECK(cell(products, 0, 1) == u"Industrial gateway IG-500"_s);
    CHECK(child<QLabel>(&dialog, u"productHeading"_s)->text() == u"Industrial gateway IG-500"_s);

    // Two quantity breaks: any quantity, and 10 pieces up.
    for (const auto& [quantity, price] : {std::pair{u""_s, u"1,249.00"_s}, std::pair{u"10"_s, u"1,099.5"_s}}) {
        PriceEditor* prices = dialog.productsTab()->addPrice();
        REQUIRE(prices != nullptr);
        CHECK(child<QComboBox>(prices, u"priceListCombo"_s)->currentText() == u"Europe (EUR)"_s);
        CHECK(child<QLabel>(prices, u"currencyLabel"_s)->text() == u"EUR"_s);
        child<QLineEdit>(prices, u"minQuantityField"_s)->setText(quantity);
        child<QLineEdit>(prices, u"unitPriceField"_s)->setText(price);
        INFO(prices->problem().toStdString());
        REQUIRE(prices->save());
    }
    CatalogRepository catalog(tmp.db());
    const QString listId = lists.first().id;
    CHECK(catalog.unitPrice(listId, stored->id, Decimal4::fromInt(9))->value() == 1249'00);
    CHECK(catalog.unitPrice(listId, stored->id, Decimal4::fromInt(12))->value() == 1099'50);
    auto* productPrices = child<QTableView>(&dialog, u"productPrices"_s);
    REQUIRE(productPrices->model()->rowCount() == 2);
    CHECK(cell(productPrices, 1, PriceEntryModel::MinQuantity) == u"10"_s);
    CHECK(cell(productPrices, 1, PriceEntryModel::UnitPrice) == u"1,099.50"_s);

    // The same quantity again is most likely a slip: refused, with the input kept.
    PriceEditor* again = dialog.productsTab()->addPrice();
    REQUIRE(again != nullptr);
    child<QLineEdit>(again, u"minQuantityField"_s)->setText(u"10"_s);
    child<QLineEdit>(again, u"unitPriceField"_s)->setText(u"999"_s);
    CHECK_FALSE(again->save());
    CHECK(again->problem().contains(u"1,099.50 EUR"_s));
    CHECK(again->isVisible());
    CHECK(child<QLineEdit>(again, u"unitPriceField"_s)->text() == u"999"_s);
    again->close();
    CHECK(catalog.prices(listId, stored->id)->size() == 2);

    dialog.showPriceLists();
    auto* listPrices = child<QTableView>(&dialog, u"listPrices"_s);
    REQUIRE(listPrices->model()->rowCount() == 2);
    CHECK(cell(listPrices, 0, PriceEntryModel::Sku) == u"IG-500"_s);
    CHECK(cell(listPrices, 0, PriceEntryModel::ProductName) == u"Industrial gateway IG-500"_s);
    CHECK(cell(listPrices, 0, PriceEntryModel::MinQuantity) == u"0"_s);
    CHECK(cell(listPrices, 1, PriceEntryModel::UnitPrice) == u"1,099.50"_s);
    CHECK(listPrices->model()->headerData(PriceEntryModel::UnitPrice, Qt::Horizontal).toString() ==
          u"Unit price (EUR)"_s);

    // From the list's side, the product is chosen in the dialog.
    PriceEditor* fromList = dialog.priceListsTab()->addPrice();
    REQUIRE(fromList != nullptr);
    auto* productCombo = child<QComboBox>(fromList, u"productCombo"_s);
    productCombo->setCurrentText(u"Nothing of the kind"_s);
    child<QLineEdit>(fromList, u"minQuantityField"_s)->setText(u"100"_s);
    child<QLineEdit>(fromList, u"unitPriceField"_s)->setText(u"999.99"_s);
    CHECK_FALSE(fromList->save());
    CHECK(fromList->problem().contains(u"Nothing of the kind"_s));
    productCombo->setCurrentIndex(productCombo->findData(stored->id));
    REQUIRE(fromList->save());
    REQUIRE(listPrices->model()->rowCount() == 3);
    CHECK(cell(listPrices, listPrices->currentIndex().row(), PriceEntryModel::MinQuantity) == u"100"_s); // chosen
    CHECK(catalog.unitPrice(listId, stored->id, Decimal4::fromInt(100))->value() == 999'99);

    // A break's price changed from the list's side, then removed after confirming.
    listPrices->setCurrentIndex(listPrices->model()->index(1, 0));
    PriceEditor* change = dialog.priceListsTab()->editPrice();
    REQUIRE(change != nullptr);
    CHECK(child<QLineEdit>(change, u"unitPriceField"_s)->text() == u"1,099.50"_s);
    child<QLineEdit>(change, u"unitPriceField"_s)->setText(u"1,079"_s);
    REQUIRE(change->save());
    CHECK(catalog.unitPrice(listId, stored->id, Decimal4::fromInt(12))->value() == 1079'00);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.priceListsTab()->removePrice();
    CHECK(catalog.prices(listId, stored->id)->size() == 2);
    CHECK(listPrices->model()->rowCount() == 2);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("a refused product edit shows why and keeps what was typed", "[ui][catalogue]") {
    QStandardPaths::setTestModeEnabled(true);
    Test::TempDatabase tmp;
    Catalogue c(tmp.db());
    Product other;
    other.sku = u"SW-1"_s;
    other.name = u"Switch"_s;
    other = *CatalogRepository(tmp.db()).saveProduct(other);
    CatalogueDialog dialog(tmp.db());
    dialog.show();
    REQUIRE(dialog.productsTab()->selectProduct(other.id));
    ProductEditor* editor = dialog.productsTab()->editProduct();
    REQUIRE(editor != nullptr);
    auto* sku = child<QLineEdit>(editor, u"skuField"_s);
    sku->setText(u"IG-500"_s);
    child<QLineEdit>(editor, u"nameField"_s)->setText(u"Switch, 24 ports"_s);
    CHECK_FALSE(editor->save());
    CHECK(editor->problem().contains(u"工业网关"_s)); // "The SKU IG-500 is already used by 工业网关."
    CHECK(editor->isVisible());
    CHECK(sku->text() == u"IG-500"_s);
    CHECK(child<QLineEdit>(editor, u"nameField"_s)->text() == u"Switch, 24 ports"_s);
    CHECK(CatalogRepository(tmp.db()).product(other.id)->sku == u"SW-1"_s);

    child<QLineEdit>(editor, u"taxRateField"_s)->setText(u"nineteen"_s);
    CHECK_FALSE(editor->save());
    CHECK(editor->problem().contains(u"nineteen"_s));
    sku->setText(u"SW-24"_s);
    child<QLineEdit>(editor, u"taxRateField"_s)->setText(u"19"_s);
    REQUIRE(editor->save());
    CHECK(CatalogRepository(tmp.db()).product(other.id)->sku == u"SW-24"_s);
}

TEST_CASE("a rep sees products and prices but cannot change them", "[ui][catalogue]") {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Test::TempDatabase tmp;
    Catalogue c(tmp.db());
    CatalogueDialog dialog(tmp.db());
    dialog.show();
    auto* notice = child<QLabel>(&dialog, u"readOnlyNotice"_s);
    CHECK_FALSE(notice->isVisible());
    // The role arrives with sync while the window is open.
    setLocalRole(tmp.db(), UserRole::Rep);
    CHECK(notice->isVisible());
    CHECK_FALSE(dialog.isEditable());
    REQUIRE(dialog.productsTab()->selectProduct(c.product.id));
    auto* productPrices = child<QTableView>(&dialog, u"productPrices"_s);
    REQUIRE(productPrices->model()->rowCount() == 1);
    CHECK(cell(productPrices, 0, PriceEntryModel::UnitPrice) == u"8,800.00"_s);
    for (const QString& name :
         {u"newProductAction"_s, u"editProductAction"_s, u"toggleActiveAction"_s, u"deleteProductAction"_s,
          u"addPriceAction"_s, u"newPriceListAction"_s, u"editPriceListAction"_s, u"addListPriceAction"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(child<QAction>(&dialog, name)->isEnabled());
    }
    productPrices->setCurrentIndex(productPrices->model()->index(0, 0));
    CHECK_FALSE(child<QAction>(&dialog, u"removePriceAction"_s)->isEnabled());
    CHECK(dialog.productsTab()->newProduct() == nullptr);
    CHECK(dialog.productsTab()->editProduct() == nullptr);
    CHECK(dialog.priceListsTab()->newList() == nullptr);
    dialog.productsTab()->removeProduct(); // nothing is asked, nothing changes
    CHECK(CatalogRepository(tmp.db()).products()->size() == 1);

    dialog.showPriceLists();
    CHECK(dialog.priceListsTab()->currentListId() == c.list.id);
    auto* listPrices = child<QTableView>(&dialog, u"listPrices"_s);
    REQUIRE(listPrices->model()->rowCount() == 1);
    CHECK(cell(listPrices, 0, PriceEntryModel::ProductName) == u"工业网关"_s);
    CHECK(dialog.priceListsTab()->addPrice() == nullptr);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("the catalogue opens from the Go menu and works from the keyboard", "[ui][catalogue]") {
    Test::WorkspaceFixture f;
    Catalogue c(f.tmp.db());
    QTest::keyClick(f.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = f.window->findChild<CatalogueDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));

    QTest::keyClick(dialog, Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(dialog, u"productSearch"_s);
    CHECK(search->hasFocus());
    auto* products = child<QTableView>(dialog, u"productTable"_s);
    search->setText(u"nothing like it"_s);
    CHECK(products->model()->rowCount() == 0);
    CHECK(child<QLabel>(dialog, u"productCount"_s)->text().contains(u"nothing like it"_s));
    search->clear();
    REQUIRE(products->model()->rowCount() == 1);

    // Ctrl+N opens a new product.
    QTest::keyClick(dialog, Qt::Key_N, Qt::ControlModifier);
    auto* editor = dialog->findChild<ProductEditor*>();
    REQUIRE(editor != nullptr);
    CHECK(editor->isVisible());
    CHECK(child<QLineEdit>(editor, u"skuField"_s)->text().isEmpty());
    editor->close();

    // An import (or a sync) shows up while the window is open.
    Product imported;
    imported.sku = u"AN-7"_s;
    imported.name = u"Antenna"_s;
    imported = *CatalogRepository(f.tmp.db()).saveProduct(imported);
    REQUIRE(products->model()->rowCount() == 2);
    CHECK(cell(products, 0, 1) == u"Antenna"_s);

    // Delete on the table removes the product after confirming.
    products->setFocus();
    REQUIRE(dialog->productsTab()->selectProduct(imported.id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(products, Qt::Key_Delete);
    CHECK(MessageBox::lastText().contains(u"Antenna"_s));
    CHECK(products->model()->rowCount() == 1);
    CHECK(CatalogRepository(f.tmp.db()).product(imported.id)->deleted);

    // Deactivating hides the product until inactive ones are shown.
    REQUIRE(dialog->productsTab()->selectProduct(c.product.id));
    dialog->productsTab()->toggleActive();
    CHECK_FALSE(CatalogRepository(f.tmp.db()).product(c.product.id)->active);
    CHECK(products->model()->rowCount() == 0);
    CHECK(child<QLabel>(dialog, u"productsEmpty"_s)->text().contains(u"Show inactive"_s));
    REQUIRE(dialog->banner()->triggerAction()); // Reactivate
    CHECK(CatalogRepository(f.tmp.db()).product(c.product.id)->active);
    CHECK(products->model()->rowCount() == 1);
    dialog->close();
}
