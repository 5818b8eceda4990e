#include "DemoDataService.h"

#include "DemoCallLists.h"

#include "common/Clock.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSales.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"
#include "store/records/QuotaRepository.h"
#include "store/records/CommissionPlanRepository.h"
#include "CsvFieldFormat.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "store/db/Database.h"
#include "store/journal/LocalOnlyRecords.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/records/UserRepository.h"
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

Error cancelled() {
    return {ErrorCode::Cancelled,
            QCoreApplication::translate("DemoDataService", "Generating demo data was cancelled; nothing was written."),
            {}};
}

/// One run of generate(): writes each kind of record through its repository, counting in `result`
/// and calling `step` after each record (false: cancelled).
struct DemoRun {
    Database& db;
    const DemoRequest& request;
    qint64 now;
    DemoGenerator& generator;
    DemoResult& result;
    std::function<bool()> step;

    Result<void> users() {
        UserRepository repository(db);
        for (const User& user : generator.users(request.users)) {
            if (auto saved = repository.save(user); !saved)
                return std::unexpected(saved.error());
            ++result.users;
            if (!step())
                return std::unexpected(cancelled());
        }
        return {};
    }

    Result<QList<Account>> accounts() {
        AccountRepository repository(db);
        QList<Account> made;
        made.reserve(request.accounts);
        for (int i = 0; i < request.accounts; ++i) {
            Account account = generator.account(i);
            if (auto saved = repository.save(account); !saved)
                return std::unexpected(saved.error());
            made.append(std::move(account));
            ++result.accounts;
            if (!step())
                return std::unexpected(cancelled());
        }
        return made;
    }

    /// Contacts at `accounts`, each followed by its activities.
    Result<void> contacts(const QList<Account>& accounts) {
        const ActivityPlan plan(generator, request.activities, request.contacts);
        ContactRepository contactRepository(db);
        ActivityRepository activities(db);
        for (int c = 0; c < request.contacts; ++c) {
            const Contact contact =
                generator.contact(c, accounts.at(generator.accountIndexForContact(c, request.accounts)));
            if (auto saved = contactRepository.save(contact); !saved)
                return std::unexpected(saved.error());
            ++result.contacts;
            if (!step())
                return std::unexpected(cancelled());
            for (int k = plan.offsets.at(c); k < plan.offsets.at(c + 1); ++k) {
                if (auto saved = activities.save(generator.activity(plan.indexes.at(k), contact)); !saved)
                    return std::unexpected(saved.error());
                ++result.activities;
                if (!step())
                    return std::unexpected(cancelled());
            }
        }
        return {};
    }

    Result<void> leads() {
        LeadRepository repository(db);
        for (int i = 0; i < request.leads; ++i) {
            if (auto saved = repository.save(generator.lead(i)); !saved)
                return std::unexpected(saved.error());
            ++result.leads;
            if (!step())
                return std::unexpected(cancelled());
        }
        return {};
    }

    /// Events and tasks about the contacts (regenerated by index) and their accounts.
    Result<void> calendar(const QList<Account>& accounts) {
        const DemoCalendar calendar(request.seed, now, generator.owners());
        const auto contactAt = [&](int i) {
            const int c = int(DemoRandom::mix(quint64(i)) % quint64(request.contacts));
            const Account& account = accounts.at(generator.accountIndexForContact(c, request.accounts));
            return std::pair{account, generator.contact(c, account)};
        };
        EventRepository events(db);
        for (int i = 0; i < request.events; ++i) {
            const auto [account, contact] = contactAt(i);
            if (auto saved = events.save(calendar.event(i, account, contact)); !saved)
                return std::unexpected(saved.error());
            ++result.events;
            if (!step())
                return std::unexpected(cancelled());
        }
        TaskRepository tasks(db);
        for (int i = 0; i < request.tasks; ++i) {
            const auto [account, contact] = contactAt(request.events + i);
            if (auto saved = tasks.save(calendar.task(i, account, contact)); !saved)
                return std::unexpected(saved.error());
            ++result.tasks;
            if (!step())
                return std::unexpected(cancelled());
        }
        return {};
    }

    /// Opportunities over `accounts`; with quotes, the demo catalogue, a price list per currency in
    /// use and quotes on the opportunities furthest along (sent, and accepted for the won ones).
    Result<void> sales(const QList<Account>& accounts) {
        const DemoSales demo(request.seed, now);
        auto made = opportunities(demo, accounts);
        if (!made)
            return std::unexpected(made.error());
        if (request.quotes > 0) {
            auto products = catalogue();
            if (!products)
                return std::unexpected(products.error());
            if (auto quoted = quotes(demo, *made, *products); !quoted)
                return quoted;
        }
        if (auto set = quotas(); !set)
            return set;
        return commissionPlans();
    }

