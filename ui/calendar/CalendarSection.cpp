#include "CalendarSection.h"

#include "CalendarSectionFilter.h"
#include "CalendarView.h"
#include "EventEditor.h"
#include "EventEditorDialog.h"
#include "OccurrenceScopeDialog.h"
#include "protocol/RecordType.h"
#include "services/CalendarConflicts.h"
#include "services/DisplayZone.h"
#include "store/db/Database.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kDefaultReminderMinutes = 15;

OccurrenceOf occurrenceOf(const Occurrence& o) {
    return {*o.event, o.seriesId, o.recurrenceId};
}

/// The occurrence an event record stands for when opened by its id: a changed occurrence, the
/// first of a series, or the single event.
OccurrenceOf occurrenceOf(const CalendarEvent& e) {
    if (e.isOverride())
        return {e, e.seriesId, e.recurrenceId};
    if (e.isRecurring())
        return {e, e.id, e.start};
    return {e, {}, std::nullopt};
}

QString keyOf(const OccurrenceOf& o) {
    return o.inSeries() ? o.seriesId + u'|' + o.recurrenceId->toText() : o.shown.id;
}

} // namespace

CalendarSection::CalendarSection(AppContext& context, QWidget* parent)
    : CalendarSection(context, new CalendarSectionFilter(context.db), parent) {}

CalendarSection::CalendarSection(AppContext& context, CalendarSectionFilter* filter, QWidget* parent)
    : SectionFrame(context, RecordType::events(), filter, filter, parent)
    , m_filter(filter)
    , m_view(new CalendarView(this))
    , m_zone(DisplayZone::load(context.db)) {
    setObjectName(u"calendarSection"_s);
    m_view->setDisplayZone(m_zone);
    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_view->setMode(CalendarMode(std::clamp(settings.value(u"view"_s, int(CalendarMode::Week)).toInt(), 0, 4)));
    addView(m_view);
    showView(m_view, false, {});
    createActions();
    connect(m_view, &CalendarView::rangeChanged, this, &CalendarSection::reload);
    connect(m_view, &CalendarView::createRequested, this, &CalendarSection::createEvent);
    connect(m_view, &CalendarView::moveRequested, this, &CalendarSection::moveOccurrence);
    connect(m_view, &CalendarView::activated, this, &CalendarSection::openOccurrence);
    connect(m_view, &CalendarView::deleteRequested, this, &CalendarSection::deleteOccurrence);
    connect(m_view, &CalendarView::filesDropped, this, &CalendarSection::filesDropped);
    connect(m_filter, &CalendarSectionFilter::filterChanged, this, &CalendarSection::reload);
    onStoreChange(RecordType::events(), StoreChange::Records | StoreChange::Reset, [this] { reload(); });
    onStoreChange(RecordType::users(), StoreChange::Records | StoreChange::Reset, [this] {
        m_filter->reloadPeople();
        reloadUsers();
        reload();
    });
}

CalendarSection::~CalendarSection() {
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"view"_s, int(m_view->mode()));
}

void CalendarSection::createActions() {
    connect(addRecordAction(tr("&New event"), u"appointment-new"_s, QKeySequence::New, u"newAction"_s),
            &QAction::triggered, this, &CalendarSection::newEvent);
    connect(addRecordAction(tr("&Open…"), u"document-open"_s, {}, u"openAction"_s), &QAction::triggered, this,
            [this] { openOccurrence(m_view->selectedKey()); });
    m_deleteAction = addRecordAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the search field keeps Delete
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteOccurrence(m_view->selectedKey()); });
    addSeparator(Placement::ToolBarOnly);
    connect(addRecordAction(tr("&Today"), u"go-jump-today"_s, {}, u"todayAction"_s, Placement::MenuOnly),
            &QAction::triggered, m_view, &CalendarView::goToday);
    addFindAction();
}

void CalendarSection::showEvent(QShowEvent* event) {
    ensureLoaded();
    SectionFrame::showEvent(event);
}

