#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Fieldbook {

/// Phone numbers as the world dials them: the one place that knows libphonenumber. A number typed
/// the local way ("030 1234567") is read in a default region (ISO 3166 code such as "DE") and
/// written in international form ("+49 30 1234567").
class PhoneNumber final {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// `text` in international form, spaced as normalizePhone() spaces it (an extension as " x12").
    /// Fails with a translated reason when it cannot be read as a valid number of its country's
    /// numbering plan: not a number, a local number without a region to read it in, or digits that
    /// no number there has.
    [[nodiscard]] static Result<QString> international(const QString& text, const QString& region);

    /// Every region numbers can be read in, sorted by code.
    [[nodiscard]] static QStringList regions();
    /// The country calling code of `region` (49 for "DE"), 0 when the region is unknown.
    [[nodiscard]] static int callingCode(const QString& region);
    /// The territory of `locale` when numbers can be read there ("DE" for de_DE), else "".
    [[nodiscard]] static QString regionOf(const QLocale& locale);
    /// "Germany (+49)": the region for people; the country name is the locale's English one.
    [[nodiscard]] static QString regionName(const QString& region);
};

} // namespace Fieldbook
