#include "ReminderStateRepository.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const RecordType& type() {
    return RecordType::reminderStates();
}

ReminderState toState(const RecordRow& r) {
    return {r.id(),
            r.text(u"record_table"),
            r.text(u"record_id"),
            r.text(u"occurrence"),
            int(r.integer(u"minutes_before")),
            r.integer(u"snoozed_until"),
            r.flag(u"dismissed")};
}

} // namespace

ReminderStateRepository::ReminderStateRepository(Database& db)
    : m_db(db) {}

QString ReminderStateRepository::idFor(const QString& reminderKey) {
    static const QUuid kNamespace(u"3d0c2f4e-61b8-4f7a-8a43-0b9e7d5c1a22"_s);
    return QUuid::createUuidV5(kNamespace, reminderKey).toString(QUuid::WithoutBraces);
}

Result<QHash<QString, ReminderState>> ReminderStateRepository::forRecords(const QStringList& recordIds) const {
    QHash<QString, ReminderState> states;
    // In chunks: SQLite limits the number of bound values in one statement.
    constexpr qsizetype kChunk = 500;
    for (qsizetype at = 0; at < recordIds.size(); at += kChunk) {
        const QStringList chunk = recordIds.mid(at, kChunk);
        QVariantList values(chunk.cbegin(), chunk.cend());
        const QString marks = QStringList(chunk.size(), u"?"_s).join(u',');
        auto ok = forEachRecord(m_db, type(),
                                u"SELECT "_s + recordColumns(type()) +
                                    u" FROM reminder_states WHERE deleted = 0 AND record_id IN ("_s + marks + u')',
                                values, u"load reminder states"_s,
                                [&](const RecordRow& r) { states.insert(r.id(), toState(r)); });
        if (!ok)
            return std::unexpected(ok.error());
    }
    return states;
}

Result<void> ReminderStateRepository::save(const ReminderState& state) {
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, type());
        auto previous = writer.load(state.id);
        if (!previous)
            return std::unexpected(previous.error());
        RecordValues values(type());
        values.set(u"record_table", state.recordTable)
            .set(u"record_id", state.recordId)
            .set(u"occurrence", state.occurrence)
            .set(u"minutes_before", state.minutesBefore)
            .set(u"snoozed_until", state.snoozedUntil)
            .set(u"dismissed", state.dismissed)
            .reference(u"owner_id", m_db.localUserId());
        auto saved = writer.save(state.id, values.list(), *previous);
        if (!saved)
            return std::unexpected(saved.error());
        if (*previous && (*previous)->deleted)
            if (auto restored = writer.setDeleted(state.id, false); !restored)
                return std::unexpected(restored.error());
        return {};
    });
}

Result<bool> ReminderStateRepository::markAnnounced(const QString& announcementKey, qint64 nowMs) {
    auto inserted =
        m_db.connection().run(u"INSERT OR IGNORE INTO reminders_announced (key, announced_at) VALUES (?, ?)"_s,
                              {announcementKey, nowMs}, u"mark reminder announced"_s);
    if (!inserted)
        return std::unexpected(inserted.error());
    const bool fresh = (*inserted)->numRowsAffected() > 0;
    (*inserted)->finish();
    return fresh;
}

} // namespace Fieldbook
