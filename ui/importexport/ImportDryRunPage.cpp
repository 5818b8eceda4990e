#include "ImportDryRunPage.h"

#include "widgets/FileDialog.h"
#include "ImportSetup.h"
#include "LongTask.h"
#include "ProgressPanel.h"
#include "RejectedRowsModel.h"
#include "RejectedRowsWriter.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportDryRunPage::ImportDryRunPage(ImportSetup& setup, LongTask& task, QWidget* parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_task(task)
    , m_saveTask(new LongTask(this))
    , m_report(std::make_shared<ImportReport>())
    , m_progress(new ProgressPanel(this))
    , m_summary(new QLabel(this))
    , m_rejectedModel(new RejectedRowsModel(this))
    , m_rejectedView(new QTableView(this))
    , m_save(new QPushButton(tr("&Save rejected rows…"), this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
    , m_error(new MessageBanner(this)) {
    setTitle(tr("Check the import"));
    setSubTitle(tr("The whole file is checked without writing anything, so you see what the import will do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_progress->setObjectName(u"dryRunProgress"_s);
    m_summary->setObjectName(u"dryRunSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectedView->setObjectName(u"rejectedRowsView"_s);
    m_rejectedView->setModel(m_rejectedModel);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setAlternatingRowColors(true);
    m_rejectedView->setWordWrap(false);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::RowColumn,
                                                             QHeaderView::ResizeToContents);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_save->setObjectName(u"saveRejectedButton"_s);
    m_recheck->setObjectName(u"recheckButton"_s);
    m_error->setObjectName(u"dryRunError"_s);
    m_error->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_recheck);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedView, 100);
    layout->addLayout(buttons);
    layout->addStretch(1); // keeps the summary at the top while there is no list

    connect(&m_task, &LongTask::finished, this, &ImportDryRunPage::onFinished);
    connect(m_recheck, &QPushButton::clicked, this, &ImportDryRunPage::start);
    connect(m_save, &QPushButton::clicked, this, &ImportDryRunPage::chooseRejectedFile);
    connect(m_saveTask, &LongTask::finished, this, &ImportDryRunPage::onRejectedRowsSaved);
}

void ImportDryRunPage::onRejectedRowsSaved() {
    if (m_saveTask->succeeded())
        m_error->showMessage(tr("Rejected rows saved."), MessageBanner::Type::Positive, 4000);
    else if (!m_saveTask->wasCancelled())
        m_error->showMessage(m_saveTask->error().message, MessageBanner::Type::Error);
    m_save->setEnabled(true);
    emit rejectedRowsSaved(m_saveTask->succeeded());
}

void ImportDryRunPage::initializePage() {
    start();
}

void ImportDryRunPage::cleanupPage() {
    // Back: the check is stale once the mapping changes.
    if (m_active)
        m_task.cancel();
    m_restart = false;
}

bool ImportDryRunPage::isComplete() const {
    return m_ready && !m_active;
}

bool ImportDryRunPage::validatePage() {
    return isComplete();
}

void ImportDryRunPage::start() {
    m_ready = false;
    m_error->hideMessage();
    m_summary->clear();
    m_rejectedModel->setRows({});
    m_rejectedView->hide();
    m_save->hide();
    m_recheck->hide();
    m_progress->show();
    emit completeChanged();
    if (m_task.isRunning()) {
        // An earlier run is still stopping (Back, then Next again quickly).
        m_restart = true;
        m_task.cancel();
        return;
    }
    *m_report = {};
    m_progress->attach(&m_task, WorkKind::DryRun);
    m_task.setTablesToRefresh(nullptr, {});
    m_active = m_task.start(m_setup.databasePath, m_setup.job(true, m_report));
}

void ImportDryRunPage::onFinished() {
    if (m_restart) {
        m_restart = false;
        m_active = false;
        start();
        return;
    }
    if (!m_active)
        return;
    m_active = false;
    if (m_task.succeeded()) {
        showReport();
    } else {
        m_progress->hide();
        m_error->showMessage(m_task.wasCancelled() ? tr("The check was cancelled; nothing was imported.")
                                                   : m_task.error().message,
                             MessageBanner::Type::Error);
        m_recheck->show();
    }
    emit completeChanged();
    emit checkFinished(m_task.succeeded());
}

void ImportDryRunPage::showReport() {
    const ImportReport& report = *m_report;
    const QLocale locale;
    m_progress->hide();
    QString text = tr("Ready to import: %1 new, %2 updated, %3 rejected.")
                       .arg(locale.toString(report.imported), locale.toString(report.updated),
                            locale.toString(report.rejected.size()));
    m_ready = report.imported + report.updated > 0;
    if (!m_ready)
        text = tr("Nothing can be imported from this file: %Ln row(s) rejected.", "", int(report.rejected.size()));
    else if (!report.rejected.isEmpty())
        text += u' ' + tr("Rejected rows are left out. Save them to a file, fix them there and import that "
                          "file afterwards.");
    m_summary->setText(text);
    m_rejectedModel->setRowLabel(m_setup.source == ImportSource::VCard ? tr("Line") : tr("Row"));
    m_rejectedModel->setRows(report.rejected);
    m_rejectedView->setVisible(!report.rejected.isEmpty());
    m_save->setVisible(!report.rejected.isEmpty());
}

void ImportDryRunPage::chooseRejectedFile() {
    const QFileInfo source(m_setup.path);
    const QString suggestion = source.dir().filePath(tr("%1-rejected.csv").arg(source.completeBaseName()));
    const QString path = FileDialog::saveFileName(this, tr("Save rejected rows"), suggestion, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRejectedRows(path);
}

void ImportDryRunPage::saveRejectedRows(const QString& path) {
    const QString source = m_setup.source == ImportSource::Csv ? m_setup.path : QString();
    const QList<RejectedRow> rows = m_report->rejected;
    m_save->setEnabled(false);
    m_saveTask->start([path, rows, source](const ProgressFn& progress) {
        return RejectedRowsWriter::write(path, rows, source, progress);
    });
}

} // namespace Fieldbook
