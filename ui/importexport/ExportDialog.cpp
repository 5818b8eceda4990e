#include "ExportDialog.h"

#include "widgets/FileDialog.h"
#include "store/db/StoreFiles.h"
#include "LongTask.h"
#include "ProgressPanel.h"
#include "services/RecordExporter.h"
#include "store/db/Database.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The worker's part: the export into a QSaveFile that is committed only when everything was written.
LongTask::DatabaseJob exportJob(const QString& path, ExportRequest request, std::shared_ptr<qint64> written) {
    return [path, request, written](Database& db, const ProgressFn& progress) mutable -> Result<void> {
        if (auto refused = StoreFiles::refuse(path); !refused)
            return refused;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(
                ErrorCode::Io,
                ExportDialog::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        request.device = &file;
        auto count = RecordExporter::run(db, request, progress);
        if (!count)
            return std::unexpected(count.error()); // the QSaveFile discards what was written
        // A Cancel that arrives after the last page still wins as long as the file is not in place.
        if (!progress(WorkProgress{*count, *count, 0, -1}))
            return fail(ErrorCode::Cancelled, RecordExporter::tr("The export was cancelled."));
        if (!file.commit())
            return fail(
                ErrorCode::Io,
                ExportDialog::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        *written = *count;
        return {};
    };
}

} // namespace

ExportDialog::ExportDialog(Database& guiDb, const QString& dbPath, QWidget* parent)
    : QDialog(parent)
    , m_dbPath(dbPath.isEmpty() ? guiDb.path() : dbPath)
    , m_task(new LongTask(this))
    , m_written(std::make_shared<qint64>(0))
    , m_type(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_scope(new QLabel(this))
    , m_progress(new ProgressPanel(this))
    , m_message(new MessageBanner(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_type->setObjectName(u"exportTypeCombo"_s);
    m_type->addItem(tr("Contacts"), int(ExportRecordType::Contacts));
    m_type->addItem(tr("Accounts"), int(ExportRecordType::Accounts));
    m_format->setObjectName(u"exportFormatCombo"_s);
    m_path->setObjectName(u"exportFilePath"_s);
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(u"exportBrowseButton"_s);
    m_scope->setObjectName(u"exportScopeNote"_s);
    m_scope->setWordWrap(true);
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_scope->setText(tr("Every record of the chosen kind is exported: the search and filters of the list do not "
                        "apply to exports. CSV files re-import as they are."));
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->attach(m_task, WorkKind::Export);
    m_progress->hide();
    m_progress->cancelButton()->hide(); // the dialog's own button turns into Cancel
    m_message->setObjectName(u"exportMessage"_s);
    m_message->hide();
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    buildLayout(buttons);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    fillFormats();
    m_path->setText(QDir::toNativeSeparators(QDir(documents).filePath(tr("contacts") + u'.' + suffix())));
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExportDialog::fillFormats);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_task, &LongTask::finished, this, &ExportDialog::onFinished);
}

void ExportDialog::buildLayout(QDialogButtonBox* buttons) {
    auto* form = new QFormLayout;
    form->addRow(tr("&Records:"), m_type);
    form->addRow(tr("&Format:"), m_format);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&Save to:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scope);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ExportDialog::fillFormats() {
    const auto previous = m_format->currentData();
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    m_format->addItem(tr("CSV (comma-separated values)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ExportFormat::Json));
    if (recordType() == ExportRecordType::Contacts) {
        m_format->addItem(tr("vCard 4.0"), int(ExportFormat::VCard4));
        m_format->addItem(tr("vCard 3.0 (older address books)"), int(ExportFormat::VCard3));
    }
    m_format->setCurrentIndex(std::max(0, m_format->findData(previous)));
    onFormatChanged();
}

void ExportDialog::onFormatChanged() {
    // Keep the file name's extension in step with the format, and the name with the record type.
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    QString base = info.completeBaseName();
    if (base == tr("contacts") || base == tr("accounts"))
        base = recordType() == ExportRecordType::Contacts ? tr("contacts") : tr("accounts");
    m_path->setText(QDir::toNativeSeparators(info.dir().filePath(base + u'.' + suffix())));
}

QString ExportDialog::suffix() const {
    switch (format()) {
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::VCard3:
    case ExportFormat::VCard4:
        break;
    }
    return u"vcf"_s;
}

void ExportDialog::setRecordType(ExportRecordType type) {
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void ExportDialog::setFormat(ExportFormat format) {
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::setFilePath(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
}

ExportRecordType ExportDialog::recordType() const {
    return ExportRecordType(m_type->currentData().toInt());
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::filePath() const {
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::browse() {
    const QString filter = format() == ExportFormat::Csv    ? tr("CSV files (*.csv)")
                           : format() == ExportFormat::Json ? tr("JSON files (*.json)")
                                                            : tr("vCard files (*.vcf)");
    const QString path = FileDialog::saveFileName(this, tr("Export to"), filePath(), filter);
    if (path.isEmpty())
        return;
    setFilePath(path);
    m_confirmedPath = filePath(); // the file dialog has asked about replacing it
}

bool ExportDialog::startExport() {
    if (m_task->isRunning())
        return false;
    if (filePath().isEmpty()) {
        m_message->showMessage(tr("Choose the file to export to."), MessageBanner::Type::Error);
        return false;
    }
    if (QFileInfo::exists(filePath()) && filePath() != m_confirmedPath &&
        MessageBox::question(
            this, tr("Replace file?"),
            tr("%1 already exists. Replace it with the export?").arg(QDir::toNativeSeparators(filePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_message->hideMessage();
    *m_written = 0;
    ExportRequest request;
    request.type = recordType();
    request.format = format();
    setRunning(true);
    m_task->start(m_dbPath, exportJob(filePath(), request, m_written));
    return true;
}

void ExportDialog::setRunning(bool running) {
    for (QWidget* input :
         {static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_path),
          static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_export)})
        input->setEnabled(!running);
    m_progress->setVisible(running);
    m_close->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::onFinished() {
    setRunning(false);
    const QString file = QDir::toNativeSeparators(filePath());
    if (m_task->succeeded()) {
        const int count = int(std::min<qint64>(*m_written, std::numeric_limits<int>::max()));
        m_message->showMessage(recordType() == ExportRecordType::Contacts
                                   ? tr("Exported %Ln contact(s) to %1.", "", count).arg(file)
                                   : tr("Exported %Ln account(s) to %1.", "", count).arg(file),
                               MessageBanner::Type::Positive);
    } else if (m_task->wasCancelled()) {
        m_message->showMessage(tr("The export was cancelled; no file was written."), MessageBanner::Type::Warning);
    } else {
        m_message->showMessage(tr("Nothing was exported: %1").arg(m_task->error().message), MessageBanner::Type::Error);
    }
    emit exportFinished(m_task->succeeded());
}

void ExportDialog::reject() {
    if (m_task->isRunning()) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Fieldbook
