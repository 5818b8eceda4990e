#include "ImportExportTestHelpers.h"
#include "importexport/DemoDataDialog.h"
#include "importexport/FirstStartDemoData.h"
#include "importexport/ImportExportActions.h"
#include "importexport/ImportWizard.h"
#include "store/db/StoreEvents.h"

#include <QAction>
#include <QApplication>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("the demo data dialog generates the requested counts", "[importexport]") {
    TempDatabase temp;
    DemoDataDialog dialog(temp.db());
    CHECK(child<QSpinBox>(&dialog, u"demoAccounts"_s)->value() == 2000);
    CHECK(child<QSpinBox>(&dialog, u"demoContacts"_s)->value() == 10000);
    CHECK(child<QSpinBox>(&dialog, u"demoActivities"_s)->value() == 30000);
    CHECK(child<QSpinBox>(&dialog, u"demoLeads"_s)->value() == 300);
    CHECK(child<QSpinBox>(&dialog, u"demoEvents"_s)->value() == DemoSizes{}.events);
    CHECK(child<QSpinBox>(&dialog, u"demoTasks"_s)->value() == DemoSizes{}.tasks);
    child<QSpinBox>(&dialog, u"demoAccounts"_s)->setValue(4);
    child<QSpinBox>(&dialog, u"demoContacts"_s)->setValue(12);
    child<QSpinBox>(&dialog, u"demoActivities"_s)->setValue(20);
    child<QSpinBox>(&dialog, u"demoLeads"_s)->setValue(7);
    child<QSpinBox>(&dialog, u"demoEvents"_s)->setValue(9);
    child<QSpinBox>(&dialog, u"demoTasks"_s)->setValue(5);
    child<QSpinBox>(&dialog, u"demoSeed"_s)->setValue(42);
    QSignalSpy resets(temp->events(), &StoreEvents::tableReset);
    QSignalSpy finished(&dialog, &DemoDataDialog::generationFinished);
    child<QPushButton>(&dialog, u"demoGenerateButton"_s)->click();
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    REQUIRE(finished.first().first().toBool());
    const StoreStats stats = statsOf(temp.db());
    CHECK(stats.of(RecordType::accounts()) == 4);
    CHECK(stats.of(RecordType::contacts()) == 12);
    CHECK(stats.of(RecordType::activities()) == 20);
    CHECK(stats.of(RecordType::leads()) == 7);
    CHECK(stats.of(RecordType::events()) >= 9); // a recurring series may bring changed occurrences
    CHECK(stats.of(RecordType::tasks()) == 5);
    CHECK(resets.size() >= 3);
}

TEST_CASE("demo data is generated on first start only into an empty store", "[importexport]") {
    TempDatabase temp;
    DemoRequest small;
    small.accounts = 2;
    small.contacts = 3;
    small.activities = 4;
    CHECK(offerDemoDataOnFirstStart(nullptr, temp.path(), temp.db(), small));
    CHECK(statsOf(temp.db()).of(RecordType::contacts()) == 3);
    CHECK_FALSE(offerDemoDataOnFirstStart(nullptr, temp.path(), temp.db(), small));
    CHECK(statsOf(temp.db()).of(RecordType::contacts()) == 3);
}

TEST_CASE("cancelling the first-start demo data writes nothing and is remembered", "[importexport]") {
    TempDatabase temp;
    DemoRequest large = DemoDataDialog::defaultRequest();
    QTimer::singleShot(0, qApp, [] {
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close(); // like the window's close button: cancels the work
    });
    CHECK_FALSE(offerDemoDataOnFirstStart(nullptr, temp.path(), temp.db(), large));
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
    CHECK(temp->setting(QString::fromUtf16(kDemoDataDeclinedSetting)) == u"1"_s);
    DemoRequest small;
    small.accounts = 1;
    CHECK_FALSE(offerDemoDataOnFirstStart(nullptr, temp.path(), temp.db(), small));
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
}

TEST_CASE("the import/export actions have shortcuts and open their windows once", "[importexport]") {
    TempDatabase temp;
    QWidget window;
    ImportExportActions actions(&window, temp.db());
    CHECK(actions.importAction()->objectName() == u"actionImport"_s);
    CHECK(actions.importAction()->shortcut() == QKeySequence(u"Ctrl+I"_s));
    CHECK(actions.exportAction()->shortcut() == QKeySequence(u"Ctrl+E"_s));
    CHECK(actions.demoDataAction()->objectName() == u"actionFillDemoData"_s);
    actions.importAction()->trigger();
    auto* wizard = window.findChild<ImportWizard*>(u"importWizard"_s);
    REQUIRE(wizard);
    CHECK(actions.openImport(testDataPath(u"wizard-accounts.csv"_s)) == wizard);
    wizard->close();
    actions.exportAction()->trigger();
    CHECK(window.findChild<QDialog*>(u"exportDialog"_s));
    actions.demoDataAction()->trigger();
    CHECK(window.findChild<QDialog*>(u"demoDataDialog"_s));

    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(u"/tmp/people.csv"_s)});
    CHECK(ImportExportActions::importablePath(&csv) == u"/tmp/people.csv"_s);
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(u"/tmp/notes.txt"_s)});
    CHECK(ImportExportActions::importablePath(&text).isEmpty());
}
