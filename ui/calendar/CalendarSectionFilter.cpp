#include "CalendarSectionFilter.h"

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
const QString kMine = u"@mine"_s; // the combo's data for the local user, whoever that is
} // namespace

CalendarSectionFilter::CalendarSectionFilter(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_person(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"calendarFilterBar"_s);
    m_person->setObjectName(u"personFilter"_s);
    m_person->setToolTip(tr("Show everyone's calendar you can see, yours, or one colleague's"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search events, places and people (Ctrl+F)"));
    m_search->addAction(Icons::get(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    reloadPeople();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_person);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CalendarSectionFilter::filterChanged);
    connect(m_person, &QComboBox::currentIndexChanged, this, &CalendarSectionFilter::filterChanged);
}

void CalendarSectionFilter::reloadPeople() {
    const QString current = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    m_person->addItem(tr("My calendar"), kMine);
    if (auto users = UserRepository(m_db).all(); users && users->size() > 1) {
        m_person->insertSeparator(m_person->count());
        for (const User& user : std::as_const(*users))
            if (user.id != m_db.localUserId())
                m_person->addItem(user.name, user.id);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(current)));
}

QString CalendarSectionFilter::personId() const {
    const QString person = m_person->currentData().toString();
    return person == kMine ? m_db.localUserId() : person;
}

QString CalendarSectionFilter::text() const {
    return m_search->text().trimmed();
}

bool CalendarSectionFilter::isFiltering() const {
    return !personId().isEmpty() || !text().isEmpty();
}

void CalendarSectionFilter::clear() {
    {
        const QSignalBlocker blocker(m_person);
        m_person->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_debounce->stop();
    emit filterChanged();
}

void CalendarSectionFilter::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Fieldbook
