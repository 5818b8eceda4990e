#include "CommissionPlansDialog.h"

#include "store/records/CommissionPlanRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CommissionPlansDialog::CommissionPlansDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plans(new QTreeWidget(this))
    , m_person(new QComboBox(this))
    , m_team(new QCheckBox(tr("For everyone &below them who has no plan of their own (a team plan)"), this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_rate(new QLineEdit(this))
    , m_families(new QLineEdit(this))
    , m_accelerator(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save plan"), this))
    , m_remove(new QPushButton(tr("&Remove plan"), this))
    , m_banner(new MessageBanner(this)) {
    setObjectName(u"commissionPlansDialog"_s);
    setWindowTitle(tr("Commission plans"));
    m_plans->setObjectName(u"commissionPlanList"_s);
    m_plans->setRootIsDecorated(false);
    m_plans->setHeaderLabels(
        {tr("Person"), tr("For"), tr("From"), tr("Rate"), tr("Product families"), tr("Above quota")});
    m_plans->header()->setStretchLastSection(false);
    connect(m_plans, &QTreeWidget::currentItemChanged, this,
            [this] { showPlan(m_plans->indexOfTopLevelItem(m_plans->currentItem())); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)savePlan(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { (void)removePlan(); });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_plans, 1);
    layout->addWidget(buildForm());
    layout->addWidget(close);
    if (auto users = UserRepository(db).all()) {
        for (const User& u : std::as_const(*users))
            m_person->addItem(u.name, u.id);
    }
    const auto me = UserRepository(db).localUser();
    if (!me || me->role == UserRole::Rep) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_person, m_team, m_from, m_rate, m_families, m_accelerator,
                                                          m_save, m_remove})
            w->setEnabled(false);
        m_banner->showMessage(tr("Managers and administrators set commission plans; you can see them here."),
                              MessageBanner::Type::Information);
    }
    reload();
    resize(760, 560);
}

CommissionPlansDialog* CommissionPlansDialog::open(Database& db, QWidget* parent) {
    auto* dialog = new CommissionPlansDialog(db, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

QWidget* CommissionPlansDialog::buildForm() {
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    m_person->setObjectName(u"commissionPerson"_s);
    m_team->setObjectName(u"commissionTeam"_s);
    m_from->setObjectName(u"commissionFrom"_s);
    m_from->setCalendarPopup(true);
    m_rate->setObjectName(u"commissionRate"_s);
    m_rate->setPlaceholderText(tr("e.g. 5 or 5.5 (%)"));
    m_families->setObjectName(u"commissionFamilies"_s);
    m_families->setPlaceholderText(tr("e.g. Services=8; Software=6 (empty: the rate for every product)"));
    m_accelerator->setObjectName(u"commissionAccelerator"_s);
    m_save->setObjectName(u"commissionSave"_s);
    m_remove->setObjectName(u"commissionRemove"_s);
    m_accelerator->setPlaceholderText(tr("e.g. 1.5 (empty: none)"));
    layout->addRow(tr("&Person:"), m_person);
    layout->addRow(QString(), m_team);
    layout->addRow(tr("&From:"), m_from);
    layout->addRow(tr("R&ate (%):"), m_rate);
    layout->addRow(tr("Product famil&ies:"), m_families);
    layout->addRow(tr("&Multiplier above quota:"), m_accelerator);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    layout->addRow(buttons);
    return form;
}

void CommissionPlansDialog::reload() {
    m_plans->clear();
    auto plans = CommissionPlanRepository(m_db).all();
    if (!plans) {
        m_banner->showMessage(plans.error().message, MessageBanner::Type::Error);
        return;
    }
    m_list = *plans;
    for (const CommissionPlan& p : std::as_const(m_list)) {
        const int at = m_person->findData(p.userId);
        auto* item = new QTreeWidgetItem(
            m_plans, {at >= 0 ? m_person->itemText(at) : p.userId, p.team ? tr("everyone below") : tr("own deals"),
                      QLocale().toString(p.validFrom, QLocale::ShortFormat), CommissionText::rateText(p.rate) + u" %"_s,
                      CommissionText::familyRatesText(p.familyRates),
                      p.hasAccelerator() ? u"×"_s + CommissionText::acceleratorText(p.accelerator) : QString()});
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < m_plans->columnCount(); ++c)
        m_plans->resizeColumnToContents(c);
    if (m_list.isEmpty())
        new QTreeWidgetItem(m_plans, {tr("No plans yet: fill in the form below and save.")});
    m_remove->setEnabled(m_save->isEnabled() && !m_list.isEmpty());
}

void CommissionPlansDialog::showPlan(int row) {
    if (row < 0 || row >= m_list.size())
        return;
    const CommissionPlan& p = m_list[row];
    m_person->setCurrentIndex(std::max(0, m_person->findData(p.userId)));
    m_team->setChecked(p.team);
    m_from->setDate(p.validFrom);
    m_rate->setText(CommissionText::rateText(p.rate));
    m_families->setText(CommissionText::familyRatesText(p.familyRates));
    m_accelerator->setText(CommissionText::acceleratorText(p.accelerator));
}

Result<void> CommissionPlansDialog::failed(const Error& error) {
    m_banner->showMessage(error.message, MessageBanner::Type::Error);
    return std::unexpected(error);
}

Result<void> CommissionPlansDialog::savePlan() {
    const auto rate = CommissionText::parseRate(m_rate->text());
    if (!rate)
        return failed(Error{.code = ErrorCode::InvalidInput,
                            .message = tr("The rate is a percentage from 0 to 100 with at most two decimals, such as "
                                          "5 or 5.5."),
                            .detail = {}});
    QString problem;
    const auto families = CommissionText::parseFamilyRates(m_families->text(), &problem);
    if (!families)
        return failed(Error{.code = ErrorCode::InvalidInput, .message = problem, .detail = {}});
    const auto accelerator = CommissionText::parseAccelerator(m_accelerator->text());
    if (!accelerator)
        return failed(Error{.code = ErrorCode::InvalidInput,
                            .message = tr("The multiplier above quota is from 1 to 10 with at most two decimals, "
                                          "such as 1.5, or empty for none."),
                            .detail = {}});
    auto saved = CommissionPlanRepository(m_db).set({.id = {},
                                                     .userId = m_person->currentData().toString(),
                                                     .user = -1,
                                                     .team = m_team->isChecked(),
                                                     .validFrom = m_from->date(),
                                                     .rate = *rate,
                                                     .familyRates = *families,
                                                     .accelerator = *accelerator});
    if (!saved)
        return failed(saved.error());
    reload();
    m_banner->showMessage(tr("The plan is saved."), MessageBanner::Type::Positive, 4000);
    return {};
}

Result<void> CommissionPlansDialog::removePlan() {
    const int row = m_plans->indexOfTopLevelItem(m_plans->currentItem());
    if (row < 0 || row >= m_list.size())
        return failed(
            Error{.code = ErrorCode::InvalidInput, .message = tr("Choose the plan to remove."), .detail = {}});
    const CommissionPlan p = m_list[row];
    if (auto removed = CommissionPlanRepository(m_db).remove(p.userId, p.team, p.validFrom); !removed)
        return failed(removed.error());
    reload();
    m_banner->showMessage(tr("The plan is removed."), MessageBanner::Type::Positive, 4000);
    return {};
}

} // namespace Fieldbook
