#include "FirstStartDemoData.h"

#include "DemoDataDialog.h"
#include "LongTask.h"
#include "TaskProgressDialog.h"
#include "protocol/RecordType.h"
#include "services/StatsService.h"
#include "store/db/Database.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

Q_LOGGING_CATEGORY(lcImportExport, "fieldbook.importexport")

struct FirstStartText {
    Q_DECLARE_TR_FUNCTIONS(FirstStartDemoData)
};

} // namespace

bool offerDemoDataOnFirstStart(QWidget* parent, const QString& dbPath, Database& guiDb, const DemoRequest& request) {
    const QString declinedKey = QString::fromUtf16(kDemoDataDeclinedSetting);
    if (guiDb.setting(declinedKey) == u"1"_s)
        return false;
    const auto stats = StatsService::collect(guiDb);
    if (!stats || stats->of(RecordType::accounts()) > 0 || stats->of(RecordType::contacts()) > 0)
        return false;

    LongTask task;
    auto result = std::make_shared<DemoResult>();
    task.setTablesToRefresh(&guiDb, DemoDataDialog::touchedTables());
    TaskProgressDialog dialog(&task, WorkKind::Generate,
                              FirstStartText::tr("Fieldbook is filling this new database with demo accounts, "
                                                 "contacts, activities and leads so that you can try it out. Cancel to "
                                                 "start with an empty database instead."),
                              parent);
    dialog.setWindowTitle(FirstStartText::tr("Preparing demo data"));
    task.start(dbPath.isEmpty() ? guiDb.path() : dbPath, DemoDataDialog::job(request, result));
    dialog.exec();
    if (task.succeeded())
        return true;
    if (task.wasCancelled()) {
        if (auto saved = guiDb.setSetting(declinedKey, u"1"_s); !saved)
            qCWarning(lcImportExport) << "cannot remember that demo data was declined:" << saved.error().detail;
        return false;
    }
    MessageBox::warning(parent, FirstStartText::tr("Demo data"),
                        FirstStartText::tr("No demo data was written: %1").arg(task.error().message));
    return false;
}

} // namespace Fieldbook
