#include "ForecastHistoryRepository.h"

#include "UserRepository.h"
#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "analytics/FiscalCalendar.h"
#include "domain/CurrencyRates.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

ForecastAdjustment toAdjustment(const RecordRow& r) {
    return {.id = r.id(),
            .subjectId = r.text(u"subject_id"),
            .team = r.text(u"scope") == u"team"_s,
            .periodKind = r.text(u"period_kind"),
            .periodStart = FieldCodec::decodeDate(r.text(u"period_start")),
            .commit = r.integer(u"commit_amount"),
            .bestCase = r.integer(u"best_case_amount"),
            .currency = r.text(u"currency"),
            .cleared = r.flag(u"cleared"),
            .note = r.text(u"note"),
            .madeAt = r.integer(u"made_at"),
            .madeBy = r.text(u"owner_id")};
}

ForecastSnapshot toSnapshot(const RecordRow& r) {
    return {.id = r.id(),
            .subjectId = r.text(u"subject_id"),
            .team = r.text(u"scope") == u"team"_s,
            .periodKind = r.text(u"period_kind"),
            .periodStart = FieldCodec::decodeDate(r.text(u"period_start")),
            .submitted = r.text(u"kind") == u"submitted"_s,
            .takenOn = FieldCodec::decodeDate(r.text(u"taken_on")),
            .closedWon = r.integer(u"closed_won"),
            .commit = r.integer(u"commit_amount"),
            .bestCase = r.integer(u"best_case_amount"),
            .pipeline = r.integer(u"pipeline_amount"),
            .quota = r.integer(u"quota"),
            .adjustedCommit = r.integer(u"adjusted_commit"),
            .adjustedBestCase = r.integer(u"adjusted_best_case"),
            .currency = r.text(u"currency"),
            .note = r.text(u"note")};
}

} // namespace

ForecastHistoryRepository::ForecastHistoryRepository(Database& db)
    : m_db(db) {}

Result<QList<ForecastAdjustment>> ForecastHistoryRepository::adjustments() const {
    return listOf<ForecastAdjustment>(m_db, RecordType::forecastAdjustments(), u"WHERE deleted = 0 ORDER BY made_at"_s,
                                      {}, u"list forecast adjustments"_s, toAdjustment);
}

Result<ForecastAdjustment> ForecastHistoryRepository::adjust(ForecastAdjustment a) {
    auto me = UserRepository(m_db).localUser();
    if (!me)
        return std::unexpected(me.error());
    if (me->role == UserRole::Rep)
        return fail(ErrorCode::PermissionDenied, tr("Only managers and administrators can adjust a forecast."));
    if (!parsePeriodKind(a.periodKind) || !a.periodStart.isValid())
        return fail(ErrorCode::InvalidInput, tr("An adjustment is for a month, a quarter or a year."));
    if (!CurrencyRates::isCurrencyCode(a.currency))
        return fail(ErrorCode::InvalidInput, tr("'%1' is not a currency code (such as EUR).").arg(a.currency));
    if (!a.cleared && (a.commit < 0 || a.bestCase < a.commit))
        return fail(ErrorCode::InvalidInput,
                    tr("Commit cannot be negative, and Best case cannot be less than Commit."));
    if (auto subject = UserRepository(m_db).get(a.subjectId); !subject)
        return std::unexpected(subject.error());
    a.id = createUuid7();
    a.madeAt = Clock::nowMs();
    a.madeBy = me->id;
    RecordValues values(RecordType::forecastAdjustments());
    values.set(u"subject_id", a.subjectId)
        .set(u"scope", a.team ? u"team"_s : u"own"_s)
        .set(u"period_kind", a.periodKind)
        .set(u"period_start", FieldCodec::encode(a.periodStart))
        .set(u"commit_amount", a.cleared ? 0 : a.commit)
        .set(u"best_case_amount", a.cleared ? 0 : a.bestCase)
        .set(u"currency", a.currency)
        .set(u"cleared", a.cleared)
        .set(u"note", a.note.trimmed())
        .set(u"made_at", a.madeAt)
        .reference(u"owner_id", a.madeBy);
    auto saved = m_db.transaction([&]() -> Result<void> {
        auto written = RecordWriter(m_db, RecordType::forecastAdjustments()).save(a.id, values.list(), std::nullopt);
        return written ? Result<void>{} : std::unexpected(written.error());
    });
    if (!saved)
        return std::unexpected(saved.error());
    return a;
}

Result<QList<ForecastSnapshot>> ForecastHistoryRepository::snapshots() const {
    return listOf<ForecastSnapshot>(m_db, RecordType::forecastSnapshots(),
                                    u"WHERE deleted = 0 ORDER BY subject_id, period_start, taken_on"_s, {},
                                    u"list forecast snapshots"_s, toSnapshot);
}

QString ForecastHistoryRepository::weeklyId(const ForecastSnapshot& s) {
    static const QUuid kNamespace(u"5b2e9c1a-7d34-4f08-a6e1-2c9f0b8d4e73"_s);
    return QUuid::createUuidV5(kNamespace, s.subjectId + (s.team ? u"|team|"_s : u"|own|"_s) + s.periodKind + u'|' +
                                               s.periodStart.toString(Qt::ISODate) + u'|' +
                                               s.takenOn.toString(Qt::ISODate))
        .toString(QUuid::WithoutBraces);
}

Result<ForecastSnapshot> ForecastHistoryRepository::keep(ForecastSnapshot s) {
    if (!parsePeriodKind(s.periodKind) || !s.periodStart.isValid() || !s.takenOn.isValid())
        return fail(ErrorCode::InvalidInput, tr("A snapshot is of a month, a quarter or a year, taken on a day."));
    s.id = s.submitted ? createUuid7() : weeklyId(s);
    RecordValues values(RecordType::forecastSnapshots());
    values.set(u"subject_id", s.subjectId)
        .set(u"scope", s.team ? u"team"_s : u"own"_s)
        .set(u"period_kind", s.periodKind)
        .set(u"period_start", FieldCodec::encode(s.periodStart))
        .set(u"kind", s.submitted ? u"submitted"_s : u"weekly"_s)
        .set(u"taken_on", FieldCodec::encode(s.takenOn))
        .set(u"closed_won", s.closedWon)
        .set(u"commit_amount", s.commit)
        .set(u"best_case_amount", s.bestCase)
        .set(u"pipeline_amount", s.pipeline)
        .set(u"quota", s.quota)
        .set(u"adjusted_commit", s.adjustedCommit)
        .set(u"adjusted_best_case", s.adjustedBestCase)
        .set(u"currency", s.currency)
        .set(u"note", s.note.trimmed())
        .reference(u"owner_id", s.subjectId);
    auto saved = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::forecastSnapshots());
        auto previous = writer.load(s.id);
        if (!previous)
            return std::unexpected(previous.error());
        auto written = writer.save(s.id, values.list(), *previous);
        return written ? Result<void>{} : std::unexpected(written.error());
    });
    if (!saved)
        return std::unexpected(saved.error());
    return s;
}

} // namespace Fieldbook
