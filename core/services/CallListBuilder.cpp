#include "CallListBuilder.h"

#include "CustomerSegments.h"
#include "domain/Lead.h"
#include "domain/PhoneNumber.h"
#include "io/CsvReader.h"
#include "store/db/Database.h"
#include "store/records/CallListRepository.h"
#include "store/records/LeadRepository.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

struct CallListBuilder::Build {
    QSet<QString> blocked; ///< numbers of people who asked not to be called
    QSet<QString> seen;    ///< numbers on the list or taken in this build
    QList<CallListEntry> entries;
    CallListBuildReport report;
};

namespace {

/// The first column whose name is one of `names` (ignoring case), or -1.
qsizetype columnOf(const QStringList& header, std::initializer_list<QStringView> names) {
    for (qsizetype i = 0; i < header.size(); ++i)
        for (QStringView name : names)
            if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

/// A number already in international form ("+49 30 1234567", "+1-555-0100"), as the app stores
/// what people type, in E.164 without asking libphonenumber: reading one there costs about 35 µs,
/// most of a 50,000-number list's build (docs/telesales.md, Performance). "" for anything else
/// (a local number, letters, an extension, a trunk prefix written "(0)"), which libphonenumber reads.
QString plainInternational(const QString& text) {
    const QString t = text.trimmed();
    if (!t.startsWith(u'+') || t.contains(u"(0)"_s))
        return {};
    QString digits = u"+"_s;
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {};
    }
    // E.164: a country code that does not start with 0, at most 15 digits; 8 is the shortest real one.
    const qsizetype count = digits.size() - 1;
    return count >= 8 && count <= 15 && digits.at(1) != u'0' ? digits : QString();
}

} // namespace

CallListBuilder::CallListBuilder(Database& db, QString region)
    : m_db(db)
    , m_region(std::move(region)) {}

Result<QStringList> CallListBuilder::segmentAccounts(Database& db, const QString& segment, QDate asOf) {
    RfmSegment wanted{};
    if (!parseRfmSegment(segment, &wanted)) {
        QStringList keys;
        for (RfmSegment s : allRfmSegments())
            keys.append(rfmSegmentKey(s));
        return fail(ErrorCode::InvalidInput,
                    tr("'%1' is not an RFM segment; available: %2").arg(segment, keys.join(u", "_s)));
    }
    auto report = CustomerSegments::build(db, asOf);
    if (!report)
        return std::unexpected(report.error());
    QStringList accounts;
    for (const CustomerValue& c : std::as_const(report->customers))
        if (c.score.segment == wanted)
            accounts.append(c.account.id);
    return accounts;
}

QString CallListBuilder::e164(const QString& text, const QString& region) {
    if (text.trimmed().isEmpty())
        return {};
    if (const QString plain = plainInternational(text); !plain.isEmpty())
        return plain;
    auto number = PhoneNumber::international(text, region);
    if (!number)
        return {};
    QString digits = number->section(u" x"_s, 0, 0); // an extension is dialled by hand
    digits.remove(u' ');
    return digits;
}

Result<CallListBuilder::Build> CallListBuilder::start(const QString& listId) const {
    Build build;
    auto blocked = CallListCandidates(m_db).doNotCallNumbers();
    if (!blocked)
        return std::unexpected(blocked.error());
    for (const QString& n : std::as_const(*blocked))
        if (const QString number = e164(n, m_region); !number.isEmpty())
            build.blocked.insert(number);
    auto onList = CallListRepository(m_db).entries(listId);
    if (!onList)
        return std::unexpected(onList.error());
    for (const CallListEntry& e : std::as_const(*onList))
        if (e.status != CallEntryStatus::Removed)
            build.seen.insert(e.phone);
    return build;
}

void CallListBuilder::take(Build& build, const CallCandidate& c) const {
    if (c.doNotCall) {
        ++build.report.doNotCall;
        return;
    }
    QString number;
    for (const QString& phone : c.phones)
        if (number = e164(phone, m_region); !number.isEmpty())
            break;
    if (number.isEmpty()) {
        ++build.report.noNumber;
        return;
    }
    if (build.blocked.contains(number)) {
        ++build.report.doNotCall;
        return;
    }
    if (build.seen.contains(number)) {
        ++build.report.duplicates;
        return;
    }
    build.seen.insert(number);
    CallListEntry e;
    e.contactId = c.contactId;
    e.leadId = c.leadId;
    e.accountId = c.accountId;
    e.name = c.name;
    e.phone = number;
    build.entries.append(e);
}

