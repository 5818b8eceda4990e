#include "ImportRunPage.h"

#include "ImportSetup.h"
#include "LongTask.h"
#include "ProgressPanel.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportRunPage::ImportRunPage(ImportSetup& setup, LongTask& task, Database& guiDb, QWidget* parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_task(task)
    , m_guiDb(guiDb)
    , m_report(std::make_shared<ImportReport>())
    , m_progress(new ProgressPanel(this))
    , m_summary(new QLabel(this))
    , m_error(new MessageBanner(this)) {
    setTitle(tr("Import"));
    setSubTitle(tr("All rows are written in one transaction: if you cancel, nothing is imported."));
    setFinalPage(true);
    m_progress->setObjectName(u"importProgress"_s);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"importError"_s);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    connect(&m_task, &LongTask::finished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage() {
    m_done = false;
    m_summary->clear();
    m_error->hideMessage();
    *m_report = {};
    m_progress->attach(&m_task, WorkKind::Import);
    m_task.setTablesToRefresh(&m_guiDb, m_setup.touchedTables());
    m_active = m_task.start(m_setup.databasePath, m_setup.job(false, m_report));
    if (!m_active) {
        m_done = true;
        m_error->showMessage(tr("Another import is still running; try again when it has finished."),
                             MessageBanner::Type::Error);
    }
    emit completeChanged();
}

bool ImportRunPage::isComplete() const {
    return m_done;
}

const ImportReport* ImportRunPage::report() const {
    return m_done && m_task.succeeded() ? m_report.get() : nullptr;
}

void ImportRunPage::onFinished() {
    if (!m_active)
        return;
    m_active = false;
    m_done = true;
    m_task.setTablesToRefresh(nullptr, {});
    if (m_task.succeeded()) {
        const QLocale locale;
        m_progress->setText(tr("Import complete."));
        m_summary->setText(tr("%1 new, %2 updated, %3 rejected.")
                               .arg(locale.toString(m_report->imported), locale.toString(m_report->updated),
                                    locale.toString(m_report->rejected.size())));
    } else if (m_task.wasCancelled()) {
        m_progress->hide();
        m_error->showMessage(tr("The import was cancelled; nothing was imported."), MessageBanner::Type::Warning);
    } else {
        m_progress->hide();
        m_error->showMessage(tr("Nothing was imported: %1").arg(m_task.error().message), MessageBanner::Type::Error);
    }
    emit completeChanged();
    emit importFinished(m_task.succeeded());
}

} // namespace Fieldbook
