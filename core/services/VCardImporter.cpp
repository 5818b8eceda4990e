#include "VCardImporter.h"

#include "ImportReferences.h"
#include "ImportRowWriter.h"
#include "InputFile.h"
#include "io/VCardReader.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The stored contact with what the card carries laid over it.
Contact merged(const Contact& stored, const Contact& card) {
    Contact c = stored;
    for (auto member : {&Contact::firstName, &Contact::lastName, &Contact::title, &Contact::notes}) {
        if (!(card.*member).isEmpty())
            c.*member = card.*member;
    }
    if (!card.emails.isEmpty())
        c.emails = card.emails;
    if (!card.phones.isEmpty())
        c.phones = card.phones;
    if (!card.address.isEmpty())
        c.address = card.address;
    if (card.birthday.isValid())
        c.birthday = card.birthday;
    if (!card.tags.isEmpty())
        c.tags = card.tags;
    if (c.externalId.isEmpty())
        c.externalId = card.externalId;
    return c;
}

class VCardImportRun final {
public:
    explicit VCardImportRun(Database& db)
        : m_contacts(db)
        , m_accounts(db)
        , m_references(db) {}

    /// Writes one card; a failed Result aborts the import.
    Result<void> write(const VCardEntry& entry) {
        QString reason;
        auto existing = match(entry, &reason);
        if (!existing)
            return std::unexpected(existing.error());
        Contact c = *existing ? merged(**existing, entry.contact) : entry.contact;
        if (reason.isEmpty() && !entry.organization.trimmed().isEmpty()) {
            auto account = accountFor(entry.organization.trimmed(), &reason);
            if (!account)
                return std::unexpected(account.error());
            c.accountId = *account;
        }
        if (!reason.isEmpty()) {
            m_report.rejected.append({entry.firstLine, reason});
            return {};
        }
        auto stored = m_contacts.save(std::move(c));
        if (!stored) {
            if (!ImportRowWriter::isRowError(stored.error()))
                return std::unexpected(stored.error());
            m_report.rejected.append({entry.firstLine, stored.error().message});
            return {};
        }
        ++(*existing ? m_report.updated : m_report.imported);
        return {};
    }

    ImportReport& report() { return m_report; }

private:
    Result<std::optional<Contact>> match(const VCardEntry& entry, QString* reason) const {
        if (!entry.uid.isEmpty())
            return m_contacts.findByExternalId(entry.uid);
        if (entry.contact.emails.isEmpty())
            return std::optional<Contact>();
        const QString email = entry.contact.emails.first().value;
        auto found = m_contacts.findByEmail(email);
        if (!found)
            return std::unexpected(found.error());
        if (found->size() > 1)
            *reason = VCardImporter::tr("e-mail '%1' matches %2 contacts").arg(email).arg(found->size());
        if (found->size() != 1)
            return std::optional<Contact>();
        return std::optional<Contact>(found->first());
    }

    Result<QString> accountFor(const QString& organization, QString* reason) {
        auto ids = m_references.accounts(organization);
        if (!ids)
            return std::unexpected(ids.error());
        if (ids->size() == 1)
            return ids->first();
        if (ids->size() > 1) {
            *reason = ImportReferences::single(*ids, u"ORG"_s, organization, false).error().message;
            return QString();
        }
        Account account;
        account.name = organization;
        auto created = m_accounts.save(std::move(account));
        if (!created) {
            if (!ImportRowWriter::isRowError(created.error()))
                return std::unexpected(created.error());
            *reason = created.error().message;
            return QString();
        }
        m_references.accountSaved(created->id, {}, created->name);
        return created->id;
    }

    ContactRepository m_contacts;
    AccountRepository m_accounts;
    ImportReferences m_references;
    ImportReport m_report;
};

} // namespace

Result<ImportReport> VCardImporter::run(Database& db, const VCardImportRequest& request, const ProgressFn& progress) {
    QFile file;
    QIODevice* device = request.device;
    if (!device) {
        if (auto opened = InputFile::open(request.path, file); !opened)
            return std::unexpected(opened.error());
        device = &file;
    }
    auto parsed = VCardReader::read(device);
    if (!parsed)
        return std::unexpected(parsed.error());

    VCardImportRun importRun(db);
    for (const auto& problem : std::as_const(parsed->problems))
        importRun.report().rejected.append({problem.line, problem.message});
    const qint64 total = parsed->entries.size();
    bool dryRunRolledBack = false;
    auto ok = db.transaction([&]() -> Result<void> {
        qint64 done = 0;
        for (const auto& entry : std::as_const(parsed->entries)) {
            if (auto written = importRun.write(entry); !written)
                return written;
            if (++done % 500 == 0 && progress && !progress(WorkProgress{done, total, 0, -1}))
                return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        }
        if (progress && !progress(WorkProgress{done, total, 0, -1}))
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        if (request.dryRun) {
            dryRunRolledBack = true;
            return fail(ErrorCode::Cancelled, tr("Dry run: nothing was imported."));
        }
        return {};
    });
    if (!ok && !dryRunRolledBack) {
        Error error = ok.error();
        // The file was read before the transaction: an I/O failure now is the database's.
        if (error.code == ErrorCode::Io)
            error.code = ErrorCode::Database;
        return std::unexpected(std::move(error));
    }
    auto& rejected = importRun.report().rejected;
    std::stable_sort(rejected.begin(), rejected.end(),
                     [](const RejectedRow& a, const RejectedRow& b) { return a.row < b.row; });
    return importRun.report();
}

} // namespace Fieldbook
