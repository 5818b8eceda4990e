#include "OpportunityNames.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::OpportunityNames {

namespace {
/// Ids bound per statement: well below SQLite's limit of bound values.
constexpr qsizetype kChunk = 400;

QString marks() {
    static const QString text = u"?"_s + u", ?"_s.repeated(kChunk - 1);
    return text;
}
} // namespace

Result<QHash<QString, QString>> of(Database& db, const QStringList& ids) {
    QHash<QString, QString> names;
    names.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        // Always kChunk values (the last chunk padded with an id nothing has): one statement to cache.
        QVariantList values;
        values.reserve(kChunk);
        for (const QString& id : chunk)
            values.append(id);
        while (values.size() < kChunk)
            values.append(QString());
        auto read = db.connection().eachRow(
            u"SELECT id, name FROM opportunities WHERE deleted = 0 AND id IN (%1)"_s.arg(marks()), values,
            u"read opportunity names"_s, [&](const SqlRow& row) { names.insert(row.text(0), row.text(1)); });
        if (!read)
            return std::unexpected(read.error());
    }
    return names;
}

} // namespace Fieldbook::OpportunityNames
