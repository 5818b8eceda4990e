#include "DemoSales.h"

#include "DemoRandom.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

enum Stream : quint64 { OpportunityStream = 101, QuoteStream, OpenedStream };

struct CatalogueItem {
    const char16_t* sku;
    const char16_t* name;
    const char16_t* family;
    const char16_t* unit;
    qint64 usdCents;
};

// Names in English and Chinese, so that quotes show both scripts.
constexpr CatalogueItem kCatalogue[] = {
    {u"IG-500", u"Industrial gateway IG-500 / 工业网关", u"Hardware", u"pcs", 1'249'00},
    {u"IG-900", u"Industrial gateway IG-900 (redundant)", u"Hardware", u"pcs", 2'890'00},
    {u"SN-20", u"Vibration sensor SN-20 / 振动传感器", u"Hardware", u"pcs", 189'50},
    {u"SN-40", u"Temperature sensor SN-40", u"Hardware", u"pcs", 74'90},
    {u"RK-2", u"Rack mount kit", u"Hardware", u"pcs", 59'00},
    {u"FB-CLOUD", u"Fieldbook Cloud subscription / 云服务订阅", u"Software", u"user/yr", 480'00},
    {u"FB-ANL", u"Analytics add-on", u"Software", u"user/yr", 216'00},
    {u"FB-API", u"API access, 1M calls", u"Software", u"month", 99'00},
    {u"SV-INST", u"Installation and commissioning / 安装调试", u"Services", u"h", 120'00},
    {u"SV-TRAIN", u"On-site training, one day", u"Services", u"day", 1'450'00},
    {u"SV-SUP", u"Premium support / 高级支持", u"Services", u"yr", 3'600'00},
    {u"SV-PM", u"Project management", u"Services", u"h", 135'00},
};

struct StageShare {
    const char16_t* stage;
    int percent;
};
constexpr StageShare kStages[] = {{u"prospecting", 24}, {u"qualification", 20}, {u"proposal", 18},
                                  {u"negotiation", 13}, {u"won", 15},           {u"lost", 10}};

const QStringList kDeals{
    u"Annual framework agreement"_s, u"Gateway rollout"_s, u"Support renewal"_s, u"Pilot project"_s,
    u"Expansion, phase 2"_s,         u"Sensor retrofit"_s, u"Cloud migration"_s, u"Training programme"_s};
const QStringList kDealsZh{u"年度框架协议"_s, u"网关部署项目"_s, u"运维服务合同"_s, u"二期扩容"_s,
                           u"试点项目"_s,     u"传感器改造"_s,   u"云平台迁移"_s};
const QStringList kLossReasons{u"Price too high"_s, u"Chose a competitor"_s, u"No budget this year"_s,
                               u"Project cancelled"_s};
const QStringList kCompetitors{u"Siemens"_s, u"Advantech"_s, u"Moxa"_s, u"华为"_s, u"研华"_s};
const QStringList kNextSteps{u"Send revised quote"_s, u"Technical workshop"_s, u"Call the buyer"_s, u"Site visit"_s,
                             u"Legal review of the contract"_s};

bool isChinese(const QString& text) {
    return !text.isEmpty() && text.front().unicode() >= 0x3400 && text.front().unicode() <= 0x9FFF;
}

} // namespace

DemoSales::DemoSales(quint64 seed, qint64 nowMs)
    : m_seed(seed)
    , m_nowMs(nowMs) {}

QList<Product> DemoSales::catalogue() {
    QList<Product> list;
    for (const CatalogueItem& item : kCatalogue) {
        Product p;
        p.sku = QString::fromUtf16(item.sku);
        p.name = QString::fromUtf16(item.name);
        p.family = QString::fromUtf16(item.family);
        p.unit = QString::fromUtf16(item.unit);
        p.taxCategory = u"standard"_s;
        p.externalId = u"demo-"_s + p.sku;
        list.append(p);
    }
    return list;
}

qint64 DemoSales::listPrice(qsizetype index, const QString& currency) {
    const qint64 usd = kCatalogue[index].usdCents;
    // Round list prices in the local currency to whole units.
    const qint64 local = currency == u"CNY"_s ? usd * 72 / 10 : currency == u"EUR"_s ? usd * 92 / 100 : usd;
    return (local + 50) / 100 * 100;
}

Decimal4 DemoSales::taxRate(const QString& currency) {
    if (currency == u"CNY"_s)
        return Decimal4::fromInt(13);
    if (currency == u"EUR"_s)
        return Decimal4::fromInt(19);
    return {};
}

Opportunity DemoSales::opportunity(int index, const Account& account) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, OpportunityStream, quint64(index)));
    Opportunity o;
    const bool chinese = isChinese(account.name);
    const QString deal = chinese ? random.pick(kDealsZh) : random.pick(kDeals);
    o.name = chinese ? account.name.left(4) + u" "_s + deal : account.name.section(u' ', 0, 1) + u" – "_s + deal;
    o.accountId = account.id;
    o.ownerId = account.ownerId;
    o.currency = account.currency.isEmpty() ? u"USD"_s : account.currency;
    int roll = int(random.bounded(100));
    for (const StageShare& s : kStages) {
        if (roll < s.percent) {
            o.stage = QString::fromUtf16(s.stage);
            break;
        }
        roll -= s.percent;
    }
    // Amounts between 5,000 and 400,000, mostly small; whole hundreds.
    const qint64 major = std::min(random.uniformInt64(5'000, 400'000), random.uniformInt64(5'000, 400'000));
    o.amount = major / 100 * 100 * 100;
    if (o.currency == u"CNY"_s)
        o.amount = o.amount * 7;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date();
    const bool closed = o.stage == u"won"_s || o.stage == u"lost"_s;
    o.closeDate = closed ? today.addDays(-random.uniformInt(1, 365)) : today.addDays(random.uniformInt(3, 180));
    if (o.stage == u"lost"_s)
        o.closeReason = random.pick(kLossReasons);
    if (!closed && random.chance(0.6))
        o.nextStep = random.pick(kNextSteps);
    if (random.chance(0.4))
        o.competitors.append(random.pick(kCompetitors));
    return o;
}

QDate DemoSales::openedOn(int index, const Opportunity& opportunity) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, OpenedStream, quint64(index)));
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date();
    const bool closed = opportunity.stage == u"won"_s || opportunity.stage == u"lost"_s;
    const QDate until = closed ? opportunity.closeDate : today;
    return std::min(until, today).addDays(-random.uniformInt(14, 120));
}

QList<DemoSales::QuoteItem> DemoSales::quoteItems(int index) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, QuoteStream, quint64(index)));
    QList<QuoteItem> items;
    const int count = random.uniformInt(2, 6);
    QList<qsizetype> used;
    while (items.size() < count) {
        const qsizetype product = qsizetype(random.bounded(std::size(kCatalogue)));
        if (used.contains(product))
            continue;
        used.append(product);
        QuoteItem item{product, Decimal4::fromInt(random.uniformInt(1, 20)), {}};
        if (random.chance(0.25))
            item.discountPercent = Decimal4::fromInt(random.uniformInt(1, 3) * 5);
        items.append(item);
    }
    return items;
}

