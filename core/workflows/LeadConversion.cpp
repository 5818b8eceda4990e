#include "LeadConversion.h"

#include "store/records/CurrencySettings.h"
#include "common/NameMatch.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/write/RecordKeys.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kCloseInDays = 30;

/// Appends `match` unless a match of the same record is already there (the first reason wins).
void addMatch(QList<LeadMatch>& list, LeadMatch match) {
    if (std::none_of(list.cbegin(), list.cend(), [&](const LeadMatch& m) { return m.id == match.id; }))
        list.append(std::move(match));
}

/// Best reason first; the enumeration lists the reasons in that order.
void sortByStrength(QList<LeadMatch>& list) {
    std::stable_sort(list.begin(), list.end(),
                     [](const LeadMatch& a, const LeadMatch& b) { return int(a.reason) < int(b.reason); });
}

QString firstStrong(const QList<LeadMatch>& list) {
    for (const LeadMatch& m : list)
        if (m.isStrong())
            return m.id;
    return {};
}

/// The lead's name for messages: the person, else the company.
QString quoted(const Lead& lead) {
    const QString name = lead.displayName();
    return LeadConversion::tr("“%1”").arg(name.isEmpty() ? lead.company : name);
}

QString defaultOpportunityName(const Lead& lead) {
    if (lead.company.isEmpty())
        return lead.displayName();
    return LeadConversion::tr("%1 – %2", "opportunity of a converted lead: company – person")
        .arg(lead.company, lead.displayName());
}

} // namespace

LeadConversion::LeadConversion(Database& db)
    : m_db(db) {}

QString LeadConversion::reasonText(LeadMatchReason reason) {
    switch (reason) {
    case LeadMatchReason::ContactsAccount:
        return tr("Account of the contact with this e-mail");
    case LeadMatchReason::SameName:
        return tr("Same name");
    case LeadMatchReason::SameEmail:
        return tr("Same e-mail");
    case LeadMatchReason::SameDomain:
        return tr("Website matches the e-mail domain");
    case LeadMatchReason::SamePhone:
        return tr("Same phone");
    case LeadMatchReason::SimilarName:
        break;
    }
    return tr("Similar name");
}

Result<QList<LeadMatch>> LeadConversion::contactsByEmail(const Lead& lead, QStringList* accountIds) const {
    QList<LeadMatch> matches;
    if (lead.email.isEmpty())
        return matches;
    ContactRepository contacts(m_db);
    auto found = contacts.findByEmail(lead.email);
    if (!found)
        return std::unexpected(found.error());
    for (const Contact& c : std::as_const(*found)) {
        addMatch(matches, {c.id, c.displayName(), {}, LeadMatchReason::SameEmail});
        if (!c.accountId.isEmpty() && !accountIds->contains(c.accountId))
            accountIds->append(c.accountId);
    }
    return matches;
}

Result<QList<LeadMatch>> LeadConversion::matchAccounts(const Lead& lead, const QStringList& emailAccountIds) const {
    AccountRepository accounts(m_db);
    QList<LeadMatch> matches;
    auto add = [&](const QString& id, LeadMatchReason reason) -> Result<void> {
        auto a = accounts.get(id);
        if (!a)
            return a.error().code == ErrorCode::NotFound ? Result<void>() : std::unexpected(a.error());
        if (!a->deleted)
            addMatch(matches, {a->id, a->name, {}, reason});
        return {};
    };
    for (const QString& id : emailAccountIds)
        if (auto r = add(id, LeadMatchReason::ContactsAccount); !r)
            return std::unexpected(r.error());
    if (!lead.company.isEmpty()) {
        Account probe;
        probe.name = lead.company;
        auto similar = accounts.findDuplicates(probe);
        if (!similar)
            return std::unexpected(similar.error());
        const QString wanted = NameMatch::normalized(lead.company, true);
        for (const DuplicateCandidate& d : std::as_const(*similar))
            addMatch(matches, {d.id,
                               d.displayName,
                               {},
                               NameMatch::normalized(d.displayName, true) == wanted ? LeadMatchReason::SameName
                                                                                    : LeadMatchReason::SimilarName});
    }
    if (const qsizetype at = lead.email.lastIndexOf(u'@'); at > 0) {
        const QString domain = lead.email.mid(at + 1).toLower();
        auto ids = RecordKeys::matching(m_db, u"accounts"_s, {{u"email"_s, u"@"_s + domain}}, {});
        if (!ids)
            return std::unexpected(ids.error());
        for (const QString& id : std::as_const(*ids))
            if (auto r = add(id, LeadMatchReason::SameDomain); !r)
                return std::unexpected(r.error());
    }
    sortByStrength(matches);
    return matches;
}

