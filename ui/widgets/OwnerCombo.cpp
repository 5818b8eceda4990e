#include "OwnerCombo.h"

#include "store/records/UserRepository.h"

#include <QSignalBlocker>

namespace Fieldbook {

OwnerCombo::OwnerCombo(Database& db, const QString& anyOwnerText, QWidget* parent)
    : QComboBox(parent)
    , m_db(db)
    , m_anyOwnerText(anyOwnerText) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
}

void OwnerCombo::reload() {
    const QString current = ownerId();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_anyOwnerText.isEmpty())
        addItem(m_anyOwnerText, QString());
    if (auto users = UserRepository(m_db).all()) {
        for (const User& user : std::as_const(*users))
            addItem(user.name, user.id);
    }
    setOwnerId(current);
}

QString OwnerCombo::ownerId() const {
    return currentData().toString();
}

void OwnerCombo::setOwnerId(const QString& id) {
    int index = findData(id);
    if (index < 0 && !id.isEmpty()) {
        // An owner unknown locally (not yet synced): keep the id rather than silently reassigning.
        addItem(tr("Unknown user"), id);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
}

} // namespace Fieldbook
