#include "StageHistoryRead.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString ForecastClosing::clause(const std::optional<CloseRange>& closing, bool ofDeal) {
    if (!closing)
        return {};
    // Named indexes: without statistics SQLite would take opportunities_forecast for `deleted = 0`
    // and read every opportunity through it (docs/forecast.md, Performance).
    return ofDeal ? u" AND opportunity_id IN (SELECT id FROM opportunities INDEXED BY opportunities_closing "
                    u"WHERE deleted = 0 AND close_date BETWEEN ? AND ?)"_s
                  : u" AND close_date BETWEEN ? AND ?"_s;
}

QVariantList ForecastClosing::values(const std::optional<CloseRange>& closing) {
    if (!closing)
        return {};
    return {closing->first.toString(Qt::ISODate), closing->last.toString(Qt::ISODate)};
}

Result<StageHistory> StageHistory::read(Database& db, const std::optional<CloseRange>& closing) {
    StageHistory h;
    QHash<QByteArray, int> valueIds;
    auto ok =
        db.connection().eachRow(u"SELECT opportunity_id, new_value, changed_at FROM opportunity_history "
                                u"WHERE field = 'stage' AND deleted = 0"_s +
                                    ForecastClosing::clause(closing, true) + u" ORDER BY opportunity_id, changed_at"_s,
                                ForecastClosing::values(closing), u"read stage history"_s, [&](const SqlRow& row) {
                                    const QByteArrayView id = row.utf8(0);
                                    if (h.opportunities.isEmpty() || QByteArrayView(h.opportunities.last()) != id) {
                                        h.opportunities.append(id.toByteArray());
                                        h.starts.append(h.changes.size());
                                    }
                                    const QByteArrayView value = row.utf8(1);
                                    auto found =
                                        valueIds.constFind(QByteArray::fromRawData(value.data(), value.size()));
                                    if (found == valueIds.cend()) {
                                        found = valueIds.insert(value.toByteArray(), int(h.values.size()));
                                        h.values.append(value.toByteArray());
                                    }
                                    h.changes.append({*found, row.integer(2)});
                                });
    if (!ok)
        return std::unexpected(ok.error());
    return h;
}

std::future<Result<StageHistory>> StageHistory::readBeside(Database& db, const std::optional<CloseRange>& closing) {
    const QString path = db.path();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return std::async(std::launch::deferred, [&db, closing] { return read(db, closing); });
    // WAL lets a second connection read while the first does; it is opened and closed on its thread.
    return std::async(std::launch::async, [path, closing]() -> Result<StageHistory> {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigrate = false;
        auto other = Database::open(path, options);
        if (!other)
            return std::unexpected(other.error());
        return read(**other, closing);
    });
}

} // namespace Fieldbook
