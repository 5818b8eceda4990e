// The quota grid's CSV import: `import quotas` through the import services the import wizard uses
// (docs/forecast.md, Quota grid).
#include "QuotaGridDialog.h"

#include "AppContext.h"
#include "importexport/ImportSetup.h"
#include "importexport/LongTask.h"
#include "importexport/RejectedRowsModel.h"
#include "importexport/TaskProgressDialog.h"
#include "models/QuotaGridModel.h"
#include "store/db/Database.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void QuotaGridDialog::chooseCsv() {
    const QString path =
        FileDialog::openFileName(this, tr("Import quotas"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void QuotaGridDialog::importCsv(const QString& path) {
    ImportSetup setup;
    setup.databasePath = m_context.db.path();
    setup.path = path;
    setup.source = ImportSource::Csv;
    setup.type = ImportRecordType::Quotas;
    auto report = std::make_shared<ImportReport>();
    LongTask task;
    task.setTablesToRefresh(&m_context.db, setup.touchedTables());
    const QString fileName = QFileInfo(path).fileName();
    TaskProgressDialog progress(&task, WorkKind::Import, tr("Importing quotas from %1…").arg(fileName), this);
    progress.setWindowTitle(tr("Import quotas"));
    if (!task.start(setup.databasePath, setup.job(false, report)))
        return;
    progress.exec();
    m_rejected.clear();
    if (task.wasCancelled())
        return;
    if (!task.succeeded()) {
        showError(tr("Nothing was imported from %1: %2").arg(fileName, task.error().message));
        return;
    }
    m_rejected = report->rejected;
    const QLocale locale;
    const QString text = tr("%1: %2 new, %3 updated, %4 rejected.")
                             .arg(fileName, locale.toString(report->imported), locale.toString(report->updated),
                                  locale.toString(report->rejected.size()));
    m_banner->show();
    if (m_rejected.isEmpty())
        m_banner->showMessage(text, MessageBanner::Type::Positive);
    else
        m_banner->showAction(text, MessageBanner::Type::Warning, tr("Show rejected rows"), [this] { showRejected(); });
}

void QuotaGridDialog::showRejected() {
    QDialog dialog(this);
    dialog.setObjectName(u"quotaRejectedDialog"_s);
    dialog.setWindowTitle(tr("Rejected rows"));
    auto* model = new RejectedRowsModel(&dialog);
    model->setRows(m_rejected);
    auto* table = new QTableView(&dialog);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    table->resizeColumnToContents(RejectedRowsModel::RowColumn);
    auto* intro = new QLabel(tr("These rows were not imported; fix them in the file and import it again."), &dialog);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 360);
    dialog.exec();
}

} // namespace Fieldbook
