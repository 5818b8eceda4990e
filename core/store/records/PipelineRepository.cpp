#include "PipelineRepository.h"

#include "store/db/Database.h"
#include "OrganisationAccess.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Fieldbook {

namespace {

const QString kStandard = u"standard"_s;

/// A row of the pipelines table.
struct StoredPipeline {
    QString id;
    QString key;
    QString name;
    QString stages; ///< JSON text
    qint64 position = 0;
    bool active = true;
    QString ownerId;
};

StoredPipeline toStored(const RecordRow& r) {
    return {r.id(),
            r.text(u"pipeline_key"),
            r.text(u"name"),
            r.text(u"stages"),
            r.integer(u"position"),
            r.flag(u"active"),
            r.text(u"owner_id")};
}

/// The pipeline a row describes; nullopt (logged) when it breaks the rules, which only a newer
/// release or a damaged store can write.
std::optional<Pipeline> toPipeline(const StoredPipeline& row) {
    Pipeline p = withShownNames({row.key, row.name, stagesFromJson(row.stages), row.active});
    if (auto ok = p.validate(); !ok) {
        qCWarning(lcStore) << "pipeline" << row.id << "is not usable:" << ok.error().message;
        return std::nullopt;
    }
    return p;
}

/// The live rows, one per key: among rows with one key, the smallest id applies (the same on
/// every device, whichever edit arrived first).
Result<QList<StoredPipeline>> storedRows(Database& db, const QString& key = {}) {
    auto rows = listOf<StoredPipeline>(
        db, RecordType::pipelines(),
        key.isNull() ? u"WHERE deleted = 0 ORDER BY id"_s : u"WHERE pipeline_key = ? AND deleted = 0 ORDER BY id"_s,
        key.isNull() ? QVariantList() : QVariantList{key}, u"list pipelines"_s, toStored);
    if (!rows)
        return rows;
    QSet<QString> seen;
    QList<StoredPipeline> unique;
    for (const StoredPipeline& row : std::as_const(*rows))
        if (!seen.contains(row.key)) {
            seen.insert(row.key);
            unique.append(row);
        }
    return unique;
}

Result<std::optional<StoredPipeline>> storedRow(Database& db, const QString& key) {
    auto rows = storedRows(db, key);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::nullopt : std::optional(rows->constFirst());
}

/// Live opportunities of `pipeline` whose stage is one of `stages` (or, with `exclude`, none of them).
Result<int> countOpportunities(Database& db, const QString& pipeline, const QStringList& stages, bool exclude) {
    QString sql = u"SELECT count(*) FROM opportunities WHERE pipeline = ? AND deleted = 0"_s;
    QVariantList values{pipeline};
    if (!stages.isEmpty()) {
        sql += exclude ? u" AND stage NOT IN ("_s : u" AND stage IN ("_s;
        for (qsizetype i = 0; i < stages.size(); ++i) {
            sql += i == 0 ? u"?"_s : u", ?"_s;
            values.append(stages.at(i));
        }
        sql += u')';
    } else if (!exclude) {
        return 0;
    }
    auto count = db.connection().scalar(sql, values, u"count opportunities in pipeline stages"_s);
    if (!count)
        return std::unexpected(count.error());
    return count->toInt();
}

std::unexpected<Error> refuse(const QString& message) {
    return fail(ErrorCode::InvalidInput, message);
}

} // namespace

PipelineRepository::PipelineRepository(Database& db)
    : m_db(db) {}

bool PipelineRepository::canEdit() const {
    return mayEditOrganisation(m_db);
}

Result<QList<Pipeline>> PipelineRepository::pipelines(bool includeInactive) const {
    auto rows = storedRows(m_db);
    if (!rows)
        return std::unexpected(rows.error());
    Pipeline standard = Pipeline::standard();
    QList<std::pair<qint64, Pipeline>> others;
    for (const StoredPipeline& row : std::as_const(*rows)) {
        auto p = toPipeline(row);
        if (!p)
            continue;
        if (p->key == kStandard) {
            standard = *p;
            standard.active = true; // it cannot be deactivated
        } else if (p->active || includeInactive) {
            others.append({row.position, *p});
        }
    }
    std::stable_sort(others.begin(), others.end(), [](const auto& a, const auto& b) {
        if (a.second.active != b.second.active)
            return a.second.active;
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.name.localeAwareCompare(b.second.name) < 0;
    });
    QList<Pipeline> list{standard};
    for (const auto& [position, p] : std::as_const(others))
        list.append(p);
    return list;
}

Result<std::optional<Pipeline>> PipelineRepository::pipeline(const QString& key) const {
    auto row = storedRow(m_db, key);
    if (!row)
        return std::unexpected(row.error());
    std::optional<Pipeline> p = *row ? toPipeline(**row) : std::nullopt;
    if (key == kStandard) {
        if (!p)
            p = Pipeline::standard();
        p->active = true;
    }
    return p;
}

