#include "PhoneNumber.h"

#include "common/Validation.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumberUtil;

namespace Fieldbook {

namespace {

const PhoneNumberUtil& util() {
    return *PhoneNumberUtil::GetInstance();
}

std::string regionCode(const QString& region) {
    // "ZZ" is libphonenumber's unknown region: only numbers with a country code can be read.
    return region.isEmpty() ? std::string("ZZ") : region.trimmed().toUpper().toStdString();
}

QString countryOf(const i18n::phonenumbers::PhoneNumber& number) {
    std::string code;
    util().GetRegionCodeForCountryCode(number.country_code(), &code);
    return PhoneNumber::regionName(QString::fromStdString(code));
}

std::unexpected<Error> refuse(const QString& message, const QString& input) {
    return fail(ErrorCode::InvalidInput, message, input);
}

std::unexpected<Error> parseFailure(PhoneNumberUtil::ErrorType error, const QString& text, const QString& region) {
    if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && !text.startsWith(u'+')) {
        if (region.isEmpty())
            return refuse(PhoneNumber::tr("“%1” has no country code. Type it with one (for example +49 30 1234567) "
                                          "or choose a default phone region in Settings.")
                              .arg(text),
                          text);
        return refuse(
            PhoneNumber::tr("“%1” cannot be read as a phone number in %2.").arg(text, PhoneNumber::regionName(region)),
            text);
    }
    if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
        return refuse(PhoneNumber::tr("“%1” starts with a country code that does not exist.").arg(text), text);
    if (error == PhoneNumberUtil::TOO_LONG_NSN)
        return refuse(PhoneNumber::tr("“%1” has too many digits for a phone number.").arg(text), text);
    if (error == PhoneNumberUtil::NOT_A_NUMBER)
        return refuse(PhoneNumber::tr("“%1” is not a phone number.").arg(text), text);
    return refuse(PhoneNumber::tr("“%1” has too few digits for a phone number.").arg(text), text);
}

std::unexpected<Error> invalid(PhoneNumberUtil::ValidationResult reason, const QString& text,
                               const i18n::phonenumbers::PhoneNumber& number) {
    switch (reason) {
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return refuse(PhoneNumber::tr("“%1” is a local number: add its area code.").arg(text), text);
    case PhoneNumberUtil::TOO_SHORT:
        return refuse(PhoneNumber::tr("“%1” has too few digits for a number in %2.").arg(text, countryOf(number)),
                      text);
    case PhoneNumberUtil::TOO_LONG:
        return refuse(PhoneNumber::tr("“%1” has too many digits for a number in %2.").arg(text, countryOf(number)),
                      text);
    default:
        return refuse(PhoneNumber::tr("“%1” is not a valid number in %2.").arg(text, countryOf(number)), text);
    }
}

} // namespace

Result<QString> PhoneNumber::international(const QString& text, const QString& region) {
    // normalizePhone() reads full-width digits, "00" for "+" and extensions, and says what is wrong
    // with letters or stray characters in words libphonenumber has none for.
    const auto spaced = normalizePhone(text);
    if (!spaced)
        return std::unexpected(spaced.error());
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util().Parse(spaced->toStdString(), regionCode(region), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return parseFailure(parsed, text.trimmed(), region);
    // Possible is only a length check ("030 1" passes in Germany); valid knows the numbering plan.
    if (!util().IsValidNumber(number))
        return invalid(util().IsPossibleNumberWithReason(number), text.trimmed(), number);
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return normalizePhone(QString::fromStdString(formatted));
}

QStringList PhoneNumber::regions() {
    std::set<std::string> supported;
    util().GetSupportedRegions(&supported);
    QStringList codes;
    codes.reserve(qsizetype(supported.size()));
    for (const std::string& code : supported)
        codes.append(QString::fromStdString(code));
    return codes;
}

int PhoneNumber::callingCode(const QString& region) {
    return region.isEmpty() ? 0 : util().GetCountryCodeForRegion(regionCode(region));
}

QString PhoneNumber::regionOf(const QLocale& locale) {
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return callingCode(code) > 0 ? code : QString();
}

QString PhoneNumber::regionName(const QString& region) {
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    const QString name = territory == QLocale::AnyTerritory ? region : QLocale::territoryToString(territory);
    const int code = callingCode(region);
    return code > 0 ? tr("%1 (+%2)").arg(name).arg(code) : name;
}

} // namespace Fieldbook
