#include "DemoDataDialog.h"

#include "LongTask.h"
#include "ProgressPanel.h"
#include "services/DemoDataService.h"
#include "store/db/Database.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

DemoDataDialog::DemoDataDialog(Database& guiDb, const QString& dbPath, QWidget* parent)
    : QDialog(parent)
    , m_guiDb(guiDb)
    , m_dbPath(dbPath.isEmpty() ? guiDb.path() : dbPath)
    , m_task(new LongTask(this))
    , m_result(std::make_shared<DemoResult>())
    , m_accounts(addCount(u"demoAccounts"_s, kDefaultAccounts))
    , m_contacts(addCount(u"demoContacts"_s, kDefaultContacts))
    , m_activities(addCount(u"demoActivities"_s, kDefaultActivities))
    , m_leads(addCount(u"demoLeads"_s, kDefaultLeads))
    , m_events(addCount(u"demoEvents"_s, kDefaultEvents))
    , m_tasks(addCount(u"demoTasks"_s, kDefaultTasks))
    , m_seed(addCount(u"demoSeed"_s, 1))
    , m_progress(new ProgressPanel(this))
    , m_message(new MessageBanner(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(u"demoDataDialog"_s);
    setWindowTitle(tr("Fill with demo data"));
    auto* intro = new QLabel(tr("Adds realistic accounts, contacts, activities, leads and a calendar of visits, calls, "
                                "meetings and tasks (Chinese and Western names, two years of history) to this "
                                "database, so that you can try Fieldbook out. The same "
                                "seed always gives the same records: generating again with it updates them "
                                "instead of adding more."),
                             this);
    intro->setWordWrap(true);
    m_seed->setRange(1, std::numeric_limits<int>::max());
    m_seed->setGroupSeparatorShown(false);
    m_progress->setObjectName(u"demoProgress"_s);
    m_progress->attach(m_task, WorkKind::Generate);
    m_progress->hide();
    m_progress->cancelButton()->hide(); // the dialog's own button turns into Cancel
    m_message->setObjectName(u"demoMessage"_s);
    m_message->hide();
    m_generate->setObjectName(u"demoGenerateButton"_s);
    m_generate->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Accounts:"), m_accounts);
    form->addRow(tr("&Contacts:"), m_contacts);
    form->addRow(tr("Acti&vities:"), m_activities);
    form->addRow(tr("&Leads:"), m_leads);
    form->addRow(tr("&Events:"), m_events);
    form->addRow(tr("&Tasks:"), m_tasks);
    form->addRow(tr("&Seed:"), m_seed);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_generate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_generate, &QPushButton::clicked, this, &DemoDataDialog::startGenerating);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemoDataDialog::reject);
    connect(m_task, &LongTask::finished, this, &DemoDataDialog::onFinished);
}

QSpinBox* DemoDataDialog::addCount(const QString& objectName, int value) {
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, 1'000'000);
    spin->setGroupSeparatorShown(true);
    spin->setValue(value);
    spin->setAccelerated(true);
    return spin;
}

DemoRequest DemoDataDialog::defaultRequest() {
    DemoRequest request;
    request.accounts = kDefaultAccounts;
    request.contacts = kDefaultContacts;
    request.activities = kDefaultActivities;
    request.leads = kDefaultLeads;
    request.events = kDefaultEvents;
    request.tasks = kDefaultTasks;
    request.seed = 1;
    return request;
}

DemoRequest DemoDataDialog::request() const {
    DemoRequest request;
    request.accounts = m_accounts->value();
    request.contacts = m_contacts->value();
    request.activities = m_activities->value();
    request.leads = m_leads->value();
    request.events = m_events->value();
    request.tasks = m_tasks->value();
    request.callLists = true; // the Telesales section has work to show
    request.seed = quint64(m_seed->value());
    return request;
}

void DemoDataDialog::setRequest(const DemoRequest& request) {
    m_accounts->setValue(request.accounts);
    m_contacts->setValue(request.contacts);
    m_activities->setValue(request.activities);
    m_leads->setValue(request.leads);
    m_events->setValue(request.events);
    m_tasks->setValue(request.tasks);
    m_seed->setValue(int(std::min<quint64>(request.seed, quint64(std::numeric_limits<int>::max()))));
}

QStringList DemoDataDialog::touchedTables() {
    return {u"users"_s, u"accounts"_s, u"contacts"_s, u"activities"_s, u"leads"_s, u"events"_s, u"tasks"_s};
}

LongTask::DatabaseJob DemoDataDialog::job(const DemoRequest& request, std::shared_ptr<DemoResult> result) {
    return [request, result](Database& db, const ProgressFn& progress) -> Result<void> {
        auto written = DemoDataService::generate(db, request, progress);
        if (!written)
            return std::unexpected(written.error());
        *result = *written;
        return {};
    };
}

bool DemoDataDialog::startGenerating() {
    if (m_task->isRunning())
        return false;
    const DemoRequest wanted = request();
    if (wanted.contacts > 0 && wanted.accounts == 0) {
        m_message->showMessage(tr("Contacts belong to accounts: ask for at least one account."),
                               MessageBanner::Type::Error);
        return false;
    }
    if (wanted.activities > 0 && wanted.contacts == 0) {
        m_message->showMessage(tr("Activities are logged with contacts: ask for at least one contact."),
                               MessageBanner::Type::Error);
        return false;
    }
    m_message->hideMessage();
    *m_result = {};
    m_task->setTablesToRefresh(&m_guiDb, touchedTables());
    setRunning(true);
    m_task->start(m_dbPath, job(wanted, m_result));
    return true;
}

void DemoDataDialog::setRunning(bool running) {
    for (QWidget* input :
         {static_cast<QWidget*>(m_accounts), static_cast<QWidget*>(m_contacts), static_cast<QWidget*>(m_activities),
          static_cast<QWidget*>(m_leads), static_cast<QWidget*>(m_seed), static_cast<QWidget*>(m_generate)})
        input->setEnabled(!running);
    m_progress->setVisible(running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void DemoDataDialog::onFinished() {
    setRunning(false);
    if (m_task->succeeded()) {
        const QLocale locale;
        m_message->showMessage(tr("Demo data written: %1 accounts, %2 contacts, %3 activities, %4 leads.")
                                   .arg(locale.toString(m_result->accounts), locale.toString(m_result->contacts),
                                        locale.toString(m_result->activities), locale.toString(m_result->leads)),
                               MessageBanner::Type::Positive);
    } else if (m_task->wasCancelled()) {
        m_message->showMessage(tr("Cancelled; no demo data was written."), MessageBanner::Type::Warning);
    } else {
        m_message->showMessage(tr("No demo data was written: %1").arg(m_task->error().message),
                               MessageBanner::Type::Error);
    }
    emit generationFinished(m_task->succeeded());
}

void DemoDataDialog::reject() {
    if (m_task->isRunning()) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Fieldbook
