#include "ConvertLeadDialog.h"

#include "LeadMatchChoice.h"
#include "domain/MoneyText.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ConvertLeadDialog::ConvertLeadDialog(Database& db, const LeadConversionPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
    , m_banner(new MessageBanner(this))
    , m_account(new LeadMatchChoice(tr("Account"), u"Account"_s, plan.accounts, plan.proposed.accountId,
                                    plan.lead.company.isEmpty()
                                        ? tr("Create a new account (the lead has no company)")
                                        : tr("Create a new account “%1”").arg(plan.lead.company),
                                    !plan.lead.company.isEmpty(), this))
    , m_contact(new LeadMatchChoice(tr("Contact"), u"Contact"_s, plan.contacts, plan.proposed.contactId,
                                    tr("Create a new contact “%1”").arg(plan.lead.displayName()), true, this)) {
    setObjectName(u"convertLeadDialog"_s);
    const Lead& lead = plan.lead;
    const QString name = lead.displayName();
    setWindowTitle(tr("Convert lead — %1").arg(name));
    auto* heading =
        new QLabel(lead.company.isEmpty() ? tr("Convert “%1” into a customer.").arg(name)
                                          : tr("Convert “%1” (%2) into a customer.").arg(name, lead.company),
                   this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_banner->setObjectName(u"dialogBanner"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Convert"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_account);
    layout->addWidget(m_contact);
    layout->addWidget(opportunityGroup(plan.proposed));
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConvertLeadDialog::convert);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QGroupBox* ConvertLeadDialog::opportunityGroup(const LeadConversionChoices& proposed) {
    m_opportunity = new QGroupBox(tr("Create an &opportunity"), this);
    m_opportunity->setObjectName(u"opportunityGroup"_s);
    m_opportunity->setCheckable(true);
    m_opportunity->setChecked(proposed.createOpportunity);
    m_name = new QLineEdit(proposed.opportunityName, m_opportunity);
    m_name->setObjectName(u"opportunityNameEdit"_s);
    m_amount = new QLineEdit(m_opportunity);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setPlaceholderText(MoneyText::format(0, QLocale(), MoneyText::decimalsFor(proposed.currency)));
    m_currency = new QComboBox(m_opportunity);
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->setEditable(true);
    m_currency->addItems(
        {u"USD"_s, u"EUR"_s, u"CNY"_s, u"GBP"_s, u"JPY"_s, u"CHF"_s, u"HKD"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s});
    m_currency->setCurrentText(proposed.currency);
    m_closeDate = new QDateEdit(proposed.closeDate, m_opportunity);
    m_closeDate->setObjectName(u"closeDateEdit"_s);
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto* amount = new QHBoxLayout;
    amount->addWidget(m_amount, 1);
    amount->addWidget(m_currency);
    auto* form = new QFormLayout(m_opportunity);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    auto* amountLabel = new QLabel(tr("&Amount:"), m_opportunity);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amount);
    form->addRow(tr("Expected &close:"), m_closeDate);
    auto* stage = new QLabel(tr("It starts in the pipeline’s first stage."), m_opportunity);
    stage->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), stage);
    return m_opportunity;
}

std::optional<LeadConversionChoices> ConvertLeadDialog::choices(QString* problem) const {
    LeadConversionChoices c = m_plan.proposed;
    c.accountId = m_account->chosenId();
    c.contactId = m_contact->chosenId();
    c.createOpportunity = m_opportunity->isChecked();
    c.opportunityName = m_name->text().trimmed();
    c.currency = m_currency->currentText().trimmed().toUpper();
    c.closeDate = m_closeDate->date();
    c.amount = 0;
    if (c.createOpportunity && !m_amount->text().trimmed().isEmpty()) {
        const int decimals = MoneyText::decimalsFor(c.currency);
        const auto amount = MoneyText::parse(m_amount->text(), QLocale(), decimals);
        if (!amount) {
            *problem = tr("The amount “%1” is not an amount in %2 (at most %n decimal(s)).", "", decimals)
                           .arg(m_amount->text(), c.currency);
            return std::nullopt;
        }
        c.amount = *amount;
    }
    return c;
}

void ConvertLeadDialog::convert() {
    QString problem;
    const auto chosen = choices(&problem);
    if (!chosen) {
        m_banner->showMessage(problem, MessageBanner::Type::Error);
        m_amount->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto done = LeadConversion(m_db).convert(m_plan.lead.id, *chosen);
    if (!done) {
        m_banner->showMessage(done.error().message, MessageBanner::Type::Error);
        return;
    }
    m_result = *done;
    accept();
}

} // namespace Fieldbook
