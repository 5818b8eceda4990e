#include "ImportSetup.h"

#include "services/CsvImporter.h"
#include "services/VCardImporter.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportSource ImportSetup::sourceFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"vcf"_s || suffix == u"vcard"_s ? ImportSource::VCard : ImportSource::Csv;
}

QString ImportSetup::importablePath(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"vcf"_s || suffix == u"vcard"_s ? path : QString();
}

bool ImportSetup::isPicklist(const QString& field) {
    static const QStringList picklists{u"industry"_s, u"country"_s, u"region"_s, u"currency"_s, u"role"_s, u"team"_s};
    return picklists.contains(field);
}

qsizetype ImportSetup::columnOf(const QString& field) const {
    if (!sample)
        return -1;
    const auto mapped = fieldMap.constFind(field);
    if (mapped != fieldMap.cend())
        return mapped->isEmpty() ? -1 : sample->header().indexOf(*mapped);
    return ImportSchema::defaultColumn(type, field, sample->header());
}

QString ImportSetup::mappedValue(const QString& field, const QString& raw) const {
    const QString key = raw.trimmed().toLower();
    for (const auto& mapping : valueMap) {
        if (mapping.field == field && mapping.source.trimmed().toLower() == key)
            return mapping.target;
    }
    return raw;
}

LongTask::DatabaseJob ImportSetup::job(bool dryRun, std::shared_ptr<ImportReport> report) const {
    if (source == ImportSource::VCard) {
        const VCardImportRequest request{nullptr, path, dryRun};
        return [request, report](Database& db, const ProgressFn& progress) -> Result<void> {
            auto done = VCardImporter::run(db, request, progress);
            if (!done)
                return std::unexpected(done.error());
            *report = std::move(*done);
            return {};
        };
    }
    ImportRequest request;
    request.type = type;
    request.path = path;
    request.fieldMap = fieldMap;
    request.valueMap = valueMap;
    request.dryRun = dryRun;
    return [request, report](Database& db, const ProgressFn& progress) -> Result<void> {
        auto done = CsvImporter::run(db, request, progress);
        if (!done)
            return std::unexpected(done.error());
        *report = std::move(*done);
        return {};
    };
}

QStringList ImportSetup::touchedTables() const {
    if (source == ImportSource::VCard)
        return {u"accounts"_s, u"contacts"_s};
    switch (type) {
    case ImportRecordType::Accounts:
        return {u"accounts"_s};
    case ImportRecordType::Contacts:
        return {u"accounts"_s, u"contacts"_s};
    case ImportRecordType::Leads:
        return {u"leads"_s};
    case ImportRecordType::Products:
        return {u"products"_s, u"price_lists"_s, u"price_list_entries"_s};
    case ImportRecordType::Opportunities:
        return {u"opportunities"_s, u"opportunity_history"_s, u"opportunity_lines"_s};
    case ImportRecordType::Quotas:
        return {u"quotas"_s};
    case ImportRecordType::CommissionPlans:
        return {u"commission_plans"_s};
    case ImportRecordType::Users:
        break;
    }
    return {u"users"_s};
}

} // namespace Fieldbook
