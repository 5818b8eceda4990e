#include "ProductChooser.h"

#include "domain/DecimalText.h"
#include "store/records/CatalogRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

std::optional<ProductChoice> chooseProduct(Database& db, QWidget* parent, QString* problem) {
    auto products = CatalogRepository(db).products();
    if (!products) {
        *problem = products.error().message;
        return std::nullopt;
    }
    if (products->isEmpty()) {
        *problem = QCoreApplication::translate(
            "ProductChooser", "The catalogue has no products yet; a manager adds them in Go › Products and price "
                              "lists, or with File › Import.");
        return std::nullopt;
    }
    QDialog dialog(parent);
    dialog.setObjectName(u"productChooser"_s);
    dialog.setWindowTitle(QCoreApplication::translate("ProductChooser", "Add a product"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(u"productCombo"_s);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Product& p : std::as_const(*products))
        combo->addItem(p.sku.isEmpty() ? p.name : u"%1 · %2"_s.arg(p.sku, p.name), p.id);
    auto* quantity = new QLineEdit(DecimalText::format(Decimal4::fromInt(1), QLocale()), &dialog);
    quantity->setObjectName(u"quantityEdit"_s);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("ProductChooser", "&Product:"), combo);
    form->addRow(QCoreApplication::translate("ProductChooser", "&Quantity:"), quantity);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 64, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || combo->currentIndex() < 0)
        return std::nullopt;
    // A typed text that is not exactly an entry picks the first entry containing it.
    int index = combo->findText(combo->currentText(), Qt::MatchExactly);
    if (index < 0)
        index = combo->findText(combo->currentText(), Qt::MatchContains);
    if (index < 0) {
        *problem = QCoreApplication::translate("ProductChooser", "No product matches “%1”.").arg(combo->currentText());
        return std::nullopt;
    }
    const auto amount = DecimalText::parse(quantity->text(), QLocale());
    if (!amount || *amount <= Decimal4{}) {
        *problem =
            QCoreApplication::translate("ProductChooser", "“%1” is not a quantity above zero.").arg(quantity->text());
        return std::nullopt;
    }
    return ProductChoice{combo->itemData(index).toString(), *amount};
}

} // namespace Fieldbook
