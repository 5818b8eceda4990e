#include "StageHistoryRead.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "domain/Opportunity.h"
#include "domain/Quote.h"

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

namespace {

Result<void> readChanges(Database& db, const std::optional<CloseRange>& closing, DealRowsBeside& out) {
    QHash<QByteArray, int> valueIds;
    return db.connection().eachRow(
        u"SELECT opportunity_id, new_value, changed_at FROM opportunity_history WHERE field = 'stage' AND deleted = 0"_s +
            ForecastClosing::clause(closing, true) + u" ORDER BY opportunity_id, changed_at"_s,
        ForecastClosing::values(closing), u"read stage history"_s, [&](const SqlRow& row) {
            auto found = valueIds.constFind(row.key(1));
            if (found == valueIds.cend()) {
                found = valueIds.insert(row.utf8(1).toByteArray(), int(out.stageValues.size()));
                out.stageValues.append(row.utf8(1).toByteArray());
            }
            out.changes.add(row.utf8(0), {*found, row.integer(2)});
        });
}

Result<void> readLines(Database& db, const std::optional<CloseRange>& closing, const QHash<QByteArray, int>& products,
                       DealRowsBeside& out) {
    return db.connection().eachRow(
        u"SELECT opportunity_id, product_id, quantity, unit_price, discount_kind, discount FROM opportunity_lines "
        u"WHERE deleted = 0"_s +
            ForecastClosing::clause(closing, true) + u" ORDER BY opportunity_id, position"_s,
        ForecastClosing::values(closing), u"read opportunity lines"_s, [&](const SqlRow& row) {
            OpportunityLine line;
            line.amounts.quantity = Decimal4{row.integer(2)};
            line.amounts.unitPrice = row.integer(3);
            setStoredDiscount(line.amounts, row.text(4), row.integer(5));
            out.lines.add(row.utf8(0), {.product = products.value(row.key(1), -1), .net = line.net().value_or(0)});
        });
}

} // namespace

Result<DealRowsBeside> DealRowsBeside::read(Database& db, const std::optional<CloseRange>& closing,
                                            const QHash<QByteArray, int>& products) {
    DealRowsBeside rows;
    if (auto ok = readChanges(db, closing, rows); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readLines(db, closing, products, rows); !ok)
        return std::unexpected(ok.error());
    return rows;
}

std::future<Result<DealRowsBeside>> DealRowsBeside::start(Database& db, const std::optional<CloseRange>& closing,
                                                          QHash<QByteArray, int> products) {
    const QString path = db.path();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return std::async(std::launch::deferred,
                          [&db, closing, products = std::move(products)] { return read(db, closing, products); });
    // WAL lets a second connection read while the first does; it is opened and closed on its thread.
    return std::async(std::launch::async, [path, closing, products = std::move(products)]() -> Result<DealRowsBeside> {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigrate = false;
        auto other = Database::open(path, options);
        if (!other)
            return std::unexpected(other.error());
        return read(**other, closing, products);
    });
}

} // namespace Fieldbook
