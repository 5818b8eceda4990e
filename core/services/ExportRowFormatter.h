#pragma once

#include "common/Error.h"
#include "domain/Account.h"
#include "domain/Contact.h"

#include <QJsonObject>
#include <QStringList>

namespace Fieldbook {

class ExportNames;

/// One record as a CSV row (in ImportSchema::fields() order, values as CsvFieldFormat writes them)
/// or as a JSON object with every field.
class ExportRowFormatter final {
public:
    [[nodiscard]] static Result<QStringList> csvRow(const Account& account, ExportNames& names);
    [[nodiscard]] static Result<QStringList> csvRow(const Contact& contact, ExportNames& names);
    [[nodiscard]] static Result<QJsonObject> json(const Account& account, ExportNames& names);
    [[nodiscard]] static Result<QJsonObject> json(const Contact& contact, ExportNames& names);
};

} // namespace Fieldbook
