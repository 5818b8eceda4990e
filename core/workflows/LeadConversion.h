#pragma once

#include "common/Error.h"
#include "domain/Lead.h"

#include <QCoreApplication>
#include <QDate>

namespace Fieldbook {

class Database;

/// Why an existing record was offered as what a lead converts into.
enum class LeadMatchReason {
    ContactsAccount, ///< the account of the contact that has the lead's e-mail
    SameName,        ///< the same name once case, punctuation and legal forms are ignored
    SameEmail,
    SameDomain, ///< the account's website has the domain of the lead's e-mail
    SamePhone,
    SimilarName, ///< a name that differs by a typo
};

/// An existing account or contact a lead may be.
struct LeadMatch {
    QString id;
    QString name;   ///< the account's name, or the contact's display name
    QString detail; ///< a contact's account and e-mail; empty for accounts
    LeadMatchReason reason = LeadMatchReason::SimilarName;
    /// Strong enough to be used without the user picking it (every reason but phone and similar name).
    bool isStrong() const { return reason != LeadMatchReason::SamePhone && reason != LeadMatchReason::SimilarName; }
    friend bool operator==(const LeadMatch&, const LeadMatch&) = default;
};

/// What a conversion makes: which account and contact (existing or new) and the opportunity.
struct LeadConversionChoices {
    QString accountId; ///< a live account to use; empty: create one named after the lead's company
    QString contactId; ///< a live contact to use; empty: create one from the lead
    bool createOpportunity = true;
    QString opportunityName;
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;  ///< ISO 4217
    QDate closeDate;
};

/// Everything the convert dialog shows before the user decides.
struct LeadConversionPlan {
    Lead lead;
    QList<LeadMatch> accounts; ///< existing accounts that may be the lead's company, best first
    QList<LeadMatch> contacts; ///< existing contacts that may be the lead's person, best first
    /// The strongest matches (or new records), an opportunity named after the company and person,
    /// in the reporting currency, closing in 30 days.
    LeadConversionChoices proposed;
};

struct LeadConversionResult {
    Lead lead; ///< as stored afterwards: converted, with the ids below
    QString accountId;
    QString contactId;
    QString opportunityId; ///< empty when no opportunity was asked for
    bool accountCreated = false;
    bool contactCreated = false;
};

/// Converts a lead into an account, a contact and an opportunity in one transaction (a workflow:
/// docs/workflows.md), using existing records instead of making duplicates.
///
/// Matching (plan()): accounts are, best first, the account of a contact that has the lead's
/// e-mail, accounts with the lead's company name (NameMatch: case, punctuation and legal forms
/// such as "Inc." or "有限公司" ignored), accounts whose website has the lead's e-mail domain, then
/// accounts with a similar name. Contacts are those with the lead's e-mail, then, at the proposed
/// account, those with the lead's name (same, then similar), then those with the lead's phone.
/// Strong matches are proposed; phone and similar-name matches are only offered.
///
/// convert(): an existing contact without an account joins the chosen account and gets the
/// lead's title, e-mail and phone where it has none; nothing else of an existing record changes.
/// A new account is named after the lead's company, a new contact takes the lead's name, title,
/// e-mail, phone and notes; the opportunity starts in the standard pipeline's first stage. All of
/// them, and the lead, belong to the lead's owner. The activities logged for the lead show on the
/// contact (and its account) as well. Any failure leaves everything as it was.
class LeadConversion final {
    Q_DECLARE_TR_FUNCTIONS(LeadConversion)

public:
    explicit LeadConversion(Database& db);

    /// The matches and the proposed choices for converting an open lead on `today`.
    [[nodiscard]] Result<LeadConversionPlan> plan(const QString& leadId, const QDate& today) const;
    [[nodiscard]] Result<LeadConversionResult> convert(const QString& leadId, const LeadConversionChoices& choices);

    /// "Same e-mail", "Similar name" ... for people, translated.
    static QString reasonText(LeadMatchReason reason);

private:
    /// `emailAccountIds`: the accounts of the contacts that have the lead's e-mail.
    [[nodiscard]] Result<QList<LeadMatch>> matchAccounts(const Lead& lead, const QStringList& emailAccountIds) const;
    [[nodiscard]] Result<QList<LeadMatch>> matchContacts(const Lead& lead, const QString& accountId,
                                                         QList<LeadMatch> byEmail) const;
    [[nodiscard]] Result<QList<LeadMatch>> contactsByEmail(const Lead& lead, QStringList* accountIds) const;
    [[nodiscard]] Result<QString> useAccount(const Lead& lead, const LeadConversionChoices& choices, bool* created);
    [[nodiscard]] Result<QString> useContact(const Lead& lead, const QString& accountId,
                                             const LeadConversionChoices& choices, bool* created);
    /// The opportunity of a conversion, in the first stage of the standard pipeline; its id.
    [[nodiscard]] Result<QString> createOpportunity(const Lead& lead, const QString& accountId,
                                                    const QString& contactId, const LeadConversionChoices& choices);

    Database& m_db;
};

} // namespace Fieldbook
