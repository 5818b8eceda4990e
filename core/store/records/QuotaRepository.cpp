#include "QuotaRepository.h"

#include "UserRepository.h"
#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/SqlConnection.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "domain/CurrencyRates.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const RecordType& type() {
    return RecordType::quotas();
}

Quota toQuota(const RecordRow& r) {
    return {.id = r.id(),
            .userId = r.text(u"owner_id"),
            .periodKind = r.text(u"period_kind"),
            .periodStart = FieldCodec::decodeDate(r.text(u"period_start")),
            .amount = r.integer(u"amount"),
            .currency = r.text(u"currency")};
}

} // namespace

QuotaRepository::QuotaRepository(Database& db)
    : m_db(db) {}

QString QuotaRepository::idFor(const QString& userId, const QString& periodKind, QDate periodStart) {
    static const QUuid kNamespace(u"8f1d6b0e-2c43-4e5a-9b7d-5a0c3e1f4d26"_s);
    return QUuid::createUuidV5(kNamespace, userId + u'|' + periodKind + u'|' + periodStart.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

Result<QList<Quota>> QuotaRepository::all() const {
    return listOf<Quota>(m_db, type(), u"WHERE deleted = 0 ORDER BY owner_id, period_start"_s, {}, u"list quotas"_s,
                         toQuota);
}

Result<void> QuotaRepository::checkAllowed() const {
    auto me = UserRepository(m_db).localUser();
    if (!me)
        return std::unexpected(me.error());
    if (me->role == UserRole::Rep)
        return fail(ErrorCode::PermissionDenied, tr("Only managers and administrators can set quotas."));
    return {};
}

Result<void> QuotaRepository::check(const Quota& quota) const {
    if (quota.periodKind != u"month"_s && quota.periodKind != u"quarter"_s && quota.periodKind != u"year"_s)
        return fail(ErrorCode::InvalidInput,
                    tr("A quota is for a month, a quarter or a year, not '%1'.").arg(quota.periodKind));
    if (!quota.periodStart.isValid())
        return fail(ErrorCode::InvalidInput, tr("A quota needs the first day of its period."));
    if (!CurrencyRates::isCurrencyCode(quota.currency))
        return fail(ErrorCode::InvalidInput, tr("'%1' is not a currency code (such as EUR).").arg(quota.currency));
    if (quota.amount < 0)
        return fail(ErrorCode::InvalidInput, tr("A quota cannot be negative."));
    auto user = UserRepository(m_db).get(quota.userId);
    if (!user)
        return std::unexpected(user.error());
    return {};
}

Result<Quota> QuotaRepository::set(Quota quota) {
    if (auto allowed = checkAllowed(); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = check(quota); !ok)
        return std::unexpected(ok.error());
    quota.id = idFor(quota.userId, quota.periodKind, quota.periodStart);
    auto done = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, type());
        auto previous = writer.load(quota.id);
        if (!previous)
            return std::unexpected(previous.error());
        RecordValues values(type());
        values.set(u"period_kind", quota.periodKind)
            .set(u"period_start", FieldCodec::encode(quota.periodStart))
            .set(u"amount", quota.amount)
            .set(u"currency", quota.currency)
            .reference(u"owner_id", quota.userId);
        if (auto saved = writer.save(quota.id, values.list(), *previous); !saved)
            return std::unexpected(saved.error());
        if (*previous && (*previous)->deleted)
            if (auto restored = writer.setDeleted(quota.id, false); !restored)
                return std::unexpected(restored.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return quota;
}

Result<bool> QuotaRepository::exists(const QString& userId, const QString& periodKind, QDate periodStart) const {
    auto found = m_db.connection().scalar(u"SELECT 1 FROM quotas WHERE id = ? AND deleted = 0"_s,
                                          {idFor(userId, periodKind, periodStart)}, u"find quota"_s);
    if (!found)
        return std::unexpected(found.error());
    return found->isValid();
}

Result<void> QuotaRepository::remove(const QString& userId, const QString& periodKind, QDate periodStart) {
    if (auto allowed = checkAllowed(); !allowed)
        return std::unexpected(allowed.error());
    return setRecordDeleted(m_db, type(), idFor(userId, periodKind, periodStart), true);
}

} // namespace Fieldbook
