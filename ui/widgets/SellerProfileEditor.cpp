#include "SellerProfileEditor.h"

#include "CompanyProfileEditor.h"
#include "services/CompanyProfile.h"
#include "store/db/Database.h"
#include "store/records/UserRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

SellerProfileEditor::SellerProfileEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_userName(new QLineEdit(this))
    , m_userNote(new QLabel(this))
    , m_company(new CompanyProfileEditor(this)) {
    m_userName->setObjectName(u"userName"_s);
    m_userName->setPlaceholderText(tr("e.g. Maria Schmidt"));
    m_userNote->setWordWrap(true);
    m_userNote->setForegroundRole(QPalette::PlaceholderText);
    UserRepository users(db);
    const bool placeholder = users.localUserNeedsName().value_or(false);
    if (auto user = users.localUser(); user && !placeholder)
        m_loadedName = user->name;
    m_userName->setText(m_loadedName);
    if (users.localUserNamedByServer().value_or(false)) {
        m_userName->setReadOnly(true);
        m_userNote->setText(tr("Your name comes from the sync server's user directory."));
    } else {
        m_userNote->setText(tr("Customers see it on your quotes as their contact."));
    }
    m_company->setProfile(CompanyProfile::load(db));

    auto* you = new QGroupBox(tr("You"), this);
    auto* form = new QFormLayout(you);
    form->addRow(tr("&Your name:"), m_userName);
    form->addRow(QString(), m_userNote);
    auto* company = new QGroupBox(tr("Your company"), this);
    auto* companyLayout = new QVBoxLayout(company);
    companyLayout->setContentsMargins(0, 0, 0, 0); // the editor's form keeps its own
    companyLayout->addWidget(m_company);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(you);
    layout->addWidget(company);
}

Result<void> SellerProfileEditor::save() {
    const QString name = m_userName->text().trimmed();
    const bool rename = !m_userName->isReadOnly() && !name.isEmpty() && name != m_loadedName;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto saved = m_company->profile().save(m_db); !saved)
            return saved;
        if (rename)
            if (auto renamed = UserRepository(m_db).renameLocalUser(name); !renamed)
                return std::unexpected(renamed.error());
        return {};
    });
    if (ok && rename)
        m_loadedName = name;
    return ok;
}

} // namespace Fieldbook
