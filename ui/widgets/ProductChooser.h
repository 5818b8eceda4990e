#pragma once

#include "domain/QuoteMath.h"

#include <QString>

#include <optional>

class QWidget;

namespace Fieldbook {

class Database;

/// A product and a quantity picked for a new quote or opportunity line.
struct ProductChoice {
    QString productId;
    Decimal4 quantity;
};

/// Asks for an active product of the catalogue (searchable by SKU and name) and a quantity.
/// Nullopt when the user cancels, or with `*problem` set when the catalogue cannot be read, is
/// empty, or the quantity is not a number above zero.
std::optional<ProductChoice> chooseProduct(Database& db, QWidget* parent, QString* problem);

} // namespace Fieldbook
