#include "ReminderListDialog.h"

#include "DisplayZone.h"
#include "TaskText.h"

#include "common/Clock.h"
#include "widgets/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;
constexpr int kTickMs = 30 * 1000;

QString whenText(const Reminder& r, const QDateTime& now) {
    const QTimeZone zone = displayZone();
    const QDateTime local = r.startsAt.toTimeZone(zone);
    const QString relative = TaskText::reminderWhen(r.startsAt, r.allDay, r.ofTask, now.toTimeZone(zone));
    if (r.allDay)
        return relative;
    return ReminderListDialog::tr("%1 · %2").arg(TaskText::dueText(local, false, now), relative);
}

} // namespace

ReminderListDialog::ReminderListDialog(QWidget* parent)
    : QDialog(parent)
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No reminders are due."), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_snooze(new QToolButton(this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
    , m_dismissAll(new QPushButton(tr("Dismiss &all"), this))
    , m_tick(new QTimer(this)) {
    setObjectName(u"reminderListDialog"_s);
    setWindowTitle(tr("Reminders"));
    m_list->setObjectName(u"reminderList"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Reminder"), tr("When"), tr("Location")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    // The title takes what the time and the location leave; the time is always shown whole.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_list->header()->resizeSection(2, fontMetrics().averageCharWidth() * 28);
    m_empty->setObjectName(u"reminderListEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(createButtons());
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QList<Reminder> chosen = selected(); !chosen.isEmpty())
            emit openRequested(chosen.first());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openRequested(m_reminders.at(item->data(0, kIndexRole).toInt())); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (const QList<Reminder> chosen = selected(); !chosen.isEmpty())
            emit dismissRequested(chosen);
    });
    connect(m_dismissAll, &QPushButton::clicked, this, &ReminderListDialog::dismissAllRequested);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderListDialog::updateButtons);
    connect(m_tick, &QTimer::timeout, this, &ReminderListDialog::refill);
    m_tick->start(kTickMs);
    resize(fontMetrics().averageCharWidth() * 124, fontMetrics().height() * 18);
    refill();
}

QHBoxLayout* ReminderListDialog::createButtons() {
    m_open->setObjectName(u"openReminderButton"_s);
    m_snooze->setObjectName(u"snoozeButton"_s);
    m_snooze->setText(tr("&Snooze"));
    m_snooze->setPopupMode(QToolButton::InstantPopup);
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_snooze);
    for (const auto& [snooze, text] :
         {std::pair{Snooze::FiveMinutes, tr("For 5 minutes")}, std::pair{Snooze::FifteenMinutes, tr("For 15 minutes")},
          std::pair{Snooze::OneHour, tr("For 1 hour")}, std::pair{Snooze::Tomorrow, tr("Until tomorrow")}})
        menu->addAction(text, this, [this, snooze = snooze] { snoozeSelected(snooze); });
    m_snooze->setMenu(menu);
    m_dismiss->setObjectName(u"dismissButton"_s);
    m_dismissAll->setObjectName(u"dismissAllButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_dismissAll);
    return buttons;
}

void ReminderListDialog::setReminders(const QList<Reminder>& reminders) {
    m_reminders = reminders;
    refill();
}

void ReminderListDialog::refill() {
    QStringList keptKeys;
    for (const Reminder& r : selected())
        keptKeys.append(r.key);
    const QDateTime now = Clock::nowUtc();
    m_list->clear();
    for (qsizetype i = 0; i < m_reminders.size(); ++i) {
        const Reminder& r = m_reminders.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, r.title.isEmpty() ? tr("(No title)") : r.title);
        item->setIcon(0, r.ofTask ? Icons::get(u"object-select"_s, QStyle::SP_DialogApplyButton)
                                  : Icons::get(u"x-office-calendar"_s, QStyle::SP_FileDialogInfoView));
        item->setText(1, whenText(r, now));
        item->setText(2, r.location);
        item->setToolTip(0, r.title);
        item->setData(0, kIndexRole, int(i));
        item->setSelected(keptKeys.contains(r.key));
    }
    if (m_list->topLevelItemCount() > 0 && m_list->selectedItems().isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_stack->setCurrentWidget(m_reminders.isEmpty() ? static_cast<QWidget*>(m_empty) : m_list);
    updateButtons();
}

QList<Reminder> ReminderListDialog::selected() const {
    QList<Reminder> chosen;
    QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty() && m_list->currentItem())
        items.append(m_list->currentItem());
    for (const QTreeWidgetItem* item : std::as_const(items)) {
        const int index = item->data(0, kIndexRole).toInt();
        if (index >= 0 && index < m_reminders.size())
            chosen.append(m_reminders.at(index));
    }
    return chosen;
}

void ReminderListDialog::updateButtons() {
    const bool any = !selected().isEmpty();
    m_open->setEnabled(any);
    m_snooze->setEnabled(any);
    m_dismiss->setEnabled(any);
    m_dismissAll->setEnabled(!m_reminders.isEmpty());
}

QDateTime ReminderListDialog::snoozeUntil(Snooze snooze, const QDateTime& now, const QTimeZone& zone) {
    switch (snooze) {
    case Snooze::FiveMinutes:
        return now.addSecs(5 * 60);
    case Snooze::FifteenMinutes:
        return now.addSecs(15 * 60);
    case Snooze::OneHour:
        return now.addSecs(3600);
    case Snooze::Tomorrow:
        break;
    }
    return QDateTime(now.toTimeZone(zone).date().addDays(1), QTime(9, 0), zone).toUTC();
}

void ReminderListDialog::snoozeSelected(Snooze snooze) {
    const QList<Reminder> chosen = selected();
    if (!chosen.isEmpty())
        emit snoozeRequested(chosen, snoozeUntil(snooze, Clock::nowUtc(), displayZone()));
}

} // namespace Fieldbook
