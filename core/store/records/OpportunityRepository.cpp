#include "OpportunityRepository.h"

#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "OpportunityLineRows.h"
#include "PipelineRepository.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Pipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kColumns = u"id, name, account_id, contact_id, amount, currency, close_date, pipeline, stage, "
                         u"probability, forecast_category, next_step, competitors, close_reason, notes, owner_id, "
                         u"external_id, created_at, updated_at, row_version, deleted"_s;

/// An opportunity from `value(i)`: 0 the id, 1–16 the synced fields in RecordType order (as
/// toValues() writes them), 17–20 bookkeeping.
template<typename Value>
Opportunity build(const Value& value) {
    Opportunity o;
    o.id = value(0).toString();
    o.name = value(1).toString();
    o.accountId = value(2).toString();
    o.contactId = value(3).toString();
    o.amount = value(4).toLongLong();
    o.currency = value(5).toString();
    o.closeDate = FieldCodec::decodeDate(value(6).toString());
    o.pipeline = value(7).toString();
    o.stage = value(8).toString();
    o.probability = value(9).toInt();
    o.forecastCategory = value(10).toString();
    o.nextStep = value(11).toString();
    o.competitors = FieldCodec::decodeTags(value(12).toString());
    o.closeReason = value(13).toString();
    o.notes = value(14).toString();
    o.ownerId = value(15).toString();
    o.externalId = value(16).toString();
    o.createdAt = value(17).toLongLong();
    o.updatedAt = value(18).toLongLong();
    o.rowVersion = value(19).toLongLong();
    o.deleted = value(20).toInt() != 0;
    return o;
}

Opportunity fromRow(const QSqlQuery& q) {
    return build([&](int i) { return q.value(i); });
}

/// The opportunity as RecordWriter loaded it, without reading the row again.
Opportunity fromStored(const QString& id, const StoredRecord& s) {
    return build([&](int i) -> QVariant {
        if (i == 0)
            return id;
        if (i <= s.values.size())
            return s.values.at(i - 1);
        switch (i - 1 - s.values.size()) {
        case 0:
            return s.createdAt;
        case 1:
            return s.updatedAt;
        case 2:
            return s.rowVersion;
        default:
            return s.deleted ? 1 : 0;
        }
    });
}

QVariant orNull(const QString& id) {
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

QVariantList toValues(const Opportunity& o) {
    return {o.name,
            orNull(o.accountId),
            orNull(o.contactId),
            o.amount,
            o.currency,
            FieldCodec::encode(o.closeDate),
            o.pipeline,
            o.stage,
            o.probability,
            o.forecastCategory,
            o.nextStep,
            FieldCodec::encode(o.competitors),
            o.closeReason,
            o.notes,
            orNull(o.ownerId),
            orNull(o.externalId)};
}

/// The organisation's pipeline `key` (PipelineRepository), active or not: an opportunity keeps
/// working in a pipeline taken out of use.
Result<Pipeline> pipelineFor(Database& db, const QString& key) {
    auto pipeline = PipelineRepository(db).pipeline(key);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    if (!*pipeline)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("OpportunityRepository", "There is no pipeline \"%1\".").arg(key));
    return **pipeline;
}

/// `text` marked with QT_TRANSLATE_NOOP("OpportunityRepository", ...) so that lupdate finds it.
std::unexpected<Error> refuse(const char* text) {
    return fail(ErrorCode::InvalidInput, QCoreApplication::translate("OpportunityRepository", text));
}

/// Trims what people type and checks what needs no store: name, amount, currency and probability.
Result<void> normaliseAndCheck(Opportunity& o) {
    o.name = o.name.trimmed();
    o.currency = o.currency.trimmed().toUpper();
    o.closeReason = o.closeReason.trimmed();
    o.externalId = o.externalId.trimmed();
    if (o.name.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "An opportunity needs a name."));
    if (o.amount < 0)
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "The amount cannot be negative."));
    static const QRegularExpression iso4217(u"^[A-Z]{3}$"_s);
    if (!iso4217.match(o.currency).hasMatch())
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository",
                                        "The currency must be a three-letter ISO code such as EUR or CNY."));
    if (o.probability < 0 || o.probability > 100)
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "The probability must be between 0 and 100 %."));
    return {};
}

