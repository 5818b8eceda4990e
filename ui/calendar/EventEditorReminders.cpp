#include "EventEditorReminders.h"

#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kPresets[] = {5, 10, 15, 30, 60, 24 * 60};
} // namespace

EventEditorReminders::EventEditorReminders(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this)) {
    setObjectName(u"reminderEditor"_s);
    m_list->setObjectName(u"reminderList"_s);
    m_list->setFixedHeight(fontMetrics().height() * 3 + 2 * m_list->frameWidth() + 6);
    m_add->setObjectName(u"addReminder"_s);
    m_add->setText(tr("Add"));
    m_add->setIcon(Icons::get(u"list-add"_s));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto* presets = new QMenu(m_add);
    presets->setObjectName(u"reminderPresets"_s);
    for (int minutes : kPresets)
        presets->addAction(text(minutes), this, [this, minutes] { add(minutes); });
    m_add->setMenu(presets);
    m_remove->setObjectName(u"removeReminder"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(Icons::get(u"list-remove"_s));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_remove, &QToolButton::clicked, this, &EventEditorReminders::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1, Qt::AlignTop);
    layout->addLayout(buttons);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    show({});
}

QString EventEditorReminders::text(int minutes) {
    if (minutes == 0)
        return tr("At the start");
    if (minutes < 0)
        return tr("%n minute(s) after the start", "", -minutes);
    if (minutes % (24 * 60) == 0)
        return tr("%n day(s) before", "", minutes / (24 * 60));
    if (minutes % 60 == 0)
        return tr("%n hour(s) before", "", minutes / 60);
    return tr("%n minute(s) before", "", minutes);
}

void EventEditorReminders::setMinutes(const QList<int>& minutes) {
    show(minutes);
}

QList<int> EventEditorReminders::minutes() const {
    QList<int> result;
    for (int row = 0; row < m_list->count(); ++row)
        if (const QVariant value = m_list->item(row)->data(Qt::UserRole); value.isValid())
            result.append(value.toInt());
    return result;
}

void EventEditorReminders::add(int minutes) {
    QList<int> now = this->minutes();
    if (now.contains(minutes))
        return;
    now.append(minutes);
    show(now);
    emit changed();
}

void EventEditorReminders::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QList<int> now = minutes();
    now.removeAt(row);
    show(now);
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    emit changed();
}

void EventEditorReminders::show(QList<int> minutes) {
    std::sort(minutes.begin(), minutes.end(), std::greater<>()); // the earliest reminder first
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    m_list->clear();
    for (int m : std::as_const(minutes)) {
        auto* item = new QListWidgetItem(text(m), m_list);
        item->setData(Qt::UserRole, m);
    }
    if (minutes.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No reminder"), m_list);
        none->setFlags(Qt::NoItemFlags);
        none->setData(Qt::UserRole, QVariant());
    }
    m_remove->setEnabled(false);
}

} // namespace Fieldbook
