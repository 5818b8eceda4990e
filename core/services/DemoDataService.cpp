#include "DemoDataService.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSales.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CatalogRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/LocalOnlyRecords.h"
#include "store/LeadRepository.h"
#include "store/OpportunityRepository.h"
#include "store/QuoteRepository.h"
#include "store/UserRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <QDateTime>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace Fieldbook {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kProgressEvery = 1000;

/// The activities of each contact, as index lists in one flat array (contact c owns
/// indexes[offsets[c] .. offsets[c + 1])), so each contact's activities are written right after it
/// and no contact has to be generated twice or kept in memory.
struct ActivityPlan {
    QList<int> offsets;
    QList<int> indexes;

    ActivityPlan(const DemoGenerator& generator, int activities, int contacts)
        : offsets(contacts + 1, 0)
        , indexes(activities, 0) {
        QList<int> contactOf(activities);
        for (int i = 0; i < activities; ++i) {
            contactOf[i] = generator.contactIndexForActivity(i, contacts);
            ++offsets[contactOf[i] + 1];
        }
        for (int c = 0; c < contacts; ++c)
            offsets[c + 1] += offsets[c];
        QList<int> fill = offsets;
        for (int i = 0; i < activities; ++i)
            indexes[fill[contactOf[i]]++] = i;
    }
};

/// Opportunities over `accounts`; with quotes, the demo catalogue, a price list per currency in use
/// and quotes on the opportunities furthest along (sent, and accepted for the won ones).
Result<void> writeSales(Database& db, const DemoRequest& request, qint64 now, const QList<Account>& accounts,
                        DemoResult& result, const std::function<bool()>& step) {
    auto cancelled = []() {
        return fail(
            ErrorCode::Cancelled,
            QCoreApplication::translate("DemoDataService", "Generating demo data was cancelled; nothing was written."));
    };
    const DemoSales sales(request.seed, now);
    OpportunityRepository opportunities(db);
    QList<Opportunity> made;
    for (int i = 0; i < request.opportunities; ++i) {
        const Account& account = accounts.at(i % accounts.size());
        auto saved = opportunities.save(sales.opportunity(i, account));
        if (!saved)
            return std::unexpected(saved.error());
        made.append(*saved);
        ++result.opportunities;
        if (!step())
            return cancelled();
    }
    if (request.quotes == 0)
        return {};

    CatalogRepository catalog(db);
    QList<Product> products;
    for (const Product& p : DemoSales::catalogue()) {
        auto existing = catalog.productByExternalId(p.externalId);
        if (!existing)
            return std::unexpected(existing.error());
        Product product = p;
        if (*existing)
            product.id = (*existing)->id;
        auto saved = catalog.saveProduct(product);
        if (!saved)
            return std::unexpected(saved.error());
        products.append(*saved);
        ++result.products;
    }
    QHash<QString, QString> priceLists; // currency -> id
    auto priceListFor = [&](const QString& currency) -> Result<QString> {
        if (priceLists.contains(currency))
            return priceLists.value(currency);
        auto lists = catalog.priceLists();
        if (!lists)
            return std::unexpected(lists.error());
        PriceList list;
        list.name = QCoreApplication::translate("DemoDataService", "List prices %1").arg(currency);
        list.currency = currency;
        for (const PriceList& l : std::as_const(*lists))
            if (l.name == list.name)
                list = l;
        auto saved = catalog.savePriceList(list);
        if (!saved)
            return std::unexpected(saved.error());
        for (qsizetype i = 0; i < products.size(); ++i)
            if (auto price = catalog.setPrice(
                    {{}, saved->id, products.at(i).id, {}, DemoSales::listPrice(i, currency), {}, false});
                !price)
                return std::unexpected(price.error());
        priceLists.insert(currency, saved->id);
        return saved->id;
    };

    // The opportunities furthest along get quotes first.
    QList<qsizetype> order;
    for (const char16_t* stage : {u"won", u"negotiation", u"proposal", u"qualification", u"prospecting", u"lost"})
        for (qsizetype i = 0; i < made.size(); ++i)
            if (made.at(i).stage == QStringView(stage))
                order.append(i);
    QuoteRepository quotes(db);
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
    for (int q = 0; q < request.quotes; ++q) {
        const Opportunity& o = made.at(order.at(q));
        auto list = priceListFor(o.currency);
        if (!list)
            return std::unexpected(list.error());
        auto quote = quotes.createFromOpportunity(o.id, *list, o.ownerId); // the opportunity owner's quote
        if (!quote)
            return std::unexpected(quote.error());
        for (const DemoSales::QuoteItem& item : sales.quoteItems(q)) {
            auto line = quotes.addProduct(quote->id, products.at(item.product).id, item.quantity);
            if (!line)
                return std::unexpected(line.error());
            line->amounts.taxRate = DemoSales::taxRate(o.currency);
            if (item.discountPercent > Decimal4{}) {
                line->amounts.discount = QuoteLineInput::Discount::Percent;
                line->amounts.discountPercent = item.discountPercent;
            }
            if (auto saved = quotes.saveLine(*line); !saved)
                return std::unexpected(saved.error());
        }
        if (o.stage == u"won"_s || o.stage == u"negotiation"_s || (o.stage == u"proposal"_s && q % 2 == 0)) {
            if (auto sent = QuoteLifecycle(db).send(quote->id, today); !sent)
                return std::unexpected(sent.error());
            if (o.stage == u"won"_s)
                if (auto accepted = QuoteLifecycle(db).accept(quote->id, today); !accepted)
                    return std::unexpected(accepted.error());
        }
        ++result.quotes;
        if (!step())
            return cancelled();
    }
    return {};
}

} // namespace