/// The account (and contact, if any) the opportunity names must be live.
Result<void> checkLinks(Database& db, const Opportunity& o) {
    using Link = std::tuple<const RecordType*, QString, const char*>;
    for (const auto& [type, id, gone] :
         {Link{&RecordType::accounts(), o.accountId,
               QT_TRANSLATE_NOOP("OpportunityRepository", "The account of this opportunity no longer exists.")},
          Link{&RecordType::contacts(), o.contactId,
               QT_TRANSLATE_NOOP("OpportunityRepository", "The contact of this opportunity no longer exists.")}}) {
        if (id.isEmpty())
            continue;
        auto live = db.connection().scalar(u"SELECT 1 FROM "_s + type->table + u" WHERE id = ? AND deleted = 0"_s, {id},
                                           u"check opportunity link"_s);
        if (!live)
            return std::unexpected(live.error());
        if (!live->isValid())
            return fail(ErrorCode::NotFound, QCoreApplication::translate("OpportunityRepository", gone));
    }
    return {};
}

Result<void> checkExternalId(Database& db, const Opportunity& o) {
    return requireFreeExternalId(
        db, RecordType::opportunities(), o.id, o.externalId, ExternalIdScope::LiveRecords, [&] {
            return QCoreApplication::translate("OpportunityRepository",
                                               "Another opportunity already has the external id \"%1\".")
                .arg(o.externalId);
        });
}

/// While there are product lines, the amount is theirs, whatever the form said.
Result<void> takeLinesTotal(Database& db, Opportunity& o, bool isNew) {
    if (isNew)
        return {};
    auto lines = OpportunityLineRows::total(db, o.id);
    if (!lines)
        return std::unexpected(lines.error());
    if (*lines)
        o.amount = **lines;
    return {};
}

/// A new stage brings its defaults, except what the user changed in the same save; the closing
/// stages always bring theirs. Reaching Won or Lost dates the opportunity today unless the save
/// also sets its close date (or `closing` says the date given is the one).
void applyStageDefaults(Opportunity& o, const std::optional<Opportunity>& before, const PipelineStage& stage,
                        OpportunityRepository::ClosingDate closing, ForecastCategory* category) {
    if (before && before->stage == o.stage)
        return;
    const bool closes = stage.outcome != StageOutcome::Open;
    if (closes || !before || o.probability == before->probability)
        o.probability = stage.probability;
    if (closes || !before || o.forecastCategory.isEmpty() || o.forecastCategory == before->forecastCategory)
        *category = stage.category;
    const bool dateUnchanged = !o.closeDate.isValid() || (before && o.closeDate == before->closeDate);
    if (closes && closing == OpportunityRepository::ClosingDate::TodayUnlessChanged && dateUnchanged)
        o.closeDate = Clock::today();
}

/// The stage of `o` in `pipeline`, and the forecast category it names (else its stage's).
Result<std::pair<const PipelineStage*, ForecastCategory>> stageAndCategory(const Pipeline& pipeline,
                                                                           const Opportunity& o) {
    const PipelineStage* stage = pipeline.stage(o.stage);
    if (!stage)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("OpportunityRepository", "\"%1\" is not a stage of the pipeline %2.")
                        .arg(o.stage, pipeline.name));
    ForecastCategory category = stage->category;
    if (!o.forecastCategory.isEmpty() && !parseForecastCategory(o.forecastCategory, &category))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("OpportunityRepository", "\"%1\" is not a forecast category.")
                        .arg(o.forecastCategory));
    return std::pair{stage, category};
}

/// What `gaps` refuses: an account, a close date (open) or a reason (lost) missing where the stored
/// opportunity had it, or missing on a new one (docs/import-real-data.md).
Result<void> checkGaps(const Opportunity& o, const std::optional<Opportunity>& before, const PipelineStage& stage,
                       OpportunityRepository::Gaps gaps) {
    // The day a won or lost one closed is never a gap: without one given, it closed today.
    const bool closedUndated = stage.outcome != StageOutcome::Open && !o.closeDate.isValid();
    if (gaps == OpportunityRepository::Gaps::Accepted && !closedUndated)
        return {};
    if (closedUndated)
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "An opportunity needs an expected close date."));
    const Attention lacks = attentionOf(o, stage.outcome, true);
    if (lacks.testFlag(AttentionReason::NoAccount) && !(before && before->accountId.isEmpty()))
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "An opportunity belongs to an account; choose one."));
    if (lacks.testFlag(AttentionReason::NoLossReason) &&
        !(before && before->stage == o.stage && before->closeReason.isEmpty()))
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "Say why the opportunity was lost."));
    if (lacks.testFlag(AttentionReason::NoCloseDate) && !(before && !before->closeDate.isValid()))
        return refuse(QT_TRANSLATE_NOOP("OpportunityRepository", "An opportunity needs an expected close date."));
    return {};
}

