#include "ConnectDialog.h"

#include "widgets/FileDialog.h"
#include "SyncStatusText.h"
#include "sync/SyncScheduler.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kHttps = u"https://"_s;

} // namespace

ConnectDialog::ConnectDialog(SyncScheduler& scheduler, QWidget* parent)
    : QDialog(parent)
    , m_scheduler(scheduler)
    , m_banner(new MessageBanner(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_useCa(new QCheckBox(tr("Use a company &certificate authority"), this))
    , m_caRow(new QWidget(this))
    , m_caFile(new QLineEdit(m_caRow))
    , m_browse(new QPushButton(tr("&Browse…"), m_caRow))
    , m_busyRow(new QWidget(this))
    , m_busyLabel(new QLabel(m_busyRow))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole)) {
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to server"));
    setUpFields();
    setUpBusyRow();

    const SyncStatus& status = scheduler.status();
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(fontMetrics().averageCharWidth() * 72); // a wrapped label would keep the dialog narrow
    intro->setText(scheduler.isConnected()
                       ? tr("This store syncs with %1 as %2. Sign in again, or connect to another server.")
                             .arg(status.server, status.user)
                       : tr("Sync this store with your company’s Fieldbook server. Your work stays on this computer "
                            "and is sent whenever the server can be reached."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_useCa);
    form->addRow(QString(), m_caRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_busyRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize); // shrinks again when the CA row hides

    connect(m_useCa, &QCheckBox::toggled, m_caRow, &QWidget::setVisible);
    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::browseCaFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(&m_scheduler, &SyncScheduler::finished, this, &ConnectDialog::onFinished);
    connect(&m_scheduler, &SyncScheduler::statusChanged, this, &ConnectDialog::showProgress);

    // The first field still to fill in.
    QWidget* first = m_user->text().isEmpty() ? static_cast<QWidget*>(m_user) : m_password;
    (m_server->text() == kHttps ? m_server : first)->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::setUpFields() {
    // The last server and user tried are remembered in the store, also when that sign-in failed.
    const QString server = m_scheduler.lastServer();
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("https://crm.example.com"));
    m_server->setText(server.isEmpty() ? kHttps : server);
    m_user->setObjectName(u"userEdit"_s);
    m_user->setText(m_scheduler.lastUser());
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);

    m_useCa->setObjectName(u"useCaCheck"_s);
    m_useCa->setToolTip(tr("Only needed when your company signs its server’s certificate itself."));
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("Certificate file (.pem or .crt)"));
    m_caFile->setText(m_scheduler.caFile());
    m_browse->setObjectName(u"browseCaButton"_s);
    auto* caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    m_useCa->setChecked(!m_caFile->text().isEmpty());
    m_caRow->setVisible(m_useCa->isChecked());

    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
}

void ConnectDialog::setUpBusyRow() {
    m_busyBar->setObjectName(u"connectBusyBar"_s);
    m_busyBar->setRange(0, 0); // no total is known: the bar shows activity
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busyLabel->setObjectName(u"connectBusyLabel"_s);
    m_busyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* busyLayout = new QVBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar);
    m_busyRow->hide();
}

QString ConnectDialog::problem(const QString& server, const QString& user, const QString& password) {
    const QString address = server.trimmed();
    if (address.isEmpty() || address == kHttps || address == u"http://")
        return tr("Enter the server’s address, for example https://crm.example.com.");
    if (user.trimmed().isEmpty())
        return tr("Enter your user name.");
    if (password.isEmpty())
        return tr("Enter your password.");
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a server address. It looks like https://crm.example.com.").arg(address);
    if (url.scheme() != u"https")
        return tr("The server’s address must start with https:// so that your password and data travel encrypted.");
    return {};
}

void ConnectDialog::showProblem(const QString& text, QWidget* field) {
    m_banner->showMessage(text, MessageBanner::Type::Error);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::connectToServer() {
    if (m_busy)
        return;
    if (const QString text = problem(m_server->text(), m_user->text(), m_password->text()); !text.isEmpty()) {
        // The first field in the form that is empty, else the address (its form is what is wrong).
        QWidget* field = m_server;
        if (problem(m_server->text(), u"-"_s, u"-"_s).isEmpty())
            field = m_user->text().trimmed().isEmpty() ? static_cast<QWidget*>(m_user) : m_password;
        showProblem(text, field);
        return;
    }
    if (m_useCa->isChecked()) {
        const QString path = m_caFile->text().trimmed();
        if (path.isEmpty()) {
            showProblem(tr("Choose the certificate authority’s file, or clear “Use a company certificate authority”."),
                        m_caFile);
            return;
        }
        if (!QFileInfo(path).isFile()) {
            showProblem(tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(path)), m_caFile);
            return;
        }
    }
    if (m_beforeConnect && !m_beforeConnect())
        return;
    m_banner->hideMessage();
    setBusy(true);
    if (m_scheduler.status().state == SyncStatus::State::Syncing) {
        // A background run holds the worker: stop it, and sign in when it has ended.
        m_waitingForRun = true;
        m_scheduler.cancel();
        return;
    }
    start();
}

void ConnectDialog::start() {
    m_waitingForRun = false;
    const QString caFile = m_useCa->isChecked() ? m_caFile->text().trimmed() : QString();
    m_scheduler.connectTo(QUrl(m_server->text().trimmed()), m_user->text().trimmed(), m_password->text(), caFile);
}

void ConnectDialog::onFinished(const QString& error) {
    if (!m_busy)
        return; // a background run, not this dialog's sign-in
    if (m_waitingForRun) {
        start();
        return;
    }
    setBusy(false);
    if (error.isEmpty()) {
        m_password->clear();
        accept();
        return;
    }
    m_banner->showMessage(error, MessageBanner::Type::Error);
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void ConnectDialog::showProgress() {
    const SyncStatus& status = m_scheduler.status();
    if (!m_busy || m_waitingForRun || status.state != SyncStatus::State::Syncing ||
        status.progress.phase == SyncProgress::Phase::Connecting)
        return;
    m_busyLabel->setText(SyncStatusText::summary(status));
    // A first sync knows how much it brings: the bar then fills; otherwise it only shows activity.
    const int total = int(std::min<qint64>(status.progress.total, std::numeric_limits<int>::max()));
    m_busyBar->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_busyBar->setValue(std::min(status.progress.done, total));
}

void ConnectDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* field : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_useCa), m_caRow})
        field->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_busyLabel->setText(tr("Connecting to the server…"));
    m_busyBar->setRange(0, 0);
    m_busyRow->setVisible(busy);
}

void ConnectDialog::browseCaFile() {
    const QString start = m_caFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_caFile->text()).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Certificate authority"), start,
                                                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void ConnectDialog::setVisible(bool visible) {
    QDialog::setVisible(visible);
    // QDialog gives the first field focus as Tab would, which selects the "https://" meant to be typed after.
    if (visible && m_server->text() == kHttps) {
        m_server->deselect();
        m_server->setCursorPosition(int(kHttps.size()));
    }
}

void ConnectDialog::reject() {
    if (m_busy)
        m_scheduler.cancel(); // the sign-in stops; nothing half-done stays behind
    QDialog::reject();
}

} // namespace Fieldbook
