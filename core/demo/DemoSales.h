#pragma once

#include "domain/CurrencyRates.h"

#include "domain/Account.h"
#include "domain/Opportunity.h"
#include "domain/Quote.h"

#include <QList>

namespace Fieldbook {

/// Demo opportunities, the catalogue and what a quote of them holds, deterministic like
/// DemoGenerator: every record depends only on (seed, now, index) and the records passed in.
class DemoSales final {
public:
    DemoSales(quint64 seed, qint64 nowMs);

    /// The demo catalogue: hardware, software and services with SKUs, English and Chinese names.
    static QList<Product> catalogue();
    /// The list price of catalogue product `index` in `currency`, in minor units.
    static qint64 listPrice(qsizetype index, const QString& currency);
    /// The usual tax rate of a currency's country (CNY 13 %, EUR 19 %, USD 0 %).
    static Decimal4 taxRate(const QString& currency);
    /// `rates` with a rate for each currency the demo sells in (USD, EUR, CNY) that has none, so
    /// that the demo's board and forecasts add every deal: demo values of late 2026, rounded to
    /// six decimals. Unchanged when the reporting currency is one the demo knows no value of.
    static CurrencyRates withDemoRates(CurrencyRates rates);

    /// An opportunity at `account`, owned by the account's owner, spread over the standard
    /// pipeline's stages (about a quarter closed), closing within the past year or the next six months.
    Opportunity opportunity(int index, const Account& account) const;
    /// The day opportunity `index` (as opportunity() made it) was opened: two weeks to four months
    /// before it closed, or before today while it is open.
    QDate openedOn(int index, const Opportunity& opportunity) const;

    struct QuoteItem {
        qsizetype product; ///< index into catalogue()
        Decimal4 quantity;
        Decimal4 discountPercent;
    };
    /// The items of the `index`-th demo quote: two to six products.
    QList<QuoteItem> quoteItems(int index) const;

private:
    quint64 m_seed;
    qint64 m_nowMs;
};

} // namespace Fieldbook