    Result<QList<Opportunity>> opportunities(const DemoSales& demo, const QList<Account>& accounts) {
        OpportunityRepository repository(db);
        QList<Opportunity> made;
        for (int i = 0; i < request.opportunities; ++i) {
            const Account& account = accounts.at(i % accounts.size());
            const Opportunity o = demo.opportunity(i, account);
            // Dated history, so that sales cycles and days in stage have something to show.
            auto saved = repository.saveImported(o, OpportunityRepository::ClosingDate::AsGiven, demo.openedOn(i, o));
            if (!saved)
                return std::unexpected(saved.error());
            made.append(*saved);
            ++result.opportunities;
            if (!step())
                return std::unexpected(cancelled());
        }
        return made;
    }

    /// Quarterly quotas of this and last fiscal year for every owner of a deal: a fifth above what
    /// they won in an average quarter of the last year, in whole thousands of the reporting
    /// currency. Left out when the local user may not set quotas (a rep).
    Result<void> quotas() {
        const CurrencyRates rates = DemoSales::withDemoRates(CurrencySettings::load(db));
        auto input = ForecastSource::load(db, rates);
        if (!input)
            return std::unexpected(input.error());
        QHash<int, qint64> won; // by owner, what they won in the last year (accepted quotes included)
        const qint64 yearAgo = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().addYears(-1).toJulianDay();
        for (const ForecastDeal& deal : (*input)->deals) {
            if (deal.owner >= 0)
                won[deal.owner] += deal.outcome == StageOutcome::Won && deal.closeDay > yearAgo ? deal.amount : 0;
        }
        const FiscalCalendar calendar(ForecastSource::fiscalFirstMonth(db));
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        const FiscalPeriod thisYear = calendar.periodOf(today, PeriodKind::Year);
        const QList<FiscalPeriod> quarters =
            calendar.periods(thisYear.first.addYears(-1), thisYear.last, PeriodKind::Quarter);
        qint64 thousand = 1000; // in minor units of the reporting currency
        for (int digit = 0; digit < CsvFieldFormat::minorDigits(rates.reportingCurrency()); ++digit)
            thousand *= 10;
        QuotaRepository repository(db);
        for (auto it = won.cbegin(); it != won.cend(); ++it) {
            const qint64 quarter = std::max<qint64>(it.value() * 12 / 10 / 4 / thousand + 1, 50) * thousand;
            for (const FiscalPeriod& q : quarters) {
                auto set = repository.set({.id = {},
                                           .userId = (*input)->users[it.key()].id,
                                           .periodKind = periodKindKey(PeriodKind::Quarter),
                                           .periodStart = q.first,
                                           .amount = quarter,
                                           .currency = rates.reportingCurrency()});
                if (!set && set.error().code == ErrorCode::PermissionDenied)
                    return {};
                if (!set)
                    return std::unexpected(set.error());
            }
        }
        return {};
    }

    /// A team plan for everyone below each manager at the top (5 %, Services 8 %, Software 6 %, ×1.5
    /// above quota) from the start of last fiscal year; left out for a rep, as the quotas.
    Result<void> commissionPlans() {
        auto users = UserRepository(db).all();
        if (!users)
            return std::unexpected(users.error());
        const FiscalCalendar calendar(ForecastSource::fiscalFirstMonth(db));
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        const QDate from = calendar.periodOf(today, PeriodKind::Year).first.addYears(-1);
        CommissionPlanRepository repository(db);
        for (const User& u : std::as_const(*users)) {
            const bool manages =
                std::any_of(users->cbegin(), users->cend(), [&](const User& other) { return other.managerId == u.id; });
            if (!u.managerId.isEmpty() || !manages)
                continue;
            auto set = repository.set(
                {.id = {},
                 .userId = u.id,
                 .user = -1,
                 .team = true,
                 .validFrom = from,
                 .rate = 500,
                 .familyRates = {{.family = u"Services"_s, .rate = 800}, {.family = u"Software"_s, .rate = 600}},
                 .accelerator = 150});
            if (!set && set.error().code == ErrorCode::PermissionDenied)
                return {};
            if (!set)
                return std::unexpected(set.error());
        }
        return {};
    }

    /// The demo products, updated in place when they exist already.
    Result<QList<Product>> catalogue() {
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
        return products;
    }

    /// The id of the demo price list in `currency` with the list prices of `products`, made on
    /// first use (and remembered in `priceLists`: currency -> id).
    Result<QString> priceListFor(const QString& currency, const QList<Product>& products,
                                 QHash<QString, QString>& priceLists) {
        if (priceLists.contains(currency))
            return priceLists.value(currency);
        CatalogRepository catalog(db);
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
    }

