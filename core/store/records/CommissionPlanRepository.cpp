#include "CommissionPlanRepository.h"

#include "UserRepository.h"
#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/SqlConnection.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const RecordType& type() {
    return RecordType::commissionPlans();
}

/// [{"family":"Hardware","rate":500}] (rates in hundredths of a percent).
QString encodeFamilyRates(const QList<CommissionFamilyRate>& rates) {
    QJsonArray list;
    for (const CommissionFamilyRate& r : rates)
        list.append(QJsonObject{{u"family"_s, r.family}, {u"rate"_s, r.rate}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

/// The family rates as stored; entries without a family are passed over.
QList<CommissionFamilyRate> decodeFamilyRates(const QString& json) {
    QList<CommissionFamilyRate> rates;
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : list) {
        const QString family = value.toObject().value(u"family"_s).toString().trimmed();
        if (!family.isEmpty())
            rates.append({.family = family, .rate = value.toObject().value(u"rate"_s).toInt()});
    }
    return rates;
}

CommissionPlan toPlan(const RecordRow& r) {
    return {.id = r.id(),
            .userId = r.text(u"owner_id"),
            .user = -1,
            .team = r.text(u"applies_to") == u"team"_s,
            .validFrom = FieldCodec::decodeDate(r.text(u"valid_from")),
            .rate = int(r.integer(u"rate")),
            .familyRates = decodeFamilyRates(r.text(u"family_rates")),
            .accelerator = int(r.integer(u"accelerator"))};
}

bool validRate(int rate) {
    return rate >= 0 && rate <= CommissionPlan::kMaxRate;
}

} // namespace

CommissionPlanRepository::CommissionPlanRepository(Database& db)
    : m_db(db) {}

QString CommissionPlanRepository::idFor(const QString& userId, bool team, QDate validFrom) {
    static const QUuid kNamespace(u"3b7e2f6a-91c4-4d0e-8a57-c2d4e9f01b38"_s);
    return QUuid::createUuidV5(kNamespace,
                               userId + (team ? u"|team|"_s : u"|user|"_s) + validFrom.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

Result<QList<CommissionPlan>> CommissionPlanRepository::all() const {
    return listOf<CommissionPlan>(m_db, type(), u"WHERE deleted = 0 ORDER BY owner_id, applies_to, valid_from"_s, {},
                                  u"list commission plans"_s, toPlan);
}

Result<void> CommissionPlanRepository::checkAllowed() const {
    auto me = UserRepository(m_db).localUser();
    if (!me)
        return std::unexpected(me.error());
    if (me->role == UserRole::Rep)
        return fail(ErrorCode::PermissionDenied, tr("Only managers and administrators can set commission plans."));
    return {};
}

Result<void> CommissionPlanRepository::check(const CommissionPlan& plan) const {
    if (!plan.validFrom.isValid())
        return fail(ErrorCode::InvalidInput, tr("A commission plan needs the day it applies from."));
    if (!validRate(plan.rate))
        return fail(ErrorCode::InvalidInput, tr("A commission rate is from 0 to 100 %."));
    QSet<QString> families;
    for (const CommissionFamilyRate& r : plan.familyRates) {
        if (r.family.trimmed().isEmpty() || !validRate(r.rate))
            return fail(ErrorCode::InvalidInput, tr("Each family rate needs a family and a rate from 0 to 100 %."));
        if (families.contains(r.family.trimmed().toCaseFolded()))
            return fail(ErrorCode::InvalidInput, tr("The family '%1' has two rates.").arg(r.family));
        families.insert(r.family.trimmed().toCaseFolded());
    }
    if (plan.accelerator != 0 &&
        (plan.accelerator < CommissionPlan::kNoAccelerator || plan.accelerator > CommissionPlan::kMaxAccelerator))
        return fail(ErrorCode::InvalidInput, tr("An accelerator multiplies the rate by 1 to 10."));
    auto user = UserRepository(m_db).get(plan.userId);
    if (!user)
        return std::unexpected(user.error());
    if (!plan.team)
        return {};
    auto reports = m_db.connection().scalar(u"SELECT 1 FROM users WHERE manager_id = ? AND deleted = 0 LIMIT 1"_s,
                                            {plan.userId}, u"find reports"_s);
    if (!reports)
        return std::unexpected(reports.error());
    if (!reports->isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("Nobody reports to %1, so a team plan would apply to no one.").arg(user->name));
    return {};
}

Result<CommissionPlan> CommissionPlanRepository::set(CommissionPlan plan) {
    if (auto allowed = checkAllowed(); !allowed)
        return std::unexpected(allowed.error());
    if (auto ok = check(plan); !ok)
        return std::unexpected(ok.error());
    plan.id = idFor(plan.userId, plan.team, plan.validFrom);
    auto done = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, type());
        auto previous = writer.load(plan.id);
        if (!previous)
            return std::unexpected(previous.error());
        RecordValues values(type());
        values.set(u"applies_to", plan.team ? u"team"_s : u"user"_s)
            .set(u"valid_from", FieldCodec::encode(plan.validFrom))
            .set(u"rate", plan.rate)
            .set(u"family_rates", encodeFamilyRates(plan.familyRates))
            .set(u"accelerator", plan.accelerator)
            .reference(u"owner_id", plan.userId);
        if (auto saved = writer.save(plan.id, values.list(), *previous); !saved)
            return std::unexpected(saved.error());
        if (*previous && (*previous)->deleted)
            if (auto restored = writer.setDeleted(plan.id, false); !restored)
                return std::unexpected(restored.error());
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return plan;
}

Result<bool> CommissionPlanRepository::exists(const QString& userId, bool team, QDate validFrom) const {
    auto found = m_db.connection().scalar(u"SELECT 1 FROM commission_plans WHERE id = ? AND deleted = 0"_s,
                                          {idFor(userId, team, validFrom)}, u"find commission plan"_s);
    if (!found)
        return std::unexpected(found.error());
    return found->isValid();
}

Result<void> CommissionPlanRepository::remove(const QString& userId, bool team, QDate validFrom) {
    if (auto allowed = checkAllowed(); !allowed)
        return std::unexpected(allowed.error());
    return setRecordDeleted(m_db, type(), idFor(userId, team, validFrom), true);
}

} // namespace Fieldbook
