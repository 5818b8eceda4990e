#include "Lead.h"

#include "Contact.h"
#include "common/KeyTable.h"
#include "common/Picklist.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr KeyName<LeadStatus> kStatuses[] = {
    {LeadStatus::New, u"new", QT_TRANSLATE_NOOP("Lead", "New")},
    {LeadStatus::Working, u"working", QT_TRANSLATE_NOOP("Lead", "Working")},
    {LeadStatus::Qualified, u"qualified", QT_TRANSLATE_NOOP("Lead", "Qualified")},
    {LeadStatus::Disqualified, u"disqualified", QT_TRANSLATE_NOOP("Lead", "Disqualified")},
    {LeadStatus::Converted, u"converted", QT_TRANSLATE_NOOP("Lead", "Converted")},
};

constexpr KeyName<LeadRating> kRatings[] = {
    {LeadRating::None, u"", QT_TRANSLATE_NOOP("Lead", "Not rated")},
    {LeadRating::Hot, u"hot", QT_TRANSLATE_NOOP("Lead", "Hot")},
    {LeadRating::Warm, u"warm", QT_TRANSLATE_NOOP("Lead", "Warm")},
    {LeadRating::Cold, u"cold", QT_TRANSLATE_NOOP("Lead", "Cold")},
};

const Picklist& sourcePicklist() {
    static const Picklist list("LeadSource", {
                                                 {"Web", QT_TRANSLATE_NOOP("LeadSource", "Web")},
                                                 {"Referral", QT_TRANSLATE_NOOP("LeadSource", "Referral")},
                                                 {"Trade fair", QT_TRANSLATE_NOOP("LeadSource", "Trade fair")},
                                                 {"Cold call", QT_TRANSLATE_NOOP("LeadSource", "Cold call")},
                                                 {"Partner", QT_TRANSLATE_NOOP("LeadSource", "Partner")},
                                                 {"Advertisement", QT_TRANSLATE_NOOP("LeadSource", "Advertisement")},
                                                 {"Social media", QT_TRANSLATE_NOOP("LeadSource", "Social media")},
                                             });
    return list;
}

/// Chinese family names of two characters; every other CJK family name is one character.
const QStringList& compoundFamilyNames() {
    static const QStringList names{u"欧阳"_s, u"司马"_s, u"上官"_s, u"诸葛"_s, u"东方"_s, u"皇甫"_s,
                                   u"尉迟"_s, u"公孙"_s, u"慕容"_s, u"令狐"_s, u"长孙"_s, u"宇文"_s,
                                   u"司徒"_s, u"夏侯"_s, u"轩辕"_s, u"端木"_s, u"独孤"_s, u"南宫"_s};
    return names;
}

/// Han, kana and hangul: the scripts whose names are written family name first.
bool hasCjk(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const auto u = c.unicode();
        return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
               (u >= 0xF900 && u <= 0xFAFF);
    });
}

} // namespace

QString leadStatusKey(LeadStatus status) {
    return keyOf(kStatuses, status);
}

bool parseLeadStatus(const QString& key, LeadStatus* status) {
    return parseKey(kStatuses, key, status);
}

QString leadRatingKey(LeadRating rating) {
    return keyOf(kRatings, rating);
}

bool parseLeadRating(const QString& key, LeadRating* rating) {
    return parseKey(kRatings, key, rating);
}

QString leadStatusName(LeadStatus status) {
    return QCoreApplication::translate("Lead", nameOf(kStatuses, status));
}

QString leadRatingName(LeadRating rating) {
    return QCoreApplication::translate("Lead", nameOf(kRatings, rating));
}

QList<LeadStatus> leadStatuses() {
    QList<LeadStatus> list;
    for (const auto& e : kStatuses)
        list.append(e.value);
    return list;
}

QList<LeadRating> leadRatings() {
    QList<LeadRating> list;
    for (const auto& e : kRatings)
        list.append(e.value);
    return list;
}

QStringList leadSources() {
    return sourcePicklist().keys();
}

QString leadSourceName(const QString& source) {
    return sourcePicklist().name(source);
}

QString leadSourceKey(const QString& shown) {
    return sourcePicklist().key(shown);
}

bool isOpenLeadStatus(LeadStatus status) {
    return status == LeadStatus::New || status == LeadStatus::Working || status == LeadStatus::Qualified;
}

bool leadStatusChangeAllowed(LeadStatus from, LeadStatus to) {
    if (from == LeadStatus::Converted || to == LeadStatus::Converted)
        return from == to;
    return true; // open <-> open, open -> disqualified, disqualified -> open (reopening)
}

QString Lead::displayName() const {
    Contact person;
    person.firstName = firstName;
    person.lastName = lastName;
    return person.displayName();
}

PersonName splitPersonName(const QString& fullName) {
    const QString text = fullName.simplified();
    if (text.isEmpty())
        return {};
    if (const qsizetype comma = text.indexOf(u','); comma >= 0)
        return {text.mid(comma + 1).trimmed(), text.left(comma).trimmed()};
    const qsizetype space = text.indexOf(u' ');
    if (hasCjk(text)) {
        // Family name first: at the space when there is one, else by the family name's length.
        if (space > 0)
            return {text.mid(space + 1), text.left(space)};
        if (text.size() == 1)
            return {{}, text};
        const qsizetype familyLength = text.size() > 2 && compoundFamilyNames().contains(text.left(2)) ? 2 : 1;
        return {text.mid(familyLength), text.left(familyLength)};
    }
    const qsizetype last = text.lastIndexOf(u' ');
    if (last < 0)
        return {{}, text};
    return {text.left(last), text.mid(last + 1)};
}

} // namespace Fieldbook
