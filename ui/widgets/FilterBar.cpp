#include "FilterBar.h"

#include "Icons.h"
#include "OwnerCombo.h"

#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "store/db/StoreEvents.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

FilterBar::FilterBar(Database& db, const RecordType& type, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_search(new QLineEdit(this))
    , m_owner(new OwnerCombo(db, tr("All owners"), this))
    , m_tag(new QComboBox(this))
    , m_accountChip(new QToolButton(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"filterBar"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, companies, e-mails, phones, tags, notes (Ctrl+F)"));
    m_search->addAction(Icons::get(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setToolTip(tr("Show only records of this owner"));
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setToolTip(tr("Show only records with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->addItem(tr("All tags"), QString());
    m_tag->installEventFilter(this);
    m_accountChip->setObjectName(u"accountFilterChip"_s);
    m_accountChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountChip->setIcon(Icons::get(u"window-close"_s, QStyle::SP_TitleBarCloseButton));
    m_accountChip->setToolTip(tr("Show contacts of all accounts"));
    m_accountChip->hide();
    m_debounce->setObjectName(u"searchDebounce"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_accountChip);
    layout->addWidget(m_owner);
    layout->addWidget(m_tag);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &FilterBar::applyNow);
    connect(m_accountChip, &QToolButton::clicked, this, [this] { setAccountFilter({}, {}); });
    const auto reset = [this] {
        m_tagsStale = true;
        m_owner->reload();
    };
    RecordWatch(db, this)
        .changed(m_type, [this](const QStringList&) { m_tagsStale = true; })
        .reset(m_type, reset)
        .reset(RecordType::users(), reset); // the owners to choose from
}

ListFilter FilterBar::filter() const {
    return ListFilter{m_search->text().trimmed(), m_owner->ownerId(), m_tag->currentData().toString(), m_accountId};
}

bool FilterBar::isFiltering() const {
    return filter() != ListFilter{};
}

void FilterBar::setAccountFilter(const QString& accountId, const QString& accountName) {
    m_accountId = accountId;
    m_accountChip->setText(tr("Account: %1").arg(accountName));
    m_accountChip->setVisible(!accountId.isEmpty());
    applyNow();
}

void FilterBar::clear() {
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker ownerBlocker(m_owner);
    const QSignalBlocker tagBlocker(m_tag);
    m_search->clear();
    m_owner->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_accountId.clear();
    m_accountChip->hide();
    applyNow();
}

void FilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setDebounceInterval(int ms) {
    m_debounce->setInterval(ms);
}

void FilterBar::applyNow() {
    m_debounce->stop();
    const ListFilter current = filter();
    if (current == m_applied)
        return;
    m_applied = current;
    emit filterChanged(current);
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event) {
    // Tags are read when the picker is about to open, not on every change of the store.
    if (watched == m_tag && m_tagsStale &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::KeyPress ||
         event->type() == QEvent::FocusIn))
        reloadTags();
    return QWidget::eventFilter(watched, event);
}

void FilterBar::reloadTags() {
    m_tagsStale = false;
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    const std::optional<ListQuery> query = ListQuery::of(m_db, m_type.table);
    if (auto tags = query ? query->tags() : Result<QStringList>()) {
        for (const QString& tag : std::as_const(*tags))
            m_tag->addItem(tag, tag);
    }
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

} // namespace Fieldbook