void CalendarSection::ensureLoaded() {
    if (m_loaded) // the store is read when the section is first shown, not while the window is built
        return;
    m_loaded = true;
    reloadUsers();
    reload();
}

void CalendarSection::setSidePane(QWidget* pane) {
    addDetailPane(pane, {900, 320});
}

void CalendarSection::reloadDisplayZone() {
    m_zone = DisplayZone::load(m_context.db);
    m_view->setDisplayZone(m_zone);
    reloadUsers();
    reload();
}

void CalendarSection::reloadUsers() {
    auto users = UserRepository(m_context.db).all();
    m_viewer = CalendarEntries::Viewer::of(m_context.db.localUserId(), users ? *users : QList<User>(), m_zone);
}

bool CalendarSection::mayChange(const Occurrence& o) const {
    return m_viewer.mayChangeEvent(*o.event) && !CalendarEntries::busyOnly(*o.event, m_viewer);
}

bool CalendarSection::shown(const Occurrence& o) const {
    const QString person = m_filter->personId();
    if (!person.isEmpty() && !CalendarConflicts::peopleOf(*o.event).contains(person))
        return false;
    const QString text = m_filter->text();
    if (text.isEmpty())
        return true;
    const CalendarEvent& e = *o.event;
    const bool hidden = CalendarEntries::busyOnly(e, m_viewer);
    return (!hidden &&
            (e.title.contains(text, Qt::CaseInsensitive) || e.location.contains(text, Qt::CaseInsensitive))) ||
           m_viewer.userNames.value(e.ownerId).contains(text, Qt::CaseInsensitive);
}

void CalendarSection::reload() {
    if (!m_loaded)
        return;
    const CalendarRange range = m_view->visibleRange();
    auto found =
        CalendarQuery(m_context.db, m_zone)
            .between(QDateTime(range.first, QTime(0, 0), m_zone), QDateTime(range.lastExclusive, QTime(0, 0), m_zone));
    if (!found) {
        showError(found.error().message);
        return;
    }
    // Overlaps count every occurrence of the people concerned, also those the filter hides.
    const QHash<QString, CalendarOverlap> overlaps = CalendarConflicts::find(*found);
    QList<Occurrence> visible;
    m_occurrences.clear();
    for (const Occurrence& o : std::as_const(*found)) {
        m_occurrences.insert(o.key(), o);
        if (shown(o))
            visible.append(o);
    }
    m_view->setEntries(CalendarEntries::entriesOf(visible, m_viewer, overlaps));
    m_shownCount = int(visible.size());
    emit statusChanged();
}

QString CalendarSection::statusText() const {
    return tr("Events: %1").arg(locale().toString(m_shownCount));
}

std::optional<Occurrence> CalendarSection::occurrence(const QString& key) const {
    const auto it = m_occurrences.constFind(key);
    if (it == m_occurrences.cend())
        return std::nullopt;
    return *it;
}

void CalendarSection::newEvent() {
    m_view->requestCreate();
}

void CalendarSection::createEvent(const QDateTime& start, const QDateTime& end, bool allDay) {
    CalendarEvent draft;
    const QDateTime from = start.toTimeZone(m_zone);
    const QDateTime to = end.toTimeZone(m_zone);
    if (allDay) {
        draft.start = CalendarTime::ofDate(from.date());
        draft.end = CalendarTime::ofDate(std::max(to.date(), from.date().addDays(1)));
    } else {
        draft.start = CalendarTime::zoned(from.date(), from.time(), m_zone.id());
        draft.end = CalendarTime::zoned(to.date(), to.time(), m_zone.id());
        draft.reminders = {kDefaultReminderMinutes};
    }
    draft.ownerId = m_context.db.localUserId();
    edit({draft, {}, std::nullopt}, {}, false);
}

