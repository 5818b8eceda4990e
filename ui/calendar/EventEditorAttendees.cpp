#include "EventEditorAttendees.h"

#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/UserRepository.h"

#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kAttendeeRole = Qt::UserRole + 1;

bool samePerson(const EventAttendee& a, const EventAttendee& b) {
    if (!a.userId.isEmpty() || !b.userId.isEmpty())
        return a.userId == b.userId;
    if (!a.contactId.isEmpty() || !b.contactId.isEmpty())
        return a.contactId == b.contactId;
    return a.email.compare(b.email, Qt::CaseInsensitive) == 0 && a.name == b.name;
}

} // namespace

EventEditorAttendees::EventEditorAttendees(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this)) {
    setObjectName(u"attendeeEditor"_s);
    m_list->setObjectName(u"attendeeList"_s);
    m_list->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_building)
            emit changed();
    });
}

void EventEditorAttendees::setAttendees(const QList<EventAttendee>& attendees, const QString& ownerId,
                                        const QString& accountId) {
    m_ownerId = ownerId;
    m_accountId = accountId;
    rebuild(attendees);
}

void EventEditorAttendees::setAccount(const QString& accountId) {
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    rebuild(attendees());
}

void EventEditorAttendees::addHeading(const QString& text) {
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::NoItemFlags);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
}

void EventEditorAttendees::addAttendee(const EventAttendee& attendee, const QString& text, bool ticked) {
    auto* item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    item->setData(kAttendeeRole, QVariant::fromValue(QStringList{attendee.userId, attendee.contactId, attendee.name,
                                                                 attendee.email, attendee.response}));
    if (!attendee.email.isEmpty())
        item->setToolTip(attendee.email);
}

void EventEditorAttendees::rebuild(const QList<EventAttendee>& ticked) {
    m_building = true;
    m_list->clear();
    QList<EventAttendee> rest = ticked;
    const auto take = [&rest](const EventAttendee& offered) {
        for (qsizetype i = 0; i < rest.size(); ++i)
            if (samePerson(rest.at(i), offered))
                return std::optional<EventAttendee>(rest.takeAt(i));
        return std::optional<EventAttendee>();
    };
    if (auto users = UserRepository(m_db).all(); users) {
        addHeading(tr("Colleagues"));
        for (const User& user : std::as_const(*users)) {
            if (user.id == m_ownerId || !user.active)
                continue;
            const auto known = take({user.id, {}, user.name, user.email, {}});
            addAttendee(known.value_or(EventAttendee{user.id, {}, user.name, user.email, {}}), user.name,
                        known.has_value());
        }
    }
    auto contacts = m_accountId.isEmpty() ? Result<QList<Contact>>() : ContactRepository(m_db).forAccount(m_accountId);
    if (contacts && !contacts->isEmpty()) {
        auto account = AccountRepository(m_db).get(m_accountId);
        addHeading(tr("Contacts of %1").arg(account ? account->name : QString()));
        for (const Contact& c : std::as_const(*contacts)) {
            const QString email = c.emails.isEmpty() ? QString() : c.emails.first().value;
            const auto known = take({{}, c.id, c.displayName(), email, {}});
            addAttendee(known.value_or(EventAttendee{{}, c.id, c.displayName(), email, {}}), c.displayName(),
                        known.has_value());
        }
    }
    if (!rest.isEmpty()) {
        addHeading(tr("Others"));
        for (const EventAttendee& a : std::as_const(rest))
            addAttendee(a, a.name.isEmpty() ? a.email : a.name, true);
    }
    m_building = false;
}

QList<EventAttendee> EventEditorAttendees::attendees() const {
    QList<EventAttendee> result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const QStringList parts = item->data(kAttendeeRole).toStringList();
        if (parts.size() == 5 && item->checkState() == Qt::Checked)
            result.append({parts.at(0), parts.at(1), parts.at(2), parts.at(3), parts.at(4)});
    }
    return result;
}

QStringList EventEditorAttendees::colleagueIds() const {
    QStringList ids;
    for (const EventAttendee& a : attendees())
        if (!a.userId.isEmpty())
            ids.append(a.userId);
    return ids;
}

} // namespace Fieldbook
