#include "CallQueueFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CallQueueFilterBar::CallQueueFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_list(new QComboBox(this))
    , m_progress(new QLabel(this)) {
    setObjectName(u"callQueueFilter"_s);
    m_list->setObjectName(u"callListFilter"_s);
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_list->setMinimumContentsLength(16);
    m_progress->setObjectName(u"callQueueProgress"_s);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    auto* label = new QLabel(tr("&List:"), this);
    label->setBuddy(m_list);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addSpacing(12);
    layout->addWidget(m_progress, 1);
    m_list->addItem(tr("All my lists"), QString());
    connect(m_list, &QComboBox::currentIndexChanged, this, &CallQueueFilterBar::listChanged);
}

void CallQueueFilterBar::setLists(const QList<CallList>& lists) {
    const QString current = listId();
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > 1)
        m_list->removeItem(1);
    for (const CallList& l : lists)
        if (!l.closed)
            m_list->addItem(l.name, l.id);
    const int again = m_list->findData(current);
    m_list->setCurrentIndex(again >= 0 ? again : 0);
    if (again < 0 && !current.isEmpty())
        emit listChanged(); // the list chosen is gone
}

QString CallQueueFilterBar::listId() const {
    return m_list->currentData().toString();
}

void CallQueueFilterBar::setProgress(const QString& text) {
    m_progress->setText(text);
}

bool CallQueueFilterBar::isFiltering() const {
    return m_list->currentIndex() > 0;
}

void CallQueueFilterBar::clear() {
    m_list->setCurrentIndex(0);
}

void CallQueueFilterBar::focusSearch() {
    m_list->setFocus(Qt::ShortcutFocusReason);
    m_list->showPopup();
}

} // namespace Fieldbook