Result<Pipeline> PipelineRepository::save(Pipeline p) {
    if (auto ok = requireOrganisationEditor(
            m_db, QCoreApplication::translate("PipelineRepository", "Only managers and admins change the pipelines."));
        !ok)
        return std::unexpected(ok.error());
    p.name = p.name.trimmed();
    for (PipelineStage& s : p.stages) {
        s.name = s.name.trimmed();
        if (s.key.isEmpty())
            s.key = createUuid7(); // stable and unique across devices; never shown
    }
    const bool isNew = p.key.isEmpty();
    if (isNew)
        p.key = createUuid7();
    if (auto ok = p.validate(); !ok)
        return std::unexpected(ok.error());

    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto checked = checkChange(p, isNew); !checked)
            return checked;
        return write(p);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return p;
}

Result<void> PipelineRepository::checkChange(const Pipeline& p, bool isNew) const {
    auto all = pipelines(true);
    if (!all)
        return std::unexpected(all.error());
    std::optional<Pipeline> before;
    for (const Pipeline& other : std::as_const(*all)) {
        if (other.key == p.key)
            before = other;
        else if (other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return refuse(QCoreApplication::translate("PipelineRepository", "There is already a pipeline called “%1”.")
                              .arg(p.name));
    }
    if (!isNew && !before)
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("PipelineRepository", "The pipeline “%1” no longer exists.").arg(p.name),
            p.key);
    if (!before)
        return {};
    for (const PipelineStage& old : std::as_const(before->stages)) {
        if (p.stage(old.key))
            continue;
        auto used = countOpportunities(m_db, p.key, {old.key}, false);
        if (!used)
            return std::unexpected(used.error());
        if (*used > 0)
            return refuse(QCoreApplication::translate("PipelineRepository",
                                                      "%n opportunities are still in the stage “%1”; move them to "
                                                      "another stage before removing it.",
                                                      "", *used)
                              .arg(old.name));
    }
    return {};
}

Result<void> PipelineRepository::write(Pipeline& p) {
    auto row = storedRow(m_db, p.key);
    if (!row)
        return std::unexpected(row.error());
    qint64 position = 0;
    if (*row) {
        position = (*row)->position;
    } else if (p.key != kStandard) {
        auto last = m_db.connection().scalar(u"SELECT max(position) FROM pipelines WHERE deleted = 0"_s, {},
                                             u"find the last pipeline position"_s);
        if (!last)
            return std::unexpected(last.error());
        position = last->toLongLong() + 1;
    }
    p.active = *row ? (*row)->active || p.key == kStandard : true;
    const QString id = *row ? (*row)->id : (p.key == kStandard ? createUuid7() : p.key);
    RecordWriter writer(m_db, RecordType::pipelines());
    auto stored = writer.load(id);
    if (!stored)
        return std::unexpected(stored.error());
    const Pipeline named = withStoredNames(p);
    RecordValues v(RecordType::pipelines());
    v.set(u"pipeline_key", p.key)
        .set(u"name", named.name)
        .set(u"stages", stagesToJson(named.stages, *row ? (*row)->stages : QString()))
        .set(u"position", position)
        .set(u"active", p.active ? 1 : 0)
        .reference(u"owner_id", *row && !(*row)->ownerId.isEmpty() ? (*row)->ownerId : m_db.localUserId());
    if (auto saved = writer.save(id, v.list(), *stored); !saved)
        return std::unexpected(saved.error());
    return {};
}

Result<void> PipelineRepository::deactivate(const QString& key) {
    if (key == kStandard)
        return refuse(QCoreApplication::translate(
            "PipelineRepository",
            "The standard pipeline is always available; rename it or change its stages instead."));
    return setActive(key, false);
}

Result<void> PipelineRepository::activate(const QString& key) {
    return setActive(key, true);
}

Result<void> PipelineRepository::setActive(const QString& key, bool active) {
    if (auto ok = requireOrganisationEditor(
            m_db, QCoreApplication::translate("PipelineRepository", "Only managers and admins change the pipelines."));
        !ok)
        return ok;
    return m_db.transaction([&]() -> Result<void> {
        auto row = storedRow(m_db, key);
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("PipelineRepository", "The pipeline no longer exists."), key);
        if ((*row)->active == active)
            return {};
        if (!active) {
            // Open means not in a closing stage, so that a stage unknown here still counts.
            QStringList closing;
            for (const PipelineStage& s : stagesFromJson((*row)->stages))
                if (s.outcome != StageOutcome::Open)
                    closing.append(s.key);
            auto open = countOpportunities(m_db, key, closing, true);
            if (!open)
                return std::unexpected(open.error());
            if (*open > 0)
                return refuse(QCoreApplication::translate("PipelineRepository",
                                                          "%n open opportunities are still in the pipeline “%1”; "
                                                          "close them or move them to another pipeline first.",
                                                          "", *open)
                                  .arg((*row)->name));
        }
        RecordWriter writer(m_db, RecordType::pipelines());
        auto stored = writer.load((*row)->id);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("PipelineRepository", "The pipeline no longer exists."), key);
        QVariantList values = (*stored)->values;
        values[RecordType::pipelines().indexOf(u"active"_s)] = active ? 1 : 0;
        if (auto saved = writer.save((*row)->id, values, *stored); !saved)
            return std::unexpected(saved.error());
        return {};
    });
}

} // namespace Fieldbook
