#pragma once

#include <QList>
#include <QString>

namespace Fieldbook {

/// Where a lead stands. The open statuses (new, working, qualified) may follow each other in any
/// order; disqualified needs a reason and is left again by reopening to an open status; converted
/// is reached only by converting an open lead (LeadConversion) and is final.
enum class LeadStatus { New, Working, Qualified, Disqualified, Converted };

/// How promising a lead looks; None is "not rated yet".
enum class LeadRating { None, Hot, Warm, Cold };

/// Stable storage keys ("new", "working", ...; "hot", "warm", "cold", "" for none), never translated.
QString leadStatusKey(LeadStatus status);
bool parseLeadStatus(const QString& key, LeadStatus* status);
QString leadRatingKey(LeadRating rating);
bool parseLeadRating(const QString& key, LeadRating* rating);
/// Names for people, translated.
QString leadStatusName(LeadStatus status);
QString leadRatingName(LeadRating rating);
/// Every status and rating in their natural order (for pickers and filters).
QList<LeadStatus> leadStatuses();
QList<LeadRating> leadRatings();

/// The lead sources the form offers, as stored ("Web", "Referral", ...); a source typed by hand is
/// stored as typed.
QStringList leadSources();
/// A stored source in the user's language (a typed one as it is).
QString leadSourceName(const QString& source);
/// What to store for a source picked or typed in the user's language.
QString leadSourceKey(const QString& shown);

/// New, working or qualified: a lead still being worked on.
bool isOpenLeadStatus(LeadStatus status);
/// Whether an edit or an action may move a lead from `from` to `to` (see LeadStatus). Moving to
/// Converted is never allowed here: only conversion does that.
bool leadStatusChangeAllowed(LeadStatus from, LeadStatus to);

/// A person at a company who may become a customer: captured by hand or imported, rated,
/// assigned to a rep, qualified or disqualified, and finally converted into an account, a contact
/// and an opportunity, whose ids it keeps.
struct Lead {
    QString id;
    QString firstName;
    QString lastName;
    QString company;
    QString title;
    QString email;
    QString phone;
    QString source; ///< leadSources() or free text
    LeadStatus status = LeadStatus::New;
    LeadRating rating = LeadRating::None;
    QString disqualifyReason; ///< required while disqualified
    QString notes;
    QString convertedAccountId;
    QString convertedContactId;
    QString convertedOpportunityId; ///< empty when the conversion made no opportunity
    qint64 convertedAt = 0;         ///< ms since the epoch (UTC), 0 until converted
    QString externalId;
    QString ownerId;
    bool doNotCall = false; ///< asked not to be called: left out of call lists (docs/telesales.md)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;

    /// "First Last" for Western names; "姓名" without a space for CJK ones (as Contact::displayName).
    QString displayName() const;
    friend bool operator==(const Lead&, const Lead&) = default;
};

/// A name typed into one field, split into given and family name.
struct PersonName {
    QString first;
    QString last;
    friend bool operator==(const PersonName&, const PersonName&) = default;
};

/// Splits a full name the way people write it: the last word is the family name ("Jane Ann Smith"
/// -> Jane Ann / Smith), unless a comma says otherwise ("Smith, Jane" -> Jane / Smith); a single
/// word is a family name. CJK names are written family name first: "王芳" -> 芳 / 王, with the
/// common two-character family names ("欧阳娜娜" -> 娜娜 / 欧阳); "王 芳" splits at the space.
PersonName splitPersonName(const QString& fullName);

} // namespace Fieldbook
