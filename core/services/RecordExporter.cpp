#include "RecordExporter.h"

#include "ExportNames.h"
#include "ExportRowFormatter.h"
#include "ImportSchema.h"
#include "io/CsvWriter.h"
#include "io/VCardWriter.h"
#include "protocol/RecordType.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"

#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Receives the records of one export in order; one implementation per format.
template<class Record>
class RecordSink {
public:
    virtual ~RecordSink() = default;
    [[nodiscard]] virtual Result<void> begin() = 0;
    [[nodiscard]] virtual Result<void> write(const Record& record) = 0;
    [[nodiscard]] virtual Result<void> end() = 0;
};

Result<void> writeBytes(QIODevice* device, const QByteArray& bytes) {
    if (device->write(bytes) != bytes.size())
        return fail(ErrorCode::Io,
                    RecordExporter::tr("The export could not be written: %1").arg(device->errorString()));
    return {};
}

template<class Record>
class CsvSink final : public RecordSink<Record> {
public:
    CsvSink(QIODevice* device, ImportRecordType type, ExportNames& names)
        : m_writer(device)
        , m_type(type)
        , m_names(names) {}
    Result<void> begin() override { return m_writer.writeRow(ImportSchema::fields(m_type)); }
    Result<void> write(const Record& record) override {
        auto row = ExportRowFormatter::csvRow(record, m_names);
        if (!row)
            return std::unexpected(row.error());
        return m_writer.writeRow(*row);
    }
    Result<void> end() override { return {}; }

private:
    CsvWriter m_writer;
    ImportRecordType m_type;
    ExportNames& m_names;
};

template<class Record>
class JsonSink final : public RecordSink<Record> {
public:
    JsonSink(QIODevice* device, ExportNames& names)
        : m_device(device)
        , m_names(names) {}
    Result<void> begin() override { return writeBytes(m_device, "["); }
    Result<void> write(const Record& record) override {
        auto object = ExportRowFormatter::json(record, m_names);
        if (!object)
            return std::unexpected(object.error());
        const QByteArray separator = std::exchange(m_first, false) ? "\n" : ",\n";
        return writeBytes(m_device, separator + QJsonDocument(*object).toJson(QJsonDocument::Compact));
    }
    Result<void> end() override { return writeBytes(m_device, m_first ? "]\n" : "\n]\n"); }

private:
    QIODevice* m_device;
    ExportNames& m_names;
    bool m_first = true;
};

class VCardSink final : public RecordSink<Contact> {
public:
    VCardSink(QIODevice* device, VCardWriter::Version version, ExportNames& names)
        : m_writer(device, version)
        , m_names(names) {}
    Result<void> begin() override { return {}; }
    Result<void> write(const Contact& contact) override {
        auto organization = m_names.account(contact.accountId);
        if (!organization)
            return std::unexpected(organization.error());
        return m_writer.write(contact, *organization);
    }
    Result<void> end() override { return {}; }

private:
    VCardWriter m_writer;
    ExportNames& m_names;
};

template<class Record, class Repository>
Result<qint64> exportAll(const Repository& repository, RecordSink<Record>& sink, const ProgressFn& progress) {
    auto total = repository.count();
    if (!total)
        return std::unexpected(total.error());
    if (auto ok = sink.begin(); !ok)
        return std::unexpected(ok.error());
    qint64 cursor = 0;
    qint64 written = 0;
    for (;;) {
        auto page = repository.page(cursor, RecordExporter::kPageSize, &cursor);
        if (!page)
            return std::unexpected(page.error());
        if (page->isEmpty())
            break;
        for (const Record& record : std::as_const(*page)) {
            if (auto ok = sink.write(record); !ok)
                return std::unexpected(ok.error());
            ++written;
        }
        if (progress && !progress(WorkProgress{written, *total, 0, -1}))
            return fail(ErrorCode::Cancelled, RecordExporter::tr("The export was cancelled."));
    }
    if (auto ok = sink.end(); !ok)
        return std::unexpected(ok.error());
    return written;
}

} // namespace

std::optional<ExportRecordType> RecordExporter::typeOf(const QString& table) {
    for (const auto& [type, exported] : {std::pair{&RecordType::contacts(), ExportRecordType::Contacts},
                                         std::pair{&RecordType::accounts(), ExportRecordType::Accounts}})
        if (type->table == table)
            return exported;
    return std::nullopt;
}

Result<qint64> RecordExporter::run(Database& db, const ExportRequest& request, const ProgressFn& progress) {
    ExportNames names(db);
    const bool vcard = request.format == ExportFormat::VCard3 || request.format == ExportFormat::VCard4;
    if (request.type == ExportRecordType::Accounts) {
        if (vcard)
            return fail(ErrorCode::Unsupported, tr("vCard export is available for contacts only; use csv or json for "
                                                   "accounts."));
        std::unique_ptr<RecordSink<Account>> sink;
        if (request.format == ExportFormat::Csv)
            sink = std::make_unique<CsvSink<Account>>(request.device, ImportRecordType::Accounts, names);
        else
            sink = std::make_unique<JsonSink<Account>>(request.device, names);
        return exportAll<Account>(AccountRepository(db), *sink, progress);
    }
    std::unique_ptr<RecordSink<Contact>> sink;
    if (request.format == ExportFormat::Csv)
        sink = std::make_unique<CsvSink<Contact>>(request.device, ImportRecordType::Contacts, names);
    else if (request.format == ExportFormat::Json)
        sink = std::make_unique<JsonSink<Contact>>(request.device, names);
    else
        sink = std::make_unique<VCardSink>(
            request.device,
            request.format == ExportFormat::VCard3 ? VCardWriter::Version::V3_0 : VCardWriter::Version::V4_0, names);
    return exportAll<Contact>(ContactRepository(db), *sink, progress);
}

} // namespace Fieldbook