void CalendarSection::openOccurrence(const QString& key) {
    const auto o = occurrence(key);
    if (!o)
        return;
    if (CalendarEntries::busyOnly(*o->event, m_viewer)) {
        m_banner->showMessage(
            tr("%1 is busy then; the event is private.").arg(m_viewer.userNames.value(o->event->ownerId)),
            MessageBanner::Type::Information, 4000);
        return;
    }
    edit(occurrenceOf(*o), key, !mayChange(*o));
}

void CalendarSection::openEvent(const QString& id) {
    ensureLoaded();
    auto event = EventRepository(m_context.db).get(id);
    if (!event || event->deleted) {
        showError(event ? tr("The event no longer exists.") : event.error().message);
        return;
    }
    const OccurrenceOf o = occurrenceOf(*event);
    m_view->setDate(o.values().start.toDateTime(m_zone).toTimeZone(m_zone).date());
    m_view->selectEntry(keyOf(o));
    if (CalendarEntries::busyOnly(*event, m_viewer))
        return; // only the time is shared
    edit(o, keyOf(o), !m_viewer.mayChangeEvent(*event));
}

void CalendarSection::edit(const OccurrenceOf& occurrence, const QString& key, bool readOnly) {
    EventEditorDialog dialog(m_context, m_zone, occurrence, this);
    dialog.setReadOnly(readOnly);
    if (occurrence.shown.id.isEmpty())
        dialog.editor()->focusTitle();
    if (dialog.exec() != QDialog::Accepted || readOnly)
        return;
    const bool added = occurrence.shown.id.isEmpty();
    const QString title = dialog.savedTitle();
    offer(dialog.change(), added ? tr("Event added") : tr("Event changed"),
          added ? tr("“%1” added.").arg(title) : tr("“%1” saved.").arg(title));
    const QList<CalendarEvent>& saved = dialog.change().saved;
    m_view->selectEntry(added && !saved.isEmpty() && !saved.first().isRecurring() ? saved.first().id : key);
}

void CalendarSection::offer(EventChange change, const QString& undoText, const QString& text) {
    if (!change.undo)
        return;
    const int token = m_context.undo.push(undoText, change.undo.undo, change.undo.redo);
    offerUndo(text, token);
}

void CalendarSection::moveOccurrence(const QString& key, const QDateTime& start, const QDateTime& end) {
    const auto o = occurrence(key);
    if (!o || !mayChange(*o))
        return;
    std::optional<OccurrenceScope> scope = OccurrenceScope::All;
    if (!o->seriesId.isEmpty())
        scope = OccurrenceScopeDialog::ask(this, OccurrenceScopeDialog::Purpose::Move, o->event->title);
    if (!scope)
        return;
    auto moved = OccurrenceEdit(m_context.db).move(occurrenceOf(*o), start, end, *scope);
    if (!moved) {
        showError(moved.error().message);
        return;
    }
    offer(std::move(*moved), tr("Event moved"), tr("“%1” moved.").arg(o->event->title));
    m_view->selectEntry(*scope == OccurrenceScope::This || o->seriesId.isEmpty() ? key : QString());
}

void CalendarSection::deleteOccurrence(const QString& key) {
    const auto o = occurrence(key);
    if (!o || !mayChange(*o))
        return;
    const QString title = o->event->title;
    std::optional<OccurrenceScope> scope = OccurrenceScope::All;
    if (!o->seriesId.isEmpty())
        scope = OccurrenceScopeDialog::ask(this, OccurrenceScopeDialog::Purpose::Delete, title);
    else if (MessageBox::question(this, tr("Delete event"), tr("Delete “%1”?").arg(title),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        scope.reset();
    if (!scope)
        return;
    auto removed = OccurrenceEdit(m_context.db).remove(occurrenceOf(*o), *scope);
    if (!removed) {
        showError(removed.error().message);
        return;
    }
    offer(std::move(*removed), tr("Event deleted"), tr("“%1” deleted.").arg(title));
}

} // namespace Fieldbook
