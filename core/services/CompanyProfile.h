#pragma once

#include "common/Error.h"
#include "domain/QuoteMath.h"

#include <QByteArray>
#include <QString>

namespace Fieldbook {

class Database;

/// The seller on quotes: name, address, contact lines and logo, kept in the store's settings so
/// that the app and `fieldbook-cli quote pdf` print the same document; and what new quotes start
/// with: payment terms, and the tax rate of items that are not products of the catalogue.
struct CompanyProfile {
    QString name;
    QString address; ///< several lines
    QString phone;
    QString email;
    QString website;
    QString taxId;   ///< VAT or tax registration number
    QByteArray logo; ///< PNG, JPEG or SVG bytes; empty for none
    QString defaultPaymentTerms;
    Decimal4 defaultTaxRate; ///< percent, 0 to 100

    [[nodiscard]] static CompanyProfile load(const Database& db);
    /// Writes every field; a logo larger than kMaxLogoBytes or not an image, or a tax rate outside
    /// 0–100 %, is refused.
    [[nodiscard]] Result<void> save(Database& db) const;
    /// True when nothing of the seller would be printed (name, address, tax number and logo empty).
    [[nodiscard]] bool isEmpty() const;
    static constexpr qsizetype kMaxLogoBytes = 2 * 1024 * 1024;
};

} // namespace Fieldbook