Result<QList<LeadMatch>> LeadConversion::matchContacts(const Lead& lead, const QString& accountId,
                                                       QList<LeadMatch> matches) const {
    ContactRepository contacts(m_db);
    if (!accountId.isEmpty()) {
        auto colleagues = contacts.forAccount(accountId);
        if (!colleagues)
            return std::unexpected(colleagues.error());
        const QString wanted = NameMatch::normalized(lead.displayName(), false);
        for (const Contact& c : std::as_const(*colleagues)) {
            if (NameMatch::normalized(c.displayName(), false) == wanted)
                addMatch(matches, {c.id, c.displayName(), {}, LeadMatchReason::SameName});
            else if (NameMatch::similar(c.displayName(), lead.displayName(), false))
                addMatch(matches, {c.id, c.displayName(), {}, LeadMatchReason::SimilarName});
        }
    }
    if (!lead.phone.isEmpty()) {
        auto ids = RecordKeys::matching(m_db, u"contacts"_s, {{u"phone"_s, RecordKeys::phoneKey(lead.phone)}}, {});
        if (!ids)
            return std::unexpected(ids.error());
        for (const QString& id : std::as_const(*ids))
            if (auto c = contacts.get(id); c && !c->deleted)
                addMatch(matches, {c->id, c->displayName(), {}, LeadMatchReason::SamePhone});
    }
    sortByStrength(matches);
    // What tells two people of the same name apart: where they work and their e-mail.
    AccountRepository accounts(m_db);
    for (LeadMatch& m : matches) {
        auto c = contacts.get(m.id);
        if (!c)
            continue;
        QStringList detail;
        if (!c->accountId.isEmpty())
            if (auto a = accounts.get(c->accountId))
                detail.append(a->name);
        if (!c->emails.isEmpty())
            detail.append(c->emails.constFirst().value);
        m.detail = detail.join(u" · "_s);
    }
    return matches;
}

Result<LeadConversionPlan> LeadConversion::plan(const QString& leadId, const QDate& today) const {
    auto lead = LeadRepository(m_db).get(leadId);
    if (!lead)
        return std::unexpected(lead.error());
    if (lead->deleted)
        return fail(ErrorCode::NotFound, tr("The lead no longer exists."), leadId);
    LeadConversionPlan plan;
    plan.lead = *lead;
    QStringList emailAccounts;
    auto byEmail = contactsByEmail(*lead, &emailAccounts);
    if (!byEmail)
        return std::unexpected(byEmail.error());
    auto accounts = matchAccounts(*lead, emailAccounts);
    if (!accounts)
        return std::unexpected(accounts.error());
    plan.accounts = std::move(*accounts);
    plan.proposed.accountId = firstStrong(plan.accounts);
    auto contacts = matchContacts(*lead, plan.proposed.accountId, std::move(*byEmail));
    if (!contacts)
        return std::unexpected(contacts.error());
    plan.contacts = std::move(*contacts);
    plan.proposed.contactId = firstStrong(plan.contacts);
    plan.proposed.opportunityName = defaultOpportunityName(*lead);
    plan.proposed.currency = CurrencySettings::load(m_db).reportingCurrency();
    plan.proposed.closeDate = today.addDays(kCloseInDays);
    return plan;
}

