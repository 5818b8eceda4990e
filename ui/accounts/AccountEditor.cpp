#include "AccountEditor.h"

#include "Translations.h"
#include "domain/Industry.h"
#include "services/PhoneRegion.h"
#include "store/records/AccountRepository.h"
#include "widgets/MoneyField.h"
#include "widgets/AccountPicker.h"
#include "widgets/AddressEditor.h"
#include "widgets/ContactPointsEditor.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TagsText.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

AccountEditor::AccountEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(lineEdit(u"nameEdit"_s))
    , m_industry(lineEdit(u"industryEdit"_s))
    , m_website(lineEdit(u"websiteEdit"_s))
    , m_phones(new ContactPointsEditor(ContactPointsEditor::Kind::Phone, this))
    , m_address(new AddressEditor(this))
    , m_revenue(new MoneyField(this, u"revenueEdit"_s, u"revenueHint"_s, 125000000))
    , m_employees(new QSpinBox(this))
    , m_parent(new AccountPicker(db, this))
    , m_tags(lineEdit(u"tagsEdit"_s))
    , m_language(new QComboBox(this))
    , m_owner(new OwnerCombo(db, {}, this))
    , m_notes(new QPlainTextEdit(this)) {
    setObjectName(u"accountEditor"_s);
    // Industries are shown in the user's language and stored as the picklist's keys.
    QStringList industryNames;
    for (const QString& industry : industries())
        industryNames.append(industryName(industry));
    auto* completer = new QCompleter(industryNames, m_industry);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_industry->setCompleter(completer);
    m_website->setPlaceholderText(tr("example.com"));
    m_phones->setObjectName(u"phonesEditor"_s);
    m_address->setObjectName(u"addressEditor"_s);
    m_employees->setObjectName(u"employeesSpin"_s);
    m_employees->setRange(0, 10'000'000);
    m_employees->setGroupSeparatorShown(true);
    m_employees->setSpecialValueText(tr("Unknown"));
    m_parent->setObjectName(u"parentPicker"_s);
    m_tags->setPlaceholderText(tr("Comma separated, e.g. key account, partner"));
    m_owner->setObjectName(u"ownerCombo"_s);
    m_language->setObjectName(u"documentLanguageCombo"_s);
    m_language->setToolTip(tr("The language this customer's quotes are printed in."));
    m_language->addItem(tr("Not set: the app's language"), QString());
    // Language names in their own language, so that anyone can find theirs.
    for (const QString& language : translatedLanguages())
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 5);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Phone:"), m_phones);
    form->addRow(tr("Address:"), m_address);
    auto* revenueLabel = new QLabel(tr("Annual &revenue:"), this);
    revenueLabel->setBuddy(m_revenue->amountEdit()); // the field is a layout, so the form cannot set the buddy
    form->addRow(revenueLabel, m_revenue->row());
    form->addRow(QString(), m_revenue->hint());
    form->addRow(tr("&Employees:"), m_employees);
    form->addRow(tr("&Parent account:"), m_parent);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Quote language:"), m_language);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);

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

    connect(m_phones, &ContactPointsEditor::changed, this, &AccountEditor::markDirty);
    connect(m_address, &AddressEditor::changed, this, &AccountEditor::markDirty);
    connect(m_revenue, &MoneyField::edited, this, &AccountEditor::markDirty);
    connect(m_employees, &QSpinBox::valueChanged, this, &AccountEditor::markDirty);
    connect(m_parent, &AccountPicker::accountChanged, this, &AccountEditor::markDirty);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AccountEditor::markDirty);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AccountEditor::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AccountEditor::markDirty);
}

QLineEdit* AccountEditor::lineEdit(const QString& objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, &AccountEditor::markDirty);
    return edit;
}

void AccountEditor::setAccount(const Account& account) {
    m_loading = true;
    m_loaded = account;
    m_name->setText(account.name);
    m_industry->setText(industryName(account.industry));
    m_website->setText(account.website);
    m_phones->setRegion(PhoneRegion::load(m_db)); // the setting may have changed since the last record
    m_phones->setPoints(account.phones);
    m_address->setAddress(account.address);
    m_revenue->set(account.annualRevenue, account.currency, true);
    m_employees->setValue(account.employees);
    QString parentName;
    if (!account.parentId.isEmpty())
        if (auto parent = AccountRepository(m_db).get(account.parentId))
            parentName = parent->name;
    m_parent->setExcludedId(account.id);
    m_parent->setAccount(account.parentId, parentName);
    m_tags->setText(TagsText::join(account.tags));
    showLanguage(account.language);
    m_owner->reload();
    m_owner->setOwnerId(account.ownerId);
    m_notes->setPlainText(account.notes);
    m_loading = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

std::optional<Account> AccountEditor::account(QString* problem) const {
    Account a = m_loaded;
    a.name = m_name->text().trimmed();
    a.industry = industryKey(m_industry->text());
    a.website = m_website->text().trimmed();
    a.phones = m_phones->points();
    a.address = m_address->address();
    a.currency = m_revenue->currency();
    if (a.currency.size() != 3) {
        *problem = tr("“%1” is not a currency code; use three letters such as USD, EUR or CNY.").arg(a.currency);
        return std::nullopt;
    }
    const auto revenue = m_revenue->amount();
    if (!revenue) {
        *problem =
            tr("The annual revenue “%1” is not an amount in %2 (at most %n decimal(s)).", "", m_revenue->decimals())
                .arg(m_revenue->text(), a.currency);
        return std::nullopt;
    }
    a.annualRevenue = *revenue;
    a.employees = m_employees->value();
    m_parent->resolve();
    if (m_parent->isUnresolved()) {
        *problem =
            tr("There is no account named “%1”. Pick the parent account from the suggestions or clear the field.")
                .arg(m_parent->text());
        return std::nullopt;
    }
    a.parentId = m_parent->accountId();
    a.tags = TagsText::split(m_tags->text());
    a.language = m_language->currentData().toString();
    a.ownerId = m_owner->ownerId();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

void AccountEditor::showLanguage(const QString& language) {
    int index = m_language->findData(language);
    if (index < 0) { // a language this release has no translation for (set by a newer one): kept
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void AccountEditor::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
}

void AccountEditor::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

} // namespace Fieldbook
