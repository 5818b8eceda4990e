#include "ReminderOffsetsEdit.h"

#include "TaskText.h"

#include "widgets/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kDay = 24 * 60;
/// Minutes before a due time people choose from.
const QList<int> kTimedPresets{0, 5, 15, 30, 60, 120, kDay, 2 * kDay, 7 * kDay};
/// Before a due date's midnight: 09:00 on the day, and 09:00 one, two and seven days before.
const QList<int> kDatePresets{-9 * 60, kDay - 9 * 60, 2 * kDay - 9 * 60, 7 * kDay - 9 * 60};

} // namespace

ReminderOffsetsEdit::ReminderOffsetsEdit(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QComboBox(this))
    , m_remove(new QToolButton(this)) {
    m_list->setObjectName(u"reminderOffsetsList"_s);
    m_list->setFixedHeight(fontMetrics().height() * 3 + 8);
    m_add->setObjectName(u"addReminderCombo"_s);
    m_remove->setObjectName(u"removeReminderButton"_s);
    m_remove->setIcon(Icons::get(u"list-remove"_s, QStyle::SP_DialogDiscardButton));
    m_remove->setToolTip(tr("Remove the selected reminder"));
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_add, 1);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    fillPresets();
    connect(m_add, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            addOffset(m_add->itemData(index).toInt());
        m_add->setCurrentIndex(0);
    });
    connect(m_remove, &QToolButton::clicked, this, &ReminderOffsetsEdit::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    refill();
}

void ReminderOffsetsEdit::setOffsets(QList<int> minutes) {
    std::sort(minutes.begin(), minutes.end());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    m_offsets = std::move(minutes);
    refill();
}

void ReminderOffsetsEdit::setAllDay(bool allDay) {
    if (allDay == m_allDay)
        return;
    m_allDay = allDay;
    fillPresets();
    refill();
}

void ReminderOffsetsEdit::addOffset(int minutes) {
    if (m_offsets.contains(minutes))
        return;
    QList<int> offsets = m_offsets;
    offsets.append(minutes);
    setOffsets(offsets);
    emit changed();
}

void ReminderOffsetsEdit::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_offsets.size())
        return;
    m_offsets.removeAt(row);
    refill();
    emit changed();
}

void ReminderOffsetsEdit::fillPresets() {
    m_add->clear();
    m_add->addItem(tr("Add a reminder…"));
    for (const int minutes : m_allDay ? kDatePresets : kTimedPresets)
        m_add->addItem(TaskText::reminderOffset(minutes, m_allDay), minutes);
}

void ReminderOffsetsEdit::refill() {
    m_list->clear();
    for (const int minutes : std::as_const(m_offsets))
        m_list->addItem(TaskText::reminderOffset(minutes, m_allDay));
    m_list->setVisible(!m_offsets.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace Fieldbook
