#pragma once

#include "domain/Activity.h"

#include <QAbstractListModel>

namespace Fieldbook {

class Database;

/// Whose activities a timeline shows.
enum class TimelineOf {
    Contact,
    Account, ///< the account's own activities and its contacts'
    Lead,
};

/// The interaction history of one contact, account or lead, newest first; follows committed changes.
class ActivityTimelineModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        KindRole,                  ///< int (ActivityKind)
        KindNameRole,              ///< QString storage name ("call")
        SubjectRole,
        StartsAtRole, ///< QDateTime, UTC
        DurationRole, ///< int minutes
        OutcomeRole,
        NotesRole,
        DoneRole, ///< bool
        ContactIdRole,
    };

    explicit ActivityTimelineModel(Database& db, QObject* parent = nullptr);

    /// Shows the activities of the record `id`.
    void setRecord(const QString& id, TimelineOf of);
    QString recordId() const { return m_recordId; }
    const Activity& activityAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString& message);

private:
    void reload();
    Database& m_db;
    QString m_recordId;
    TimelineOf m_of = TimelineOf::Contact;
    QList<Activity> m_items;
};

} // namespace Fieldbook
