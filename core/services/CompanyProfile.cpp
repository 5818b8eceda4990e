#include "CompanyProfile.h"

#include "store/db/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

bool looksLikeImage(const QByteArray& bytes) {
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff") || bytes.contains("<svg");
}

} // namespace

CompanyProfile CompanyProfile::load(const Database& db) {
    CompanyProfile p;
    p.name = db.setting(u"company/name"_s);
    p.address = db.setting(u"company/address"_s);
    p.phone = db.setting(u"company/phone"_s);
    p.email = db.setting(u"company/email"_s);
    p.website = db.setting(u"company/website"_s);
    p.taxId = db.setting(u"company/tax_id"_s);
    p.logo = QByteArray::fromBase64(db.setting(u"company/logo"_s).toLatin1());
    p.defaultPaymentTerms = db.setting(u"company/payment_terms"_s);
    p.defaultTaxRate = Decimal4::parse(db.setting(u"company/tax_rate"_s)).value_or(Decimal4{});
    return p;
}

bool CompanyProfile::isEmpty() const {
    return name.trimmed().isEmpty() && address.trimmed().isEmpty() && taxId.trimmed().isEmpty() && logo.isEmpty();
}

Result<void> CompanyProfile::save(Database& db) const {
    if (logo.size() > kMaxLogoBytes)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("CompanyProfile", "The logo is larger than 2 MB; use a smaller image."));
    if (!logo.isEmpty() && !looksLikeImage(logo))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CompanyProfile", "The logo must be a PNG, JPEG or SVG image."));
    if (defaultTaxRate < Decimal4{} || defaultTaxRate > Decimal4::fromInt(100))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CompanyProfile", "The default tax rate must be between 0 and 100 %."));
    return db.transaction([&]() -> Result<void> {
        for (const auto& [key, value] :
             {std::pair{u"company/name"_s, name.trimmed()}, std::pair{u"company/address"_s, address.trimmed()},
              std::pair{u"company/phone"_s, phone.trimmed()}, std::pair{u"company/email"_s, email.trimmed()},
              std::pair{u"company/website"_s, website.trimmed()}, std::pair{u"company/tax_id"_s, taxId.trimmed()},
              std::pair{u"company/logo"_s, QString::fromLatin1(logo.toBase64())},
              std::pair{u"company/payment_terms"_s, defaultPaymentTerms.trimmed()},
              std::pair{u"company/tax_rate"_s, defaultTaxRate.toString()}})
            if (auto ok = db.setSetting(key, value); !ok)
                return ok;
        return {};
    });
}

} // namespace Fieldbook
