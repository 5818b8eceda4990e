#pragma once

#include "CalendarEntries.h"
#include "common/SectionFrame.h"
#include "services/CalendarQuery.h"
#include "workflows/OccurrenceEdit.h"

#include <QHash>
#include <QTimeZone>

namespace Fieldbook {

class CalendarSectionFilter;
class CalendarView;

/// The Calendar section (docs/calendar-section.md): the calendar views over the events of the
/// visible range in the display zone, with overlap marks; creating by dragging or Ctrl+N, moving
/// by dragging, opening with Enter or a double-click and deleting with Delete, asking which
/// occurrences for a series; every change told in the banner with Undo. A side pane (the task
/// list) may stand beside the calendar.
class CalendarSection final : public SectionFrame {
    Q_OBJECT
public:
    explicit CalendarSection(AppContext& context, QWidget* parent = nullptr);
    ~CalendarSection() override;

    QString statusText() const override;
    bool confirmLeave() override { return true; } // edits happen in a modal dialog
    void refreshCurrentRecord() override {}       // the calendar follows the store

    CalendarView* view() const { return m_view; }
    CalendarSectionFilter* filterBar() const { return m_filter; }
    /// Puts `pane` (the task list) beside the calendar in a splitter the user can drag; at most once.
    void setSidePane(QWidget* pane);
    QTimeZone displayZone() const { return m_zone; }
    /// The display zone changed in the settings.
    void reloadDisplayZone();
    /// Reads the occurrences of the visible range again.
    void reload();
    /// The occurrence shown under `key` (Occurrence::key()).
    std::optional<Occurrence> occurrence(const QString& key) const;

    /// Opens the event record `id` (single, series or changed occurrence) in the editor, showing
    /// its date: quick open and Sync issues.
    void openEvent(const QString& id);
    /// Asks to create an event at the selected time (Ctrl+N).
    void newEvent();
    void createEvent(const QDateTime& start, const QDateTime& end, bool allDay);
    void openOccurrence(const QString& key);
    void moveOccurrence(const QString& key, const QDateTime& start, const QDateTime& end);
    void deleteOccurrence(const QString& key);

signals:
    /// .ics files dropped onto the calendar, for the main window's import.
    void filesDropped(const QStringList& paths);

protected:
    void showEvent(QShowEvent* event) override;

private:
    CalendarSection(AppContext& context, CalendarSectionFilter* filter, QWidget* parent);
    void createActions();
    void ensureLoaded();
    void reloadUsers();
    /// Edits `occurrence` in the dialog; tells what was saved, with Undo.
    void edit(const OccurrenceOf& occurrence, const QString& key, bool readOnly);
    /// Puts `change` into the undo history as `undoText` and offers it in the banner with `text`.
    void offer(EventChange change, const QString& undoText, const QString& text);
    /// The user may move, change and delete it (theirs, or someone's they manage).
    bool mayChange(const Occurrence& occurrence) const;
    bool shown(const Occurrence& occurrence) const;

    CalendarSectionFilter* m_filter;
    CalendarView* m_view;
    QTimeZone m_zone;
    QHash<QString, Occurrence> m_occurrences;
    CalendarEntries::Viewer m_viewer;
    int m_shownCount = 0;
    bool m_loaded = false;
    QAction* m_deleteAction = nullptr;
};

} // namespace Fieldbook
