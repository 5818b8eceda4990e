#include "CalendarView.h"

#include "CalendarAgendaView.h"
#include "CalendarMonthView.h"
#include "CalendarNavBar.h"
#include "CalendarText.h"
#include "CalendarTimeGrid.h"
#include "common/Clock.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
/// The local .ics files among dragged URLs.
QStringList icsPaths(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".ics"_s, Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    return paths;
}
} // namespace

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
    , m_bar(new CalendarNavBar(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new CalendarTimeGrid(m_stack))
    , m_month(new CalendarMonthView(m_stack))
    , m_agenda(new CalendarAgendaView(m_stack))
    , m_zone(QTimeZone::systemTimeZone()) {
    setObjectName(u"calendarView"_s);
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_agenda);
    connectViews();
    m_date = today();
    showPeriod();
}

void CalendarView::connectViews() {
    connect(m_bar, &CalendarNavBar::todayRequested, this, &CalendarView::goToday);
    connect(m_bar, &CalendarNavBar::stepRequested, this, &CalendarView::step);
    connect(m_bar, &CalendarNavBar::modeRequested, this, &CalendarView::setMode);
    connect(m_grid, &CalendarTimeGrid::createRequested, this, &CalendarView::createRequested);
    connect(m_grid, &CalendarTimeGrid::moveRequested, this, &CalendarView::moveRequested);
    connect(m_grid, &CalendarTimeGrid::activated, this, &CalendarView::activated);
    connect(m_grid, &CalendarTimeGrid::deleteRequested, this, &CalendarView::deleteRequested);
    connect(m_grid, &CalendarTimeGrid::dayRequested, this, &CalendarView::openDay);
    connect(m_grid, &CalendarTimeGrid::dateStepRequested, this, &CalendarView::setDate);
    connect(m_month, &CalendarMonthView::createRequested, this, &CalendarView::createRequested);
    connect(m_month, &CalendarMonthView::moveRequested, this, &CalendarView::moveRequested);
    connect(m_month, &CalendarMonthView::activated, this, &CalendarView::activated);
    connect(m_month, &CalendarMonthView::deleteRequested, this, &CalendarView::deleteRequested);
    connect(m_month, &CalendarMonthView::dayRequested, this, &CalendarView::openDay);
    connect(m_month, &CalendarMonthView::dateStepRequested, this, &CalendarView::setDate);
    connect(m_agenda, &CalendarAgendaView::activated, this, &CalendarView::activated);
    connect(m_agenda, &CalendarAgendaView::deleteRequested, this, &CalendarView::deleteRequested);
}

QDate CalendarView::today() const {
    return Clock::nowUtc().toTimeZone(m_zone).date();
}

void CalendarView::setDate(QDate date) {
    if (!date.isValid())
        return;
    m_date = date;
    showPeriod();
}

void CalendarView::setMode(CalendarMode mode) {
    if (mode == m_mode)
        return;
    const bool hadFocus = currentView()->hasFocus() || currentView()->isAncestorOf(focusWidget());
    m_mode = mode;
    showPeriod();
    if (hadFocus)
        currentView()->setFocus(Qt::OtherFocusReason);
    emit modeChanged(mode);
}

void CalendarView::goToday() {
    setDate(today());
}

void CalendarView::step(int direction) {
    setDate(CalendarPeriod::step(m_mode, m_date, direction));
}

void CalendarView::openDay(QDate date) {
    setDate(date);
    setMode(CalendarMode::Day);
}

QWidget* CalendarView::currentView() const {
    switch (m_mode) {
    case CalendarMode::Month:
        return m_month;
    case CalendarMode::Agenda:
        return m_agenda;
    default:
        return m_grid;
    }
}

/// Shows the period of m_date in the current view and reports a new range.
void CalendarView::showPeriod() {
    const QLocale locale = this->locale();
    const CalendarRange range = CalendarPeriod::range(m_mode, m_date, locale);
    switch (m_mode) {
    case CalendarMode::Month:
        m_month->setDate(m_date);
        break;
    case CalendarMode::Agenda:
        m_agenda->setRange(range);
        break;
    default:
        m_grid->setDays(CalendarPeriod::gridDays(m_mode, m_date, locale));
        break;
    }
    m_stack->setCurrentWidget(currentView());
    setFocusProxy(currentView());
    feedCurrentView();
    m_bar->setMode(m_mode);
    m_bar->setTitle(CalendarText::periodTitle(m_mode, m_date, locale));
    if (range != m_range) {
        m_range = range;
        emit rangeChanged(range.first, range.lastExclusive);
    }
}

