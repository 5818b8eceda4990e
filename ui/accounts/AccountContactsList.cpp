#include "AccountContactsList.h"

#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

AccountContactsList::AccountContactsList(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this)) {
    setObjectName(u"accountContacts"_s);
    m_list->setObjectName(u"accountContactList"_s);
    m_list->setUniformItemSizes(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    auto* showAll = new QPushButton(tr("Show in Contacts"), this);
    showAll->setObjectName(u"showContactsButton"_s);
    showAll->setToolTip(tr("List this account's contacts in the Contacts section"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(showAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit contactActivated(item->data(Qt::UserRole).toString()); });
    connect(showAll, &QPushButton::clicked, this, [this] { emit contactActivated({}); });
    // Bulk work (imports, merges of many records) reports a reset instead of each record.
    RecordWatch(db, this).reload({&RecordType::contacts()}, [this] {
        if (!m_accountId.isEmpty())
            reload();
    });
}

void AccountContactsList::setAccount(const QString& accountId) {
    m_accountId = accountId;
    reload();
}

int AccountContactsList::count() const {
    return m_list->count();
}

void AccountContactsList::reload() {
    m_list->clear();
    if (!m_accountId.isEmpty()) {
        static const QIcon icon = Icons::get(u"avatar-default"_s, QStyle::SP_FileIcon);
        auto contacts = ContactRepository(m_db).forAccount(m_accountId);
        if (contacts) {
            for (const Contact& contact : std::as_const(*contacts)) {
                const QString text = contact.title.isEmpty() ? contact.displayName()
                                                             : tr("%1 — %2").arg(contact.displayName(), contact.title);
                auto* item = new QListWidgetItem(icon, text, m_list);
                item->setData(Qt::UserRole, contact.id);
            }
        }
    }
    m_empty->setText(m_list->count() == 0 ? tr("No contacts at this account yet.")
                                          : tr("Double-click a contact to open it."));
    emit countChanged(m_list->count());
}

} // namespace Fieldbook
