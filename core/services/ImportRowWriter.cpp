#include "ImportRowWriter.h"

#include "AccountImportWriter.h"
#include "CommissionPlanImportWriter.h"
#include "ContactImportWriter.h"
#include "LeadImportWriter.h"
#include "OpportunityImportWriter.h"
#include "ProductImportWriter.h"
#include "QuotaImportWriter.h"
#include "UserImportWriter.h"

namespace Fieldbook {

std::unique_ptr<ImportRowWriter> ImportRowWriter::create(ImportRecordType type, Database& db,
                                                         ImportReferences& references) {
    switch (type) {
    case ImportRecordType::Accounts:
        return std::make_unique<AccountImportWriter>(db, references);
    case ImportRecordType::Contacts:
        return std::make_unique<ContactImportWriter>(db, references);
    case ImportRecordType::Leads:
        return std::make_unique<LeadImportWriter>(db, references);
    case ImportRecordType::Products:
        return std::make_unique<ProductImportWriter>(db);
    case ImportRecordType::Opportunities:
        return std::make_unique<OpportunityImportWriter>(db, references);
    case ImportRecordType::Quotas:
        return std::make_unique<QuotaImportWriter>(db, references);
    case ImportRecordType::CommissionPlans:
        return std::make_unique<CommissionPlanImportWriter>(db, references);
    case ImportRecordType::Users:
        break;
    }
    return std::make_unique<UserImportWriter>(db, references);
}

bool ImportRowWriter::isRowError(const Error& error) {
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ||
           error.code == ErrorCode::Duplicate;
}

Result<ImportRowWriter::RowResult> ImportRowWriter::rejectedOrFailed(const Error& error) {
    if (isRowError(error))
        return rejected(error.message);
    return std::unexpected(error);
}

void ImportRowWriter::setPoint(ContactPoints& points, qsizetype index, const QString& type, const QString& value) {
    if (value.isEmpty()) {
        if (index >= 0)
            points.removeAt(index);
    } else if (index >= 0) {
        points[index].value = value;
    } else {
        points.append({type, value});
    }
}

} // namespace Fieldbook