Result<QString> LeadConversion::useAccount(const Lead& lead, const LeadConversionChoices& choices, bool* created) {
    AccountRepository accounts(m_db);
    if (!choices.accountId.isEmpty()) {
        auto a = accounts.get(choices.accountId);
        if (!a || a->deleted)
            return fail(ErrorCode::NotFound,
                        tr("The account chosen for %1 no longer exists; choose another one or create a new one.")
                            .arg(quoted(lead)),
                        choices.accountId);
        return a->id;
    }
    if (lead.company.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has no company: enter it on the lead or choose an existing account.").arg(quoted(lead)));
    Account a;
    a.name = lead.company;
    a.ownerId = lead.ownerId;
    if (!choices.currency.isEmpty())
        a.currency = choices.currency.trimmed().toUpper();
    auto saved = accounts.save(a);
    if (!saved)
        return std::unexpected(saved.error());
    *created = true;
    return saved->id;
}

Result<QString> LeadConversion::useContact(const Lead& lead, const QString& accountId,
                                           const LeadConversionChoices& choices, bool* created) {
    ContactRepository contacts(m_db);
    if (!choices.contactId.isEmpty()) {
        auto c = contacts.get(choices.contactId);
        if (!c || c->deleted)
            return fail(ErrorCode::NotFound,
                        tr("The contact chosen for %1 no longer exists; choose another one or create a new one.")
                            .arg(quoted(lead)),
                        choices.contactId);
        Contact updated = *c;
        if (updated.accountId.isEmpty())
            updated.accountId = accountId;
        if (updated.title.isEmpty())
            updated.title = lead.title;
        if (updated.emails.isEmpty() && !lead.email.isEmpty())
            updated.emails.append({u"work"_s, lead.email});
        if (updated.phones.isEmpty() && !lead.phone.isEmpty())
            updated.phones.append({u"work"_s, lead.phone});
        if (updated != *c)
            if (auto saved = contacts.save(updated); !saved)
                return std::unexpected(saved.error());
        return c->id;
    }
    Contact c;
    c.firstName = lead.firstName;
    c.lastName = lead.lastName;
    c.title = lead.title;
    if (!lead.email.isEmpty())
        c.emails.append({u"work"_s, lead.email});
    if (!lead.phone.isEmpty())
        c.phones.append({u"work"_s, lead.phone});
    c.accountId = accountId;
    c.ownerId = lead.ownerId;
    c.notes = lead.notes;
    auto saved = contacts.save(c);
    if (!saved)
        return std::unexpected(saved.error());
    *created = true;
    return saved->id;
}

Result<QString> LeadConversion::createOpportunity(const Lead& lead, const QString& accountId, const QString& contactId,
                                                  const LeadConversionChoices& choices) {
    Opportunity o;
    o.name =
        choices.opportunityName.trimmed().isEmpty() ? defaultOpportunityName(lead) : choices.opportunityName.trimmed();
    o.accountId = accountId;
    o.contactId = contactId;
    o.amount = choices.amount;
    o.currency = choices.currency.isEmpty() ? CurrencySettings::load(m_db).reportingCurrency() : choices.currency;
    o.closeDate = choices.closeDate;
    auto pipelines = PipelineRepository(m_db).pipelines();
    if (!pipelines)
        return std::unexpected(pipelines.error());
    const Pipeline& first = pipelines->constFirst(); // the standard pipeline, as configured
    o.pipeline = first.key;
    o.stage = first.stages.constFirst().key;
    o.ownerId = lead.ownerId;
    if (!lead.source.isEmpty())
        o.notes = tr("Lead source: %1").arg(leadSourceName(lead.source));
    auto saved = OpportunityRepository(m_db).save(o);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

Result<LeadConversionResult> LeadConversion::convert(const QString& leadId, const LeadConversionChoices& choices) {
    LeadConversionResult result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto lead = LeadRepository(m_db).get(leadId);
        if (!lead)
            return std::unexpected(lead.error());
        if (lead->deleted)
            return fail(ErrorCode::NotFound, tr("The lead no longer exists."), leadId);
        if (lead->status == LeadStatus::Converted)
            return fail(ErrorCode::InvalidInput, tr("%1 was already converted.").arg(quoted(*lead)), leadId);
        if (lead->status == LeadStatus::Disqualified)
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is disqualified; set it back to working or qualified before converting it.").arg(quoted(*lead)),
                leadId);
        auto account = useAccount(*lead, choices, &result.accountCreated);
        if (!account)
            return std::unexpected(account.error());
        auto contact = useContact(*lead, *account, choices, &result.contactCreated);
        if (!contact)
            return std::unexpected(contact.error());
        if (auto linked = ActivityRepository(m_db).linkLeadToContact(leadId, *contact, *account); !linked)
            return std::unexpected(linked.error());
        if (choices.createOpportunity) {
            auto opportunity = createOpportunity(*lead, *account, *contact, choices);
            if (!opportunity)
                return std::unexpected(opportunity.error());
            result.opportunityId = *opportunity;
        }
        auto converted = LeadRepository(m_db).markConverted(leadId, *account, *contact, result.opportunityId);
        if (!converted)
            return std::unexpected(converted.error());
        result.lead = std::move(*converted);
        result.accountId = *account;
        result.contactId = *contact;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Fieldbook
