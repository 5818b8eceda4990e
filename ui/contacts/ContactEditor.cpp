#include "ContactEditor.h"

#include "services/PhoneRegion.h"
#include "store/records/AccountRepository.h"
#include "widgets/AccountPicker.h"
#include "widgets/AddressEditor.h"
#include "widgets/ContactPointsEditor.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TagsText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
const QDate kNoBirthday(1900, 1, 1);
} // namespace

ContactEditor::ContactEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_firstName(lineEdit(u"firstNameEdit"_s))
    , m_lastName(lineEdit(u"lastNameEdit"_s))
    , m_title(lineEdit(u"titleEdit"_s))
    , m_account(new AccountPicker(db, this))
    , m_emails(new ContactPointsEditor(ContactPointsEditor::Kind::Email, this))
    , m_phones(new ContactPointsEditor(ContactPointsEditor::Kind::Phone, this))
    , m_doNotCall(new QCheckBox(tr("Do not call"), this))
    , m_address(new AddressEditor(this))
    , m_birthday(new QDateEdit(this))
    , m_tags(lineEdit(u"tagsEdit"_s))
    , m_owner(new OwnerCombo(db, {}, this))
    , m_notes(new QPlainTextEdit(this)) {
    setObjectName(u"contactEditor"_s);
    m_firstName->setPlaceholderText(tr("First name"));
    m_lastName->setPlaceholderText(tr("Last name"));
    m_account->setObjectName(u"accountPicker"_s);
    m_emails->setObjectName(u"emailsEditor"_s);
    m_phones->setObjectName(u"phonesEditor"_s);
    m_doNotCall->setObjectName(u"doNotCallCheck"_s);
    m_doNotCall->setToolTip(tr("This person asked not to be called"));
    m_address->setObjectName(u"addressEditor"_s);
    m_birthday->setObjectName(u"birthdayEdit"_s);
    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(kNoBirthday);
    m_birthday->setSpecialValueText(tr("Not set"));
    m_tags->setPlaceholderText(tr("Comma separated, e.g. vip, newsletter"));
    m_owner->setObjectName(u"ownerCombo"_s);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 5);

    auto* names = new QHBoxLayout;
    names->addWidget(m_firstName);
    names->addWidget(m_lastName);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), names);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("E-mail:"), m_emails);
    form->addRow(tr("Phone:"), m_phones);
    form->addRow(QString(), m_doNotCall);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);
    qobject_cast<QLabel*>(form->labelForField(names))->setBuddy(m_firstName);

    auto* content = new QWidget;
    content->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the notes to what follows the form, not to its frame
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_account, &AccountPicker::accountChanged, this, &ContactEditor::markDirty);
    connect(m_emails, &ContactPointsEditor::changed, this, &ContactEditor::markDirty);
    connect(m_phones, &ContactPointsEditor::changed, this, &ContactEditor::markDirty);
    connect(m_doNotCall, &QCheckBox::toggled, this, &ContactEditor::markDirty);
    connect(m_address, &AddressEditor::changed, this, &ContactEditor::markDirty);
    connect(m_birthday, &QDateEdit::dateChanged, this, &ContactEditor::markDirty);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &ContactEditor::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactEditor::markDirty);
}

QLineEdit* ContactEditor::lineEdit(const QString& objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, &ContactEditor::markDirty);
    return edit;
}

void ContactEditor::setContact(const Contact& contact) {
    m_loading = true;
    m_loaded = contact;
    m_firstName->setText(contact.firstName);
    m_lastName->setText(contact.lastName);
    m_title->setText(contact.title);
    QString accountName;
    if (!contact.accountId.isEmpty()) {
        if (auto account = AccountRepository(m_db).get(contact.accountId))
            accountName = account->name;
    }
    m_account->setAccount(contact.accountId, accountName);
    m_phones->setRegion(PhoneRegion::load(m_db)); // the setting may have changed since the last record
    m_emails->setPoints(contact.emails);
    m_phones->setPoints(contact.phones);
    m_doNotCall->setChecked(contact.doNotCall);
    m_address->setAddress(contact.address);
    m_birthday->setDate(contact.birthday.isValid() ? contact.birthday : kNoBirthday);
    m_tags->setText(TagsText::join(contact.tags));
    m_owner->reload();
    m_owner->setOwnerId(contact.ownerId);
    m_notes->setPlainText(contact.notes);
    m_loading = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

Contact ContactEditor::contact() const {
    Contact c = m_loaded;
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.title = m_title->text().trimmed();
    c.accountId = m_account->accountId();
    c.emails = m_emails->points();
    c.phones = m_phones->points();
    c.doNotCall = m_doNotCall->isChecked();
    c.address = m_address->address();
    c.birthday = m_birthday->date() == kNoBirthday ? QDate() : m_birthday->date();
    c.tags = TagsText::split(m_tags->text());
    c.ownerId = m_owner->ownerId();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void ContactEditor::focusFirstField() {
    m_firstName->setFocus(Qt::OtherFocusReason);
}

bool ContactEditor::hasUnresolvedAccount() const {
    m_account->resolve();
    return m_account->isUnresolved();
}

QString ContactEditor::accountText() const {
    return m_account->text().trimmed();
}

void ContactEditor::setAccount(const QString& id, const QString& name) {
    m_account->setAccount(id, name);
    markDirty();
}

void ContactEditor::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

} // namespace Fieldbook
