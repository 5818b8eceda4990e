#include "LeadFilterBar.h"

#include "store/db/Database.h"
#include "store/records/UserRepository.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
// Combo data that is not a key: open statuses, the local user, and "not rated".
const QString kOpen = u"@open"_s;
const QString kMine = u"@mine"_s;
const QString kUnrated = u"@unrated"_s;
} // namespace

LeadFilterBar::LeadFilterBar(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_rating(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"leadFilterBar"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search leads by name, company, e-mail or phone (Ctrl+F)"));
    m_search->addAction(Icons::get(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Open leads"), kOpen);
    m_status->addItem(tr("All statuses"), QString());
    m_status->insertSeparator(m_status->count());
    for (LeadStatus s : leadStatuses())
        m_status->addItem(leadStatusName(s), leadStatusKey(s));
    m_rating->setObjectName(u"ratingFilter"_s);
    m_rating->addItem(tr("Any rating"), QString());
    for (LeadRating r : leadRatings())
        if (r != LeadRating::None)
            m_rating->addItem(leadRatingName(r), leadRatingKey(r));
    m_rating->addItem(leadRatingName(LeadRating::None), kUnrated);
    m_source->setObjectName(u"sourceFilter"_s);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setToolTip(tr("Show the leads of everyone, yours, or one person's"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadSources();
    reloadOwners();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QComboBox* combo : {m_status, m_rating, m_source, m_owner}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &LeadFilterBar::applyNow);
    }
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LeadFilterBar::applyNow);
    m_applied = filter();
}

void LeadFilterBar::reloadOwners() {
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Mine"), kMine);
    if (auto users = UserRepository(m_db).all(); users && users->size() > 1) {
        m_owner->insertSeparator(m_owner->count());
        for (const User& user : std::as_const(*users))
            if (user.id != m_db.localUserId())
                m_owner->addItem(user.name, user.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void LeadFilterBar::reloadSources() {
    const QString current = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("Any source"), QString());
    if (auto sources = LeadQuery(m_db).sources())
        for (const QString& source : std::as_const(*sources))
            m_source->addItem(leadSourceName(source), source);
    // A chosen source stays until the user picks another, even when its last lead went.
    if (!current.isEmpty() && m_source->findData(current) < 0)
        m_source->addItem(leadSourceName(current), current);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
}

LeadFilter LeadFilterBar::filter() const {
    LeadFilter f;
    f.text = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (status == kOpen) {
        f.statuses = {LeadStatus::New, LeadStatus::Working, LeadStatus::Qualified};
    } else if (LeadStatus s = LeadStatus::New; parseLeadStatus(status, &s)) {
        f.statuses = {s};
    }
    const QString rating = m_rating->currentData().toString();
    if (rating == kUnrated) {
        f.rating = LeadRating::None;
    } else if (LeadRating r = LeadRating::None; !rating.isEmpty() && parseLeadRating(rating, &r)) {
        f.rating = r;
    }
    f.source = m_source->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    f.ownerId = owner == kMine ? m_db.localUserId() : owner;
    return f;
}

bool LeadFilterBar::isFiltering() const {
    LeadFilter standard;
    standard.statuses = {LeadStatus::New, LeadStatus::Working, LeadStatus::Qualified};
    return filter() != standard;
}

void LeadFilterBar::clear() {
    for (QComboBox* combo : {m_status, m_rating, m_source, m_owner}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyNow();
}

void LeadFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadFilterBar::applyNow() {
    m_debounce->stop();
    const LeadFilter current = filter();
    if (current == m_applied)
        return;
    m_applied = current;
    emit filterChanged(current);
}

} // namespace Fieldbook
