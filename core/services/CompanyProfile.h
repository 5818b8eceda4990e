#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace Fieldbook {

class Database;

/// The seller on quotes: name, address, contact lines and logo, kept in the store's settings so
/// that the app and `fieldbook-cli quote pdf` print the same document.
struct CompanyProfile {
    QString name;
    QString address; ///< several lines
    QString phone;
    QString email;
    QString website;
    QString taxId;   ///< VAT or tax registration number
    QByteArray logo; ///< PNG, JPEG or SVG bytes; empty for none
    QString defaultPaymentTerms;

    [[nodiscard]] static CompanyProfile load(const Database& db);
    /// Writes every field; a logo larger than kMaxLogoBytes or not an image is refused.
    [[nodiscard]] Result<void> save(Database& db) const;
    static constexpr qsizetype kMaxLogoBytes = 2 * 1024 * 1024;
};

} // namespace Fieldbook