CurrencyRates DemoSales::withDemoRates(CurrencyRates rates) {
    // US dollars per unit, in millionths: the demo's own currencies and the commonest reporting ones.
    static const QHash<QString, qint64> usdMicros{{u"USD"_s, 1'000'000}, {u"EUR"_s, 1'080'000}, {u"CNY"_s, 139'000},
                                                  {u"GBP"_s, 1'270'000}, {u"JPY"_s, 6'700},     {u"CHF"_s, 1'130'000},
                                                  {u"CAD"_s, 730'000},   {u"AUD"_s, 660'000},   {u"INR"_s, 12'000},
                                                  {u"HKD"_s, 128'000},   {u"SGD"_s, 745'000},   {u"KRW"_s, 720}};
    const qint64 reporting = usdMicros.value(rates.reportingCurrency());
    if (reporting == 0)
        return rates;
    for (const QString& currency : {u"USD"_s, u"EUR"_s, u"CNY"_s}) {
        if (rates.rate(currency))
            continue;
        // currency / reporting, rounded half up to six decimals.
        const qint64 micros = (usdMicros.value(currency) * 1'000'000 * 2 + reporting) / (2 * reporting);
        if (const auto rate = ExchangeRate::parse(QString::number(double(micros) / 1e6, 'f', 6)))
            rates.setRate(currency, *rate);
    }
    return rates;
}

} // namespace Fieldbook
