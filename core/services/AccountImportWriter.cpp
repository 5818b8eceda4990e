#include "AccountImportWriter.h"

#include "CsvFieldFormat.h"
#include "ImportReferences.h"
#include "ImportRow.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

AccountImportWriter::AccountImportWriter(Database& db, ImportReferences& references)
    : m_repository(db)
    , m_references(references) {}

Result<std::optional<Account>> AccountImportWriter::match(const ImportRow& row, QString* reason) {
    const QString externalId = row.value(u"external_id"_s);
    if (!externalId.isEmpty())
        return m_repository.findByExternalId(externalId);
    const QString name = row.value(u"name"_s);
    if (name.isEmpty())
        return std::optional<Account>();
    auto ids = m_references.accounts(name);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->size() > 1) {
        *reason = tr("name '%1' matches %2 accounts; add external ids to tell them apart").arg(name).arg(ids->size());
        return std::optional<Account>();
    }
    if (ids->isEmpty())
        return std::optional<Account>();
    auto account = m_repository.get(ids->first());
    if (!account)
        return std::unexpected(account.error());
    return std::optional<Account>(std::move(*account));
}

Result<ImportRowWriter::RowResult> AccountImportWriter::write(const ImportRow& row, bool mayDefer) {
    QString reason;
    auto existing = match(row, &reason);
    if (!existing)
        return std::unexpected(existing.error());
    if (!reason.isEmpty())
        return rejected(reason);
    Account a = existing->value_or(Account{});
    const QString oldName = a.name;
    if (!*existing)
        a.externalId = row.value(u"external_id"_s);
    if (const QString problem = applyFields(row, a); !problem.isEmpty())
        return rejected(problem);
    auto owner = m_references.setUser(row, u"owner"_s, &a.ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isEmpty())
        return rejected(*owner);
    auto parent = setParent(row, a, mayDefer);
    if (!parent)
        return std::unexpected(parent.error());
    if (*parent)
        return **parent;
    auto stored = m_repository.save(std::move(a));
    if (!stored)
        return rejectedOrFailed(stored.error());
    m_references.accountSaved(stored->id, oldName, stored->name);
    return saved(existing->has_value());
}

QString AccountImportWriter::applyFields(const ImportRow& row, Account& a) {
    using Text = std::pair<QString, QString Account::*>;
    for (const auto& [field, member] : {Text{u"name"_s, &Account::name}, Text{u"industry"_s, &Account::industry},
                                        Text{u"website"_s, &Account::website}, Text{u"notes"_s, &Account::notes}}) {
        if (row.has(field))
            a.*member = row.value(field);
    }
    using Part = std::pair<QString, QString PostalAddress::*>;
    for (const auto& [field, member] :
         {Part{u"street"_s, &PostalAddress::street}, Part{u"city"_s, &PostalAddress::city},
          Part{u"region"_s, &PostalAddress::region}, Part{u"postal_code"_s, &PostalAddress::postalCode},
          Part{u"country"_s, &PostalAddress::country}}) {
        if (row.has(field))
            a.address.*member = row.value(field);
    }
    if (row.has(u"phone"_s))
        setPoint(a.phones, a.phones.isEmpty() ? -1 : 0, u"work"_s, row.value(u"phone"_s));
    if (row.has(u"currency"_s)) {
        const QString currency = row.value(u"currency"_s);
        a.currency = currency.isEmpty() ? u"USD"_s : currency.toUpper();
    }
    if (row.has(u"annual_revenue"_s)) {
        auto revenue = CsvFieldFormat::parseMoney(u"annual_revenue"_s, row.value(u"annual_revenue"_s), a.currency);
        if (!revenue)
            return revenue.error().message;
        a.annualRevenue = *revenue;
    }
    if (row.has(u"employees"_s)) {
        const QString text = row.value(u"employees"_s);
        auto employees = text.isEmpty() ? Result<int>(0) : CsvFieldFormat::parseInteger(u"employees"_s, text);
        if (!employees)
            return employees.error().message;
        a.employees = *employees;
    }
    if (row.has(u"tags"_s))
        a.tags = CsvFieldFormat::parseTags(row.value(u"tags"_s));
    return {};
}

Result<std::optional<ImportRowWriter::RowResult>> AccountImportWriter::setParent(const ImportRow& row, Account& a,
                                                                                 bool mayDefer) {
    QString field = u"parent_external_id"_s;
    QString key = row.value(field);
    if (key.isEmpty()) {
        if (!row.has(u"parent"_s))
            return std::nullopt;
        field = u"parent"_s;
        key = row.value(field);
        a.parentId.clear();
        if (key.isEmpty())
            return std::nullopt;
    }
    auto ids = field == u"parent"_s ? m_references.accounts(key) : m_references.accountsByExternalId(key);
    if (!ids)
        return std::unexpected(ids.error());
    if (ids->isEmpty() && mayDefer)
        return RowResult{Outcome::Deferred, {}};
    auto id = ImportReferences::single(*ids, field, key, false);
    if (!id)
        return rejected(id.error().message);
    a.parentId = *id;
    return std::nullopt;
}

} // namespace Fieldbook