/// A day as an instant: its noon in local time, the same day read in local time or in UTC.
qint64 noonOf(const QDate& day) {
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

/// Keeps each change of the stage, amount and close date (every first value of a new one). A new
/// one imported with the day it was opened starts then; if it is closed already, it started in
/// the pipeline's first stage and reached its closing stage on its close date.
Result<void> recordHistory(Database& db, const Opportunity& o, const std::optional<Opportunity>& before,
                           const Pipeline& pipeline, const QDate& openedOn) {
    const qint64 now = Clock::nowMs();
    const bool dated = !before && openedOn.isValid();
    const qint64 opened = dated ? noonOf(openedOn) : now;
    const PipelineStage* stage = pipeline.stage(o.stage);
    const QString firstStage = pipeline.stages.constFirst().key;
    const bool closedLater = dated && stage && stage->outcome != StageOutcome::Open && firstStage != o.stage;
    QList<std::tuple<QString, QString, QString, qint64>> tracked{
        {u"stage"_s, before ? before->stage : QString(), closedLater ? firstStage : o.stage, opened},
        {u"amount"_s, before ? QString::number(before->amount) : QString(), QString::number(o.amount), opened},
        {u"close_date"_s, before ? FieldCodec::encode(before->closeDate) : QString(), FieldCodec::encode(o.closeDate),
         opened}};
    if (closedLater)
        tracked.append({u"stage"_s, firstStage, o.stage,
                        o.closeDate.isValid() ? std::max(opened, noonOf(o.closeDate)) : std::max(opened, now)});
    RecordWriter history(db, RecordType::opportunityHistory());
    for (const auto& [field, oldValue, newValue, at] : tracked) {
        if (oldValue == newValue) // unchanged, or a new one's empty close date
            continue;
        if (auto r = history.save(createUuid7(), {o.id, field, oldValue, newValue, at, o.ownerId}, std::nullopt); !r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace

OpportunityRepository::OpportunityRepository(Database& db)
    : m_db(db) {}

Result<Opportunity> OpportunityRepository::get(const QString& id) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM opportunities WHERE id = ?"_s, {id},
                                   u"load opportunity"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("OpportunityRepository", "The opportunity no longer exists."), id);
    Opportunity o = fromRow(**q);
    (*q)->finish();
    return o;
}

Result<QList<Opportunity>> OpportunityRepository::forAccount(const QString& accountId) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM opportunities WHERE account_id = ? AND deleted = 0 "
                                       u"ORDER BY close_date, rid"_s,
                                   {accountId}, u"list opportunities of an account"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Opportunity> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<std::optional<Opportunity>> OpportunityRepository::byExternalId(const QString& externalId) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM opportunities WHERE external_id = ? AND deleted = 0 LIMIT 1"_s,
                                   {externalId}, u"find opportunity by external id"_s);
    if (!q)
        return std::unexpected(q.error());
    std::optional<Opportunity> found;
    if ((*q)->next())
        found = fromRow(**q);
    (*q)->finish();
    return found;
}

Result<QList<OpportunityChange>> OpportunityRepository::history(const QString& opportunityId) const {
    auto q = m_db.connection().run(u"SELECT id, opportunity_id, field, old_value, new_value, changed_at, owner_id "
                                   u"FROM opportunity_history WHERE opportunity_id = ? AND deleted = 0 "
                                   u"ORDER BY changed_at, rid"_s,
                                   {opportunityId}, u"read opportunity history"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<OpportunityChange> list;
    while ((*q)->next())
        list.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                     (*q)->value(3).toString(), (*q)->value(4).toString(), (*q)->value(5).toLongLong(),
                     (*q)->value(6).toString()});
    (*q)->finish();
    return list;
}

Result<Opportunity> OpportunityRepository::save(Opportunity o, ClosingDate closing, Gaps gaps) {
    return store(std::move(o), closing, gaps, {});
}

Result<Opportunity> OpportunityRepository::saveImported(Opportunity o, ClosingDate closing, const QDate& openedOn) {
    return store(std::move(o), closing, Gaps::Accepted, openedOn);
}

