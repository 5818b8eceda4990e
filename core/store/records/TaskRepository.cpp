#include "TaskRepository.h"

#include "CalendarRows.h"
#include "common/Clock.h"
#include "common/Uuid7.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordKind.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("TaskRepository", text);
}

QString gone() {
    return translated(QT_TRANSLATE_NOOP("TaskRepository", "The task no longer exists."));
}

const RecordType& type() {
    return RecordType::tasks();
}

} // namespace

TaskRepository::TaskRepository(Database& db)
    : m_db(db) {}

Result<QList<CalendarTask>> TaskRepository::select(const QString& where, const QVariantList& values) const {
    return listOf<CalendarTask>(m_db, type(), where, values, u"list tasks"_s, &CalendarRows::toTask);
}

Result<CalendarTask> TaskRepository::get(const QString& id) const {
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, gone(), id);
    return found->first();
}

Result<QList<CalendarTask>> TaskRepository::list(Filter filter, int limit) const {
    const QString limitText = u" LIMIT "_s + QString::number(limit);
    switch (filter) {
    case Filter::Open:
        return select(u"WHERE deleted = 0 AND status IN ('open', 'in_progress') ORDER BY due_at = 0, due_at, rid"_s +
                          limitText,
                      {});
    case Filter::Done:
        return select(
            u"WHERE deleted = 0 AND status IN ('done', 'cancelled') ORDER BY done_at DESC, rid DESC"_s + limitText, {});
    case Filter::All:
        break;
    }
    return select(u"WHERE deleted = 0 ORDER BY due_at = 0, due_at, rid"_s + limitText, {});
}

Result<QList<CalendarTask>> TaskRepository::dueBetween(qint64 fromMs, qint64 toMs) const {
    return select(u"WHERE deleted = 0 AND due_at >= ? AND due_at < ? AND due_at <> 0 ORDER BY due_at, rid"_s,
                  {fromMs, toMs});
}

Result<QList<CalendarTask>> TaskRepository::withUid(const QString& uid) const {
    return select(u"WHERE ical_uid = ? AND ical_uid <> '' AND +deleted = 0 ORDER BY rid"_s, {uid});
}

Result<QList<CalendarTask>> TaskRepository::linkedTo(const QString& field, const QString& id, int limit) const {
    if (const FieldSpec* spec = type().field(field); !spec || spec->references.isEmpty())
        return fail(ErrorCode::InvalidInput, u"not a reference of tasks: "_s + field);
    return select(u"WHERE "_s + field + u" = ? AND +deleted = 0 ORDER BY due_at DESC, rid DESC LIMIT "_s +
                      QString::number(limit),
                  {id});
}

Result<int> TaskRepository::count() const {
    return countLive(m_db, type());
}

Result<void> TaskRepository::checkLinks(const CalendarTask& t) const {
    return checkReferences(
        m_db, type(), CalendarRows::valuesOf(t).list(),
        QCoreApplication::translate("TaskRepository", "The %1 this task is linked to no longer exists."));
}

Result<CalendarTask> TaskRepository::save(CalendarTask t) {
    t.title = t.title.trimmed();
    if (t.title.isEmpty())
        return fail(ErrorCode::InvalidInput, translated(QT_TRANSLATE_NOOP("TaskRepository", "A task needs a title.")));
    if (t.due && !t.due->isValid())
        return fail(ErrorCode::InvalidInput,
                    translated(QT_TRANSLATE_NOOP("TaskRepository", "The due date of the task is not a valid date.")));
    if (t.isDone() && t.doneAt == 0)
        t.doneAt = Clock::nowMs();
    if (!t.isDone())
        t.doneAt = 0;
    if (t.ownerId.isEmpty())
        t.ownerId = m_db.localUserId();
    if (t.id.isEmpty())
        t.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto linked = checkLinks(t); !linked)
            return linked;
        RecordWriter writer(m_db, type());
        auto previous = writer.load(t.id);
        if (!previous)
            return std::unexpected(previous.error());
        const QVariantList values = CalendarRows::valuesOf(t).list();
        auto saved = writer.save(t.id, values, *previous, RecordKind::of(type()).derived(values, {}).localColumns);
        if (!saved)
            return std::unexpected(saved.error());
        t.createdAt = saved->createdAt;
        t.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return t;
}

Result<void> TaskRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, type(), id, true, gone());
}

Result<void> TaskRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, type(), id, false, gone());
}

} // namespace Fieldbook