    Result<void> quotes(const DemoSales& demo, const QList<Opportunity>& made, const QList<Product>& products) {
        // The opportunities furthest along get quotes first.
        QList<qsizetype> order;
        for (const char16_t* stage : {u"won", u"negotiation", u"proposal", u"qualification", u"prospecting", u"lost"})
            for (qsizetype i = 0; i < made.size(); ++i)
                if (made.at(i).stage == QStringView(stage))
                    order.append(i);
        QHash<QString, QString> priceLists;
        const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
        for (int q = 0; q < request.quotes; ++q) {
            const Opportunity& o = made.at(order.at(q));
            auto list = priceListFor(o.currency, products, priceLists);
            if (!list)
                return std::unexpected(list.error());
            if (auto written = quote(demo, q, o, *list, today, products); !written)
                return written;
            ++result.quotes;
            if (!step())
                return std::unexpected(cancelled());
        }
        return {};
    }

    /// Quote number `q` of the demo, on `o`: sent for the opportunities furthest along, accepted for won ones.
    Result<void> quote(const DemoSales& demo, int q, const Opportunity& o, const QString& priceList, const QDate& today,
                       const QList<Product>& products) {
        QuoteRepository quotes(db);
        auto quote = quotes.createFromOpportunity(o.id, priceList, o.ownerId); // the opportunity owner's quote
        if (!quote)
            return std::unexpected(quote.error());
        for (const DemoSales::QuoteItem& item : demo.quoteItems(q)) {
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
            // A won deal's quote was accepted on the day it closed, a week after it was sent.
            const bool won = o.stage == u"won"_s;
            if (auto sent = QuoteLifecycle(db).send(quote->id, won ? o.closeDate.addDays(-7) : today); !sent)
                return std::unexpected(sent.error());
            if (won)
                if (auto accepted = QuoteLifecycle(db).accept(quote->id, o.closeDate); !accepted)
                    return std::unexpected(accepted.error());
        }
        return {};
    }
};

} // namespace

Result<void> DemoDataService::check(const DemoRequest& request) {
    if (request.users < 1 || request.accounts < 0 || request.contacts < 0 || request.activities < 0 ||
        request.opportunities < 0 || request.quotes < 0 || request.leads < 0 || request.events < 0 || request.tasks < 0)
        return fail(ErrorCode::InvalidInput, tr("Counts cannot be negative, and there must be at least one user."));
    if (request.contacts > 0 && request.accounts == 0)
        return fail(ErrorCode::InvalidInput, tr("Contacts need accounts to work at: ask for at least one account."));
    if (request.activities > 0 && request.contacts == 0)
        return fail(ErrorCode::InvalidInput, tr("Activities need contacts: ask for at least one contact."));
    if ((request.events > 0 || request.tasks > 0) && request.contacts == 0)
        return fail(ErrorCode::InvalidInput, tr("Events and tasks are about contacts: ask for at least one contact."));
    if (request.opportunities > 0 && request.accounts == 0)
        return fail(ErrorCode::InvalidInput, tr("Opportunities need accounts: ask for at least one account."));
    if (request.quotes > request.opportunities)
        return fail(ErrorCode::InvalidInput,
                    tr("Quotes are made from opportunities: ask for at least as many opportunities as quotes."));
    return {};
}

Result<DemoResult> DemoDataService::generate(Database& db, const DemoRequest& request, const ProgressFn& progress) {
    if (auto ok = check(request); !ok)
        return std::unexpected(ok.error());
    const qint64 now = request.nowMs > 0 ? request.nowMs : Clock::nowMs() / kDayMs * kDayMs;
    DemoGenerator generator(request.seed, now);
    const qint64 total = qint64(request.users) + request.accounts + request.contacts + request.activities +
                         request.opportunities + request.quotes + request.leads + request.events + request.tasks;
    DemoResult result;
    qint64 done = 0;
    auto step = [&]() {
        ++done;
        return done % kProgressEvery != 0 || !progress || progress(WorkProgress{done, total, 0, -1});
    };
    DemoRun run{db, request, now, generator, result, step};
    auto ok = db.transaction([&]() -> Result<void> {
        if (auto r = run.users(); !r)
            return r;
        auto accounts = run.accounts();
        if (!accounts)
            return std::unexpected(accounts.error());
        if (auto r = run.contacts(*accounts); !r)
            return r;
        if (auto r = run.sales(*accounts); !r)
            return r;
        if (auto r = run.leads(); !r)
            return r;
        if (auto r = run.calendar(*accounts); !r)
            return r;
        if (request.callLists)
            if (auto r = DemoCallLists::build(db, QDateTime::fromMSecsSinceEpoch(now).date()); !r)
                return r;
        if (auto r = CurrencySettings::save(db, DemoSales::withDemoRates(CurrencySettings::load(db))); !r)
            return r;
        if (progress && !progress(WorkProgress{done, total, 0, -1}))
            return std::unexpected(cancelled());
        // Its records belong to the demo's sales team until somebody takes them over.
        return LocalOnlyRecords::markDemo(db);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Fieldbook