void CalendarView::setEntries(const QList<CalendarEntry>& entries) {
    m_entries = entries;
    m_stale = {m_grid, m_month, m_agenda};
    feedCurrentView();
}

void CalendarView::feedCurrentView() {
    QWidget* view = currentView();
    if (!m_stale.removeOne(view))
        return;
    if (view == m_grid)
        m_grid->setEntries(m_entries);
    else if (view == m_month)
        m_month->setEntries(m_entries);
    else
        m_agenda->setEntries(m_entries);
}

void CalendarView::setDisplayZone(const QTimeZone& zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_grid->setDisplayZone(m_zone);
    m_month->setDisplayZone(m_zone);
    m_agenda->setDisplayZone(m_zone);
}

QString CalendarView::selectedKey() const {
    switch (m_mode) {
    case CalendarMode::Month:
        return m_month->selectedKey();
    case CalendarMode::Agenda:
        return m_agenda->selectedKey();
    default:
        return m_grid->selectedKey();
    }
}

void CalendarView::selectEntry(const QString& key) {
    m_grid->selectEntry(key);
    m_month->selectEntry(key);
    m_agenda->selectEntry(key);
}

CalendarSlot CalendarView::selectedSlot() const {
    switch (m_mode) {
    case CalendarMode::Month: {
        const QDate day = m_month->selectedDate();
        return {QDateTime(day, QTime(0, 0), m_zone), QDateTime(day.addDays(1), QTime(0, 0), m_zone), true};
    }
    case CalendarMode::Agenda: {
        const QDateTime now = Clock::nowUtc().toTimeZone(m_zone);
        const bool isToday = m_date == now.date() && now.time().hour() < 23;
        const QTime start = isToday ? QTime(now.time().hour() + 1, 0) : QTime(9, 0);
        const QDateTime from(m_date, start, m_zone);
        return {from, from.addSecs(30 * 60), false};
    }
    default:
        return m_grid->selectedSlot();
    }
}

void CalendarView::requestCreate() {
    const CalendarSlot slot = selectedSlot();
    emit createRequested(slot.start, slot.end, slot.allDay);
}

bool CalendarView::modeKey(int key, Qt::KeyboardModifiers modifiers) {
    const bool outlook = modifiers == (Qt::ControlModifier | Qt::AltModifier);
    if ((modifiers == Qt::NoModifier || outlook) && key >= Qt::Key_1 && key <= Qt::Key_5) {
        setMode(CalendarMode(key - Qt::Key_1));
        return true;
    }
    if (modifiers != Qt::NoModifier && !(modifiers == Qt::ShiftModifier && key == Qt::Key_W))
        return false;
    switch (key) {
    case Qt::Key_D:
        setMode(CalendarMode::Day);
        return true;
    case Qt::Key_W:
        setMode(modifiers == Qt::ShiftModifier ? CalendarMode::WorkWeek : CalendarMode::Week);
        return true;
    case Qt::Key_M:
        setMode(CalendarMode::Month);
        return true;
    case Qt::Key_A:
        setMode(CalendarMode::Agenda);
        return true;
    default:
        return false;
    }
}

void CalendarView::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modeKey(key, modifiers))
        return;
    if (modifiers == Qt::NoModifier && key == Qt::Key_T)
        goToday();
    else if (modifiers == Qt::NoModifier && (key == Qt::Key_PageUp || key == Qt::Key_PageDown))
        step(key == Qt::Key_PageUp ? -1 : 1);
    else if (modifiers == Qt::AltModifier && (key == Qt::Key_Left || key == Qt::Key_Right))
        step(key == Qt::Key_Left ? -1 : 1);
    else
        QWidget::keyPressEvent(event);
}

void CalendarView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange)
        showPeriod();
}

void CalendarView::dragEnterEvent(QDragEnterEvent* event) {
    if (!icsPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CalendarView::dragMoveEvent(QDragMoveEvent* event) {
    if (!icsPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void CalendarView::dropEvent(QDropEvent* event) {
    const QStringList paths = icsPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths);
}

} // namespace Fieldbook
