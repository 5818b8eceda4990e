#pragma once

#include "AppContext.h"
#include "domain/Activity.h"
#include "models/ActivityTimelineModel.h"
#include "widgets/MessageBanner.h"
#include "workflows/MeetingLog.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;

namespace Fieldbook {

class QuickLogForm;

/// The timeline of a contact, an account, a lead or an opportunity: its activities and the events
/// and tasks linked to it (docs/calendar-tasks.md, "Timelines"), with quick logging, "Log as
/// activity" for an event that took place (MeetingLog) and undoable delete of any entry.
class TimelinePane final : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePane(AppContext& context, QWidget* parent = nullptr);

    /// Shows the timeline of a contact (`accountId`: its account, linked to new activities), of an
    /// account (which includes its contacts' entries), of a lead or of an opportunity (`accountId`:
    /// its account, which activities logged here belong to). An empty id means "not saved yet".
    void setRecord(const QString& id, TimelineOf of, const QString& accountId = {});
    void startLog(ActivityKind kind);
    /// Opens the form that logs the selected event (the latest past occurrence of a series).
    void logSelected();
    /// Opens the selected entry: a task in its editor, the activity of a logged event; other
    /// events are asked for with recordRequested().
    void openSelected();
    void deleteSelected();
    ActivityTimelineModel* model() const { return m_model; }

signals:
    void message(const QString& text, Fieldbook::MessageBanner::Type type);
    void undoOffered(const QString& text, int token);
    /// An event to be opened where events open (the calendar).
    void recordRequested(const QString& table, const QString& id);

private:
    QHBoxLayout* createButtons();
    void setUpList();
    void save(const Activity& entered);
    void saveLog(const Activity& entered);
    void selectRow(int row);
    void showMenu(const QPoint& position);
    void updateState();
    const TimelineEntry* currentEntry() const;

    AppContext& m_context;
    ActivityTimelineModel* m_model;
    QString m_recordId;
    QString m_accountId;
    TimelineOf m_of = TimelineOf::Contact;
    std::optional<MeetingOccurrence> m_logging; ///< the event the open form logs
    QList<QToolButton*> m_logButtons;
    QToolButton* m_logEvent;
    QToolButton* m_delete;
    QuickLogForm* m_form;
    QStackedWidget* m_listStack;
    QListView* m_list;
    QLabel* m_empty;
};

} // namespace Fieldbook