Result<CallListBuildReport> CallListBuilder::finish(const QString& listId, Build& build) {
    if (auto ok = CallListRepository(m_db).add(listId, build.entries); !ok)
        return std::unexpected(ok.error());
    build.report.added = int(build.entries.size());
    return build.report;
}

Result<CallListCreated> CallListBuilder::create(CallList list, CallListSource from, const CallListFilter& filter,
                                                const QString& csvPath) {
    auto saved = CallListRepository(m_db).save(std::move(list));
    if (!saved)
        return std::unexpected(saved.error());
    auto report = csvPath.isEmpty() ? fromStore(saved->id, from, filter) : fromCsv(saved->id, csvPath);
    if (!report) {
        (void)CallListRepository(m_db).remove(saved->id);
        return std::unexpected(report.error());
    }
    auto stored = CallListRepository(m_db).list(saved->id); // with the reps the entries went to
    return CallListCreated{.list = stored && *stored ? **stored : *saved, .report = *report};
}

Result<CallListBuildReport> CallListBuilder::fromStore(const QString& listId, CallListSource source,
                                                       const CallListFilter& filter) {
    auto build = start(listId);
    if (!build)
        return std::unexpected(build.error());
    auto candidates = CallListCandidates(m_db).read(source, filter);
    if (!candidates)
        return std::unexpected(candidates.error());
    for (const CallCandidate& c : std::as_const(*candidates))
        take(*build, c);
    return finish(listId, *build);
}

Result<void> CallListBuilder::takeCsvRow(Build& build, const QString& name, const QString& company,
                                         const QString& phone, int row) {
    const QString number = e164(phone, m_region);
    if (number.isEmpty()) {
        build.report.problems.append(tr("Row %1: '%2' is not a phone number.").arg(row).arg(phone));
        ++build.report.noNumber;
        return {};
    }
    auto known = CallListCandidates(m_db).byNumber(number);
    if (!known)
        return std::unexpected(known.error());
    if (known->contactId.isEmpty() && known->leadId.isEmpty()) {
        Lead lead;
        const PersonName person = splitPersonName(name.trimmed());
        lead.firstName = person.first;
        lead.lastName = person.last.isEmpty() && person.first.isEmpty() ? company.trimmed() : person.last;
        lead.company = company.trimmed();
        lead.phone = *PhoneNumber::international(phone, m_region);
        lead.source = tr("Call list");
        auto saved = LeadRepository(m_db).save(lead);
        if (!saved)
            return std::unexpected(saved.error());
        ++build.report.newLeads;
        known = CallCandidate{.contactId = {},
                              .leadId = saved->id,
                              .accountId = {},
                              .name = saved->displayName().isEmpty() ? saved->company : saved->displayName(),
                              .phones = {},
                              .doNotCall = false};
    }
    known->phones = {number}; // the number the file gives, not the first one the person has
    take(build, *known);
    return {};
}

Result<CallListBuildReport> CallListBuilder::fromCsv(const QString& listId, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    CsvReader csv(&file);
    auto header = csv.header();
    if (!header)
        return std::unexpected(header.error());
    const qsizetype phone = columnOf(*header, {u"phone", u"number", u"telephone", u"mobile", u"电话", u"手机"});
    if (phone < 0)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has no phone column (phone, number, telephone or mobile).").arg(path));
    const qsizetype name = columnOf(*header, {u"name", u"contact", u"姓名", u"联系人"});
    const qsizetype company = columnOf(*header, {u"company", u"account", u"公司"});
    CallListBuildReport report;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto build = start(listId);
        if (!build)
            return std::unexpected(build.error());
        while (csv.canContinue()) {
            auto record = csv.next();
            if (!record) {
                build->report.problems.append(record.error().message);
                continue;
            }
            if (!*record)
                break;
            const CsvRecord& r = **record;
            if (auto taken = takeCsvRow(*build, r.value(name), r.value(company), r.value(phone), r.row); !taken)
                return taken;
        }
        auto done = finish(listId, *build);
        if (!done)
            return std::unexpected(done.error());
        report = *done;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace Fieldbook
