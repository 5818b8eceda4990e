#include "CallListCandidates.h"

#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/SqlConnection.h"
#include "protocol/RecordType.h"
#include "store/write/RecordKeys.h"
#include "domain/Contact.h"
#include "domain/Lead.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The conditions on where someone is: the account's industry (alias `a`), the region or country
/// (of the person `person` too, an alias or ""), a tag of the records of `alias` in `table`, and
/// the accounts `f.accountIds` (`accountColumn`).
void addPlace(const CallListFilter& f, const QString& person, const QString& alias, const QString& table,
              const QString& accountColumn, QString& sql, QVariantList& values) {
    if (!f.industry.isEmpty()) {
        sql += u" AND a.industry = ?"_s;
        values.append(f.industry);
    }
    if (!f.region.isEmpty()) {
        const QString own = person.isEmpty() ? QString() : person + u".region, "_s + person + u".country, "_s;
        sql += u" AND ? COLLATE NOCASE IN ("_s + own + u"a.region, a.country)"_s;
        values.append(f.region.trimmed());
    }
    if (!f.tag.isEmpty()) {
        sql += u" AND "_s + alias +
               u".id IN (SELECT record_id FROM record_keys WHERE kind = 'tag' AND value = ? AND record_table = ?)"_s;
        values.append(RecordKeys::tagKey(f.tag));
        values.append(table);
    }
    if (f.accountIds) {
        sql += u" AND "_s + accountColumn + u" IN ("_s + QStringList(f.accountIds->size(), u"?"_s).join(u',') + u')';
        for (const QString& id : *f.accountIds)
            values.append(id);
    }
}

/// The conditions every source shares: a selection, an owner, no activity since a day.
void addCommon(const CallListFilter& f, const QString& alias, const QString& activityLink, QString& sql,
               QVariantList& values) {
    if (!f.ids.isEmpty()) {
        sql += u" AND "_s + alias + u".id IN ("_s + QStringList(f.ids.size(), u"?"_s).join(u',') + u')';
        for (const QString& id : f.ids)
            values.append(id);
    }
    if (!f.ownerId.isEmpty()) {
        sql += u" AND "_s + alias + u".owner_id = ?"_s;
        values.append(f.ownerId);
    }
    if (f.notContactedSince.isValid()) {
        sql += u" AND NOT EXISTS (SELECT 1 FROM activities x WHERE x."_s + activityLink + u" = "_s + alias +
               u".id AND x.deleted = 0 AND x.starts_at >= ?)"_s;
        values.append(f.notContactedSince.startOfDay().toMSecsSinceEpoch());
    }
}

} // namespace

CallListCandidates::CallListCandidates(Database& db)
    : m_db(db) {}

Result<QList<CallCandidate>> CallListCandidates::read(CallListSource source, const CallListFilter& filter) const {
    switch (source) {
    case CallListSource::Leads:
        return leads(filter);
    case CallListSource::Accounts:
        return accounts(filter);
    default:
        return contacts(filter);
    }
}

