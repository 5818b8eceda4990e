#include "DemoDataService.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QList>

namespace Fieldbook {

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

} // namespace

Result<DemoResult> DemoDataService::generate(Database& db, const DemoRequest& request, const ProgressFn& progress) {
    if (request.users < 1 || request.accounts < 0 || request.contacts < 0 || request.activities < 0)
        return fail(ErrorCode::InvalidInput, tr("Counts cannot be negative, and there must be at least one user."));
    if (request.contacts > 0 && request.accounts == 0)
        return fail(ErrorCode::InvalidInput, tr("Contacts need accounts to work at: ask for at least one account."));
    if (request.activities > 0 && request.contacts == 0)
        return fail(ErrorCode::InvalidInput, tr("Activities need contacts: ask for at least one contact."));

    const qint64 now = request.nowMs > 0 ? request.nowMs : Clock::nowMs() / kDayMs * kDayMs;
    DemoGenerator generator(request.seed, now);
    const qint64 total = qint64(request.users) + request.accounts + request.contacts + request.activities;
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
        if (progress && !progress(WorkProgress{done, total, 0, -1}))
            return cancelled();
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Fieldbook
