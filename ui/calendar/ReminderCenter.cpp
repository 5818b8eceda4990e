#include "ReminderCenter.h"

#include "DisplayZone.h"
#include "ReminderListDialog.h"
#include "TaskText.h"

#include "common/Clock.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "fieldbook.reminders")

/// Look again at least this often: next() sees two days ahead, and sleep or clock changes delay timers.
constexpr qint64 kLongestWaitMs = 3600 * 1000;
constexpr int kMessageMs = 15 * 1000;
constexpr int kTitlesInMessage = 3;

} // namespace

ReminderCenter::ReminderCenter(Database& db, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_window(window)
    , m_service(db, displayZone())
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReminderCenter::check);
    // Events, tasks and reminder states that change here or arrive by sync can move the next reminder.
    RecordWatch(db, this).reload({&RecordType::events(), &RecordType::tasks(), &RecordType::reminderStates()}, [this] {
        if (m_started)
            check();
    });
}

ReminderCenter::~ReminderCenter() = default;

void ReminderCenter::start() {
    if (m_started)
        return;
    m_started = true;
    createTray();
    check();
}

void ReminderCenter::check() {
    if (!m_started)
        return;
    if (m_checking) { // a slot of a signal below changed the states again: look once more after this
        m_recheck = true;
        return;
    }
    m_checking = true;
    const QDateTime now = Clock::nowUtc();
    auto fresh = m_service.announce(now);
    auto due = m_service.due(now);
    if (!fresh || !due) {
        reportError((fresh ? due.error() : fresh.error()).detail);
    } else {
        const bool changed = due->size() != m_due.size();
        m_due = std::move(*due);
        if (m_list)
            m_list->setReminders(m_due);
        if (m_tray)
            m_tray->setToolTip(m_due.isEmpty() ? tr("Fieldbook") : tr("Fieldbook: %n reminder(s)", "", count()));
        if (changed || !fresh->isEmpty())
            emit countChanged(count());
        if (!fresh->isEmpty())
            notify(*fresh);
    }
    plan(now);
    m_checking = false;
    if (std::exchange(m_recheck, false))
        QTimer::singleShot(0, this, &ReminderCenter::check);
}

void ReminderCenter::plan(const QDateTime& now) {
    auto next = m_service.next(now);
    qint64 wait = kLongestWaitMs;
    if (next && next->isValid())
        wait = std::clamp<qint64>(now.msecsTo(*next), 0, kLongestWaitMs);
    m_plannedAt = now.addMSecs(wait);
    m_timer->start(int(wait));
}

void ReminderCenter::notify(const QList<Reminder>& fresh) {
    emit announced(fresh);
    if (!m_tray || !m_tray->isVisible()) {
        // Without a tray the list is the only place: the window asks for attention.
        if (m_window)
            QApplication::alert(m_window);
        return;
    }
    const QDateTime now = Clock::nowUtc().toTimeZone(displayZone());
    QString title;
    QStringList lines;
    if (fresh.size() == 1) {
        const Reminder& r = fresh.first();
        title = r.title.isEmpty() ? tr("Reminder") : r.title;
        lines.append(TaskText::reminderWhen(r.startsAt, r.allDay, r.ofTask, now));
        if (!r.location.isEmpty())
            lines.append(r.location);
    } else {
        title = tr("%n reminder(s)", "", int(fresh.size()));
        for (qsizetype i = 0; i < fresh.size() && i < kTitlesInMessage; ++i)
            lines.append(fresh.at(i).title);
        if (fresh.size() > kTitlesInMessage)
            lines.append(tr("and %n more", "", int(fresh.size() - kTitlesInMessage)));
    }
    m_tray->showMessage(title, lines.join(u'\n'), QSystemTrayIcon::Information, kMessageMs);
}

void ReminderCenter::createTray() {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(u"reminderTrayIcon"_s);
    QIcon icon = QApplication::windowIcon();
    m_tray->setIcon(icon.isNull() ? Icons::get(u"appointment-soon"_s, QStyle::SP_MessageBoxInformation) : icon);
    m_tray->setToolTip(tr("Fieldbook"));
    auto* menu = new QMenu(m_window);
    menu->addAction(tr("Show reminders"), this, &ReminderCenter::showList);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderCenter::showList);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showList();
    });
    m_tray->show();
}

void ReminderCenter::snooze(const QList<Reminder>& reminders, const QDateTime& until) {
    for (const Reminder& r : reminders)
        if (auto done = m_service.snooze(r, until); !done)
            reportError(done.error().detail);
    check();
}

void ReminderCenter::dismiss(const QList<Reminder>& reminders) {
    for (const Reminder& r : reminders)
        if (auto done = m_service.dismiss(r); !done)
            reportError(done.error().detail);
    check();
}

void ReminderCenter::dismissAll() {
    dismiss(m_due);
}

void ReminderCenter::showList() {
    if (!m_list) {
        m_list = new ReminderListDialog(m_window);
        m_list->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_list, &ReminderListDialog::snoozeRequested, this, &ReminderCenter::snooze);
        connect(m_list, &ReminderListDialog::dismissRequested, this, &ReminderCenter::dismiss);
        connect(m_list, &ReminderListDialog::dismissAllRequested, this, &ReminderCenter::dismissAll);
        connect(m_list, &ReminderListDialog::openRequested, this, [this](const Reminder& r) {
            emit recordRequested((r.ofTask ? RecordType::tasks() : RecordType::events()).table, r.recordId);
        });
    }
    m_list->setReminders(m_due);
    m_list->show();
    m_list->raise();
    m_list->activateWindow();
}

ReminderListDialog* ReminderCenter::listDialog() const {
    return m_list;
}

void ReminderCenter::reportError(const QString& message) {
    // Reminders run in the background: a failure is logged, never a dialog (docs/architecture.md, Errors).
    qCWarning(lcReminders) << "reminders:" << message;
}

} // namespace Fieldbook
