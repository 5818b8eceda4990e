#include "QuotaImportWriter.h"

#include "CsvFieldFormat.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuotaImportWriter::QuotaImportWriter(Database& db, ImportReferences& references)
    : m_db(db)
    , m_repository(db)
    , m_references(references)
    , m_calendar(ForecastSource::fiscalFirstMonth(db))
    , m_reportingCurrency(CurrencySettings::load(db).reportingCurrency()) {}

Result<ImportRowWriter::RowResult> QuotaImportWriter::write(const ImportRow& row, bool) {
    const QString name = row.value(u"user"_s);
    if (name.isEmpty())
        return rejected(tr("a quota needs the user it is for"));
    auto ids = m_references.users(name);
    if (!ids)
        return std::unexpected(ids.error());
    auto user = ImportReferences::single(*ids, u"user"_s, name, true);
    if (!user)
        return rejected(user.error().message);
    const QString periodText = row.value(u"period"_s);
    const auto period = m_calendar.parse(periodText);
    if (!period)
        return rejected(tr("period '%1' is not a month (2027-04), a fiscal quarter (FY2027-Q1) or a fiscal year "
                           "(FY2027)")
                            .arg(periodText));
    const QString currency =
        row.value(u"currency"_s).isEmpty() ? m_reportingCurrency : row.value(u"currency"_s).toUpper();
    if (row.value(u"amount"_s).isEmpty())
        return rejected(tr("a quota needs an amount"));
    auto amount = CsvFieldFormat::parseMoney(u"amount"_s, row.value(u"amount"_s), currency);
    if (!amount)
        return rejected(amount.error().message);
    const QString kind = periodKindKey(period->kind);
    auto existing = m_repository.exists(*user, kind, period->first);
    if (!existing)
        return std::unexpected(existing.error());
    auto stored = m_repository.set({.id = {},
                                    .userId = *user,
                                    .periodKind = kind,
                                    .periodStart = period->first,
                                    .amount = *amount,
                                    .currency = currency});
    if (!stored)
        return stored.error().code == ErrorCode::PermissionDenied ? rejected(stored.error().message)
                                                                  : rejectedOrFailed(stored.error());
    return saved(*existing);
}

} // namespace Fieldbook