Result<DemoResult> DemoDataService::generate(Database& db, const DemoRequest& request, const ProgressFn& progress) {
    if (request.users < 1 || request.accounts < 0 || request.contacts < 0 || request.activities < 0 ||
        request.opportunities < 0 || request.quotes < 0 || request.leads < 0)
        return fail(ErrorCode::InvalidInput, tr("Counts cannot be negative, and there must be at least one user."));
    if (request.contacts > 0 && request.accounts == 0)
        return fail(ErrorCode::InvalidInput, tr("Contacts need accounts to work at: ask for at least one account."));
    if (request.activities > 0 && request.contacts == 0)
        return fail(ErrorCode::InvalidInput, tr("Activities need contacts: ask for at least one contact."));
    if (request.opportunities > 0 && request.accounts == 0)
        return fail(ErrorCode::InvalidInput, tr("Opportunities need accounts: ask for at least one account."));
    if (request.quotes > request.opportunities)
        return fail(ErrorCode::InvalidInput,
                    tr("Quotes are made from opportunities: ask for at least as many opportunities as quotes."));

    const qint64 now = request.nowMs > 0 ? request.nowMs : Clock::nowMs() / kDayMs * kDayMs;
    DemoGenerator generator(request.seed, now);
    const qint64 total = qint64(request.users) + request.accounts + request.contacts + request.activities +
                         request.opportunities + request.quotes + request.leads;
    DemoResult result;
    qint64 done = 0;
    auto step = [&]() {
        ++done;
        return done % kProgressEvery != 0 || !progress || progress(WorkProgress{done, total, 0, -1});
    };
    auto cancelled = []() {
        return fail(ErrorCode::Cancelled, tr("Generating demo data was cancelled; nothing was written."));
    };

    auto ok = db.transaction([&]() -> Result<void> {
        UserRepository users(db);
        for (const User& user : generator.users(request.users)) {
            if (auto saved = users.save(user); !saved)
                return std::unexpected(saved.error());
            ++result.users;
            if (!step())
                return cancelled();
        }
        AccountRepository accountRepository(db);
        QList<Account> accounts;
        accounts.reserve(request.accounts);
        for (int i = 0; i < request.accounts; ++i) {
            Account account = generator.account(i);
            if (auto saved = accountRepository.save(account); !saved)
                return std::unexpected(saved.error());
            accounts.append(std::move(account));
            ++result.accounts;
            if (!step())
                return cancelled();
        }
        const ActivityPlan plan(generator, request.activities, request.contacts);
        ContactRepository contacts(db);
        ActivityRepository activities(db);
        for (int c = 0; c < request.contacts; ++c) {
            const Contact contact =
                generator.contact(c, accounts.at(generator.accountIndexForContact(c, request.accounts)));
            if (auto saved = contacts.save(contact); !saved)
                return std::unexpected(saved.error());
            ++result.contacts;
            if (!step())
                return cancelled();
            for (int k = plan.offsets.at(c); k < plan.offsets.at(c + 1); ++k) {
                if (auto saved = activities.save(generator.activity(plan.indexes.at(k), contact)); !saved)
                    return std::unexpected(saved.error());
                ++result.activities;
                if (!step())
                    return cancelled();
            }
        }
        if (auto sales = writeSales(db, request, now, accounts, result, step); !sales)
            return sales;
        LeadRepository leads(db);
        for (int i = 0; i < request.leads; ++i) {
            if (auto saved = leads.save(generator.lead(i)); !saved)
                return std::unexpected(saved.error());
            ++result.leads;
            if (!step())
                return cancelled();
        }
        if (progress && !progress(WorkProgress{done, total, 0, -1}))
            return cancelled();
        // Its records belong to the demo's sales team until somebody takes them over.
        return LocalOnlyRecords::markDemo(db);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Fieldbook