Result<QList<CallCandidate>> CallListCandidates::contacts(const CallListFilter& f) const {
    QString sql = u"SELECT c.id, c.first_name, c.last_name, c.account_id, c.phones, c.do_not_call FROM contacts c "
                  u"LEFT JOIN accounts a ON a.id = c.account_id AND a.deleted = 0 WHERE c.deleted = 0"_s;
    QVariantList values;
    addPlace(f, u"c"_s, u"c"_s, RecordType::contacts().table, u"c.account_id"_s, sql, values);
    addCommon(f, u"c"_s, u"contact_id"_s, sql, values);
    QList<CallCandidate> out;
    auto ok = m_db.connection().eachRow(sql + u" ORDER BY c.rid"_s, values, u"read the contacts to call"_s,
                                        [&](const SqlRow& row) {
                                            Contact c;
                                            c.firstName = row.text(1);
                                            c.lastName = row.text(2);
                                            QStringList phones;
                                            for (const ContactPoint& p : FieldCodec::decodeContactPoints(row.text(4)))
                                                phones.append(p.value);
                                            out.append({.contactId = row.text(0),
                                                        .leadId = {},
                                                        .accountId = row.text(3),
                                                        .name = c.displayName(),
                                                        .phones = phones,
                                                        .doNotCall = row.integer(5) != 0});
                                        });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

Result<QList<CallCandidate>> CallListCandidates::leads(const CallListFilter& f) const {
    QString sql = u"SELECT l.id, l.first_name, l.last_name, l.company, l.phone, l.do_not_call FROM leads l "
                  u"WHERE l.deleted = 0 AND l.converted_at = 0"_s;
    QVariantList values;
    if (!f.leadStatus.isEmpty()) {
        sql += u" AND l.status = ?"_s;
        values.append(f.leadStatus);
    }
    addCommon(f, u"l"_s, u"lead_id"_s, sql, values);
    QList<CallCandidate> out;
    auto ok = m_db.connection().eachRow(sql + u" ORDER BY l.rid"_s, values, u"read the leads to call"_s,
                                        [&](const SqlRow& row) {
                                            Lead l;
                                            l.firstName = row.text(1);
                                            l.lastName = row.text(2);
                                            const QString name = l.displayName();
                                            out.append({.contactId = {},
                                                        .leadId = row.text(0),
                                                        .accountId = {},
                                                        .name = name.isEmpty() ? row.text(3) : name,
                                                        .phones = {row.text(4)},
                                                        .doNotCall = row.integer(5) != 0});
                                        });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

Result<QList<CallCandidate>> CallListCandidates::accounts(const CallListFilter& f) const {
    QString sql = u"SELECT a.id, a.name, a.phones FROM accounts a WHERE a.deleted = 0"_s;
    QVariantList values;
    addPlace(f, {}, u"a"_s, RecordType::accounts().table, u"a.id"_s, sql, values);
    addCommon(f, u"a"_s, u"account_id"_s, sql, values);
    QList<CallCandidate> out;
    auto ok = m_db.connection().eachRow(sql + u" ORDER BY a.rid"_s, values, u"read the accounts to call"_s,
                                        [&](const SqlRow& row) {
                                            QStringList phones;
                                            for (const ContactPoint& p : FieldCodec::decodeContactPoints(row.text(2)))
                                                phones.append(p.value);
                                            out.append({.contactId = {},
                                                        .leadId = {},
                                                        .accountId = row.text(0),
                                                        .name = row.text(1),
                                                        .phones = phones,
                                                        .doNotCall = false});
                                        });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

Result<QStringList> CallListCandidates::doNotCallNumbers() const {
    QStringList numbers;
    auto contacts =
        m_db.connection().eachRow(u"SELECT phones FROM contacts WHERE deleted = 0 AND do_not_call <> 0"_s, {},
                                  u"read do-not-call numbers"_s, [&](const SqlRow& row) {
                                      for (const ContactPoint& p : FieldCodec::decodeContactPoints(row.text(0)))
                                          numbers.append(p.value);
                                  });
    if (!contacts)
        return std::unexpected(contacts.error());
    auto leads = m_db.connection().eachRow(
        u"SELECT phone FROM leads WHERE deleted = 0 AND do_not_call <> 0 AND phone <> ''"_s, {},
        u"read do-not-call numbers"_s, [&](const SqlRow& row) { numbers.append(row.text(0)); });
    if (!leads)
        return std::unexpected(leads.error());
    return numbers;
}

Result<CallCandidate> CallListCandidates::byNumber(const QString& phone) const {
    // A contact first: a lead with the same number is usually the same person before conversion.
    for (const CallListSource source : {CallListSource::Contacts, CallListSource::Leads}) {
        const bool contact = source == CallListSource::Contacts;
        auto found = m_db.connection().scalar(
            u"SELECT record_id FROM record_keys WHERE kind = 'phone' AND value = ? AND record_table = "_s +
                (contact ? u"'contacts'"_s : u"'leads'"_s) + u" LIMIT 1"_s,
            {RecordKeys::phoneKey(phone)}, u"find a number"_s);
        if (!found)
            return std::unexpected(found.error());
        if (!found->isValid())
            continue;
        CallListFilter only;
        only.ids = {found->toString()};
        auto matches = read(source, only);
        if (!matches)
            return std::unexpected(matches.error());
        if (!matches->isEmpty())
            return matches->first();
    }
    return CallCandidate{};
}

} // namespace Fieldbook
