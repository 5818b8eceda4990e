#pragma once

#include "domain/Quote.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Fieldbook {

class Database;
class MessageBanner;

/// Adds or changes one product: SKU, name, family, description, unit, tax category and rate,
/// active. A value the catalogue refuses (a SKU already in use, a rate above 100 %) is shown in
/// the dialog, which stays open with what was typed.
class ProductEditor final : public QDialog {
    Q_OBJECT
public:
    /// `product` with an empty id is a new one.
    ProductEditor(Database& db, const Product& product, QWidget* parent = nullptr);

    /// Saves what the form says and closes; false (the reason shown, the form kept) when refused.
    bool save();
    /// The message shown after a refusal (empty when none).
    QString problem() const;

signals:
    void productSaved(const QString& productId);

private:
    void showProblem(const QString& message, QWidget* field);

    Database& m_db;
    Product m_product;
    MessageBanner* m_banner;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QLineEdit* m_family;
    QLineEdit* m_unit;
    QLineEdit* m_taxCategory;
    QLineEdit* m_taxRate;
    QCheckBox* m_active;
    QPlainTextEdit* m_description;
};

} // namespace Fieldbook
