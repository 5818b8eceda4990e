#include "ContactImportWriter.h"

#include "CsvFieldFormat.h"
#include "ImportMatch.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "common/Validation.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

qsizetype indexOfType(const ContactPoints& points, bool mobile) {
    for (qsizetype i = 0; i < points.size(); ++i) {
        if ((points.at(i).type == u"mobile"_s) == mobile)
            return i;
    }
    return -1;
}

} // namespace

ContactImportWriter::ContactImportWriter(Database& db, ImportReferences& references)
    : m_repository(db)
    , m_references(references) {}

Result<std::optional<Contact>> ContactImportWriter::match(const ImportRow& row, QString* reason) const {
    return matchByExternalIdOrEmail<Contact>(m_repository, row, reason, [](const QString& email, qsizetype count) {
        return tr("e-mail '%1' matches %2 contacts; add external ids to tell them apart").arg(email).arg(count);
    });
}

Result<QString> ContactImportWriter::applyReferencesAndValues(const ImportRow& row, Contact& c) {
    auto account = m_references.setAccount(row, u"account"_s, u"account_external_id"_s, &c.accountId);
    if (!account)
        return std::unexpected(account.error());
    if (!account->isEmpty())
        return *account;
    auto owner = m_references.setUser(row, u"owner"_s, &c.ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isEmpty())
        return *owner;
    if (row.has(u"do_not_call"_s)) {
        auto flag = CsvFieldFormat::parseFlag(u"do_not_call"_s, row.value(u"do_not_call"_s));
        if (!flag)
            return flag.error().message;
        c.doNotCall = *flag;
    }
    if (row.has(u"birthday"_s)) {
        auto date = CsvFieldFormat::parseDate(u"birthday"_s, row.value(u"birthday"_s));
        if (!date)
            return date.error().message;
        c.birthday = *date;
    }
    return QString();
}

Result<ImportRowWriter::RowResult> ContactImportWriter::write(const ImportRow& row, bool /*mayDefer*/) {
    QString reason;
    auto existing = match(row, &reason);
    if (!existing)
        return std::unexpected(existing.error());
    if (!reason.isEmpty())
        return rejected(reason);
    Contact c = existing->value_or(Contact{});
    if (!*existing)
        c.externalId = row.value(u"external_id"_s);

    using Text = std::pair<QString, QString Contact::*>;
    for (const auto& [field, member] :
         {Text{u"first_name"_s, &Contact::firstName}, Text{u"last_name"_s, &Contact::lastName},
          Text{u"title"_s, &Contact::title}, Text{u"notes"_s, &Contact::notes}}) {
        if (row.has(field))
            c.*member = row.value(field);
    }
    using Part = std::pair<QString, QString PostalAddress::*>;
    for (const auto& [field, member] :
         {Part{u"street"_s, &PostalAddress::street}, Part{u"city"_s, &PostalAddress::city},
          Part{u"region"_s, &PostalAddress::region}, Part{u"postal_code"_s, &PostalAddress::postalCode},
          Part{u"country"_s, &PostalAddress::country}}) {
        if (row.has(field))
            c.address.*member = row.value(field);
    }
    if (row.has(u"email"_s)) {
        const QString email = row.value(u"email"_s);
        const bool known = std::any_of(c.emails.cbegin(), c.emails.cend(), [&](const ContactPoint& p) {
            return emailMatchKey(p.value) == emailMatchKey(email);
        });
        if (!known || email.isEmpty())
            setPoint(c.emails, c.emails.isEmpty() ? -1 : 0, u"work"_s, email);
    }
    if (row.has(u"phone"_s))
        setPoint(c.phones, indexOfType(c.phones, false), u"work"_s, row.value(u"phone"_s));
    if (row.has(u"mobile"_s))
        setPoint(c.phones, indexOfType(c.phones, true), u"mobile"_s, row.value(u"mobile"_s));
    if (row.has(u"tags"_s))
        c.tags = CsvFieldFormat::parseTags(row.value(u"tags"_s));

    auto problem = applyReferencesAndValues(row, c);
    if (!problem)
        return std::unexpected(problem.error());
    if (!problem->isEmpty())
        return rejected(*problem);

    auto stored = m_repository.save(std::move(c));
    if (!stored)
        return rejectedOrFailed(stored.error());
    return saved(existing->has_value());
}

} // namespace Fieldbook