Result<Attention> OpportunityRepository::attention(const Opportunity& o) const {
    const auto pipeline = pipelineFor(m_db, o.pipeline);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const PipelineStage* stage = pipeline->stage(o.stage);
    auto lines = o.id.isEmpty() ? Result<std::optional<qint64>>(std::nullopt) : OpportunityLineRows::total(m_db, o.id);
    if (!lines)
        return std::unexpected(lines.error());
    return attentionOf(o, stage ? stage->outcome : StageOutcome::Open, lines->has_value());
}

Result<Opportunity> OpportunityRepository::store(Opportunity o, ClosingDate closing, Gaps gaps, const QDate& openedOn) {
    if (auto ok = normaliseAndCheck(o); !ok)
        return std::unexpected(ok.error());
    const auto pipeline = pipelineFor(m_db, o.pipeline);
    if (!pipeline)
        return std::unexpected(pipeline.error());
    const auto staged = stageAndCategory(*pipeline, o);
    if (!staged)
        return std::unexpected(staged.error());
    const PipelineStage* stage = staged->first;
    ForecastCategory category = staged->second;
    if (o.ownerId.isEmpty())
        o.ownerId = m_db.localUserId();
    const bool isNew = o.id.isEmpty();
    if (isNew)
        o.id = createUuid7();

    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto linked = checkLinks(m_db, o); !linked)
            return linked;
        RecordWriter writer(m_db, RecordType::opportunities());
        auto stored = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(o.id);
        if (!stored)
            return std::unexpected(stored.error());
        std::optional<Opportunity> before;
        if (*stored) {
            if ((*stored)->deleted)
                return fail(ErrorCode::NotFound,
                            QCoreApplication::translate("OpportunityRepository",
                                                        "The opportunity was deleted; restore it before editing."),
                            o.id);
            before = fromStored(o.id, **stored);
        }
        if (auto unique = checkExternalId(m_db, o); !unique)
            return unique;
        if (auto amount = takeLinesTotal(m_db, o, isNew); !amount)
            return amount;
        applyStageDefaults(o, before, *stage, closing, &category);
        if (auto complete = checkGaps(o, before, *stage, gaps); !complete)
            return complete;
        o.forecastCategory = forecastCategoryKey(category);

        auto saved = writer.save(o.id, toValues(o), *stored);
        if (!saved)
            return std::unexpected(saved.error());
        o.createdAt = saved->createdAt;
        o.updatedAt = saved->updatedAt;
        return recordHistory(m_db, o, before, *pipeline, openedOn);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return o;
}

Result<void> OpportunityRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::opportunities(), id, true);
}

Result<void> OpportunityRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::opportunities(), id, false);
}

Result<void> OpportunityRepository::takeAmountOfLines(const QString& id) {
    // save() puts the lines' total in place of the amount given; without lines the amount is the
    // zero given here. An unchanged amount writes nothing.
    auto opportunity = get(id);
    if (!opportunity)
        return std::unexpected(opportunity.error());
    opportunity->amount = 0;
    if (auto saved = save(*opportunity); !saved)
        return std::unexpected(saved.error());
    return {};
}

Result<Opportunity> OpportunityRepository::markWon(const QString& id, const QList<OpportunityLine>& sold,
                                                   const QString& currency, const QDate& day, const QString& reason) {
    Opportunity won;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto opportunity = get(id);
        if (!opportunity)
            return std::unexpected(opportunity.error());
        auto pipeline = PipelineRepository(m_db).pipeline(opportunity->pipeline);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        if (!*pipeline)
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("OpportunityRepository", "%1 cannot be won: its pipeline no longer exists.")
                    .arg(opportunity->name));
        if (auto replaced = OpportunityLineRows::replace(m_db, *opportunity, sold); !replaced)
            return std::unexpected(replaced.error());
        if (auto amount = takeAmountOfLines(id); !amount)
            return std::unexpected(amount.error());
        opportunity = get(id); // its amount is the lines' now
        if (!opportunity)
            return std::unexpected(opportunity.error());
        won = *opportunity;
        won.stage = (*pipeline)->won().key;
        won.currency = currency;
        won.closeDate = day;
        if (won.closeReason.isEmpty())
            won.closeReason = reason;
        auto saved = save(won, ClosingDate::AsGiven);
        if (!saved)
            return std::unexpected(saved.error());
        won = *saved;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return won;
}

} // namespace Fieldbook
