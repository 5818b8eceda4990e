#include "ImportExportTestHelpers.h"
#include "importexport/ImportDryRunPage.h"
#include "importexport/ImportRunPage.h"
#include "importexport/ImportWizard.h"
#include "importexport/LongTask.h"
#include "store/records/AccountRepository.h"
#include "store/db/StoreEvents.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

void selectColumn(ImportWizard& wizard, const QString& field, const QString& column) {
    auto* combo = child<QComboBox>(&wizard, u"mapCombo_"_s + field);
    const int index = column.isEmpty() ? combo->findData(-1) : combo->findText(column);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void setImportAs(ImportWizard& wizard, const QString& source, const QString& target) {
    auto* table = child<QTableWidget>(&wizard, u"valueMapTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1)->text() == source) {
            table->item(row, 3)->setText(target);
            return;
        }
    }
    FAIL("no value " << source.toStdString() << " on the value page");
}

/// Starts the wizard on `path` and moves past the file page.
void openFile(ImportWizard& wizard, const QString& path, const QString& typeLabel) {
    wizard.show();
    child<QLineEdit>(&wizard, u"importFilePath"_s)->setText(path);
    auto* type = child<QComboBox>(&wizard, u"importTypeCombo"_s);
    type->setCurrentIndex(type->findText(typeLabel));
    wizard.next();
}

/// On the dry run page: waits for the check, then imports and waits for the import.
void checkThenImport(ImportWizard& wizard) {
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
    if (wizard.task()->isRunning())
        REQUIRE(checked.wait(kWorkerTimeoutMs));
    REQUIRE(wizard.currentPage()->isComplete());
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(imported.wait(kWorkerTimeoutMs));
    REQUIRE(imported.first().first().toBool());
}

} // namespace

TEST_CASE("the import wizard imports a CSV with a remapped column and a value mapping", "[importexport]") {
    TempDatabase temp;
    QSignalSpy resets(temp->events(), &StoreEvents::tableReset);
    ImportWizard wizard(temp.db());
    openFile(wizard, testDataPath(u"wizard-accounts.csv"_s), u"Accounts"_s);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);

    // Defaults matched by name and alias; "Ext Ref" needs mapping by hand, notes are left out.
    CHECK(child<QComboBox>(&wizard, u"mapCombo_name"_s)->currentText() == u"Company Name"_s);
    CHECK(child<QComboBox>(&wizard, u"mapCombo_industry"_s)->currentText() == u"Sector"_s);
    CHECK(child<QComboBox>(&wizard, u"mapCombo_external_id"_s)->currentData().toInt() == -1);
    selectColumn(wizard, u"external_id"_s, u"Ext Ref"_s);
    selectColumn(wizard, u"notes"_s, {});
    auto* preview = child<QTableWidget>(&wizard, u"importPreview"_s);
    CHECK(preview->rowCount() == 4);
    CHECK(preview->item(2, 0)->text() == u"北京星河科技有限公司"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    // "Tech" and "tech" are one value; every distinct value is listed once.
    CHECK(child<QTableWidget>(&wizard, u"valueMapTable"_s)->rowCount() == 3);
    setImportAs(wizard, u"Tech"_s, u"Technology"_s);
    setImportAs(wizard, u"IT"_s, u"Technology"_s);
    wizard.next();
    checkThenImport(wizard);

    REQUIRE(wizard.runPage()->report());
    CHECK(wizard.runPage()->report()->imported == 4);
    CHECK(child<QLabel>(&wizard, u"importSummary"_s)->text().contains(u"4"_s));
    AccountRepository accounts(temp.db());
    CHECK(accounts.count().value_or(-1) == 4);
    const auto acme = accounts.findByExternalId(u"A-1"_s);
    REQUIRE(acme);
    REQUIRE(acme->has_value());
    CHECK((*acme)->name == u"Acme Corp"_s);
    CHECK((*acme)->industry == u"Technology"_s);
    CHECK((*acme)->notes.isEmpty());
    CHECK((*accounts.findByExternalId(u"A-2"_s))->industry == u"Technology"_s);
    CHECK((*accounts.findByExternalId(u"A-3"_s))->industry == u"Finance"_s);
    CHECK((*accounts.findByExternalId(u"A-4"_s))->industry == u"Technology"_s);
    // The GUI connection announced the worker's writes so that lists reload.
    bool accountsReset = false;
    for (const auto& signal : resets)
        accountsReset = accountsReset || signal.first().toString() == u"accounts"_s;
    CHECK(accountsReset);
}

TEST_CASE("a cancelled import writes nothing and says so", "[importexport]") {
    TempDatabase temp;
    const QString path = temp.dir() + u"/many.csv"_s;
    writeFile(path, manyAccountsCsv(20000));
    ImportWizard wizard(temp.db());
    openFile(wizard, path, u"Accounts"_s);
    wizard.next(); // mapping as matched -> values
    REQUIRE(wizard.currentId() == ImportWizard::ValuesPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
    REQUIRE(checked.wait(kWorkerTimeoutMs));
    CHECK(child<QLabel>(&wizard, u"dryRunSummary"_s)->text().contains(QLocale().toString(20000)));

    QSignalSpy progressed(wizard.task(), &LongTask::progressed);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(progressed.wait(kWorkerTimeoutMs));
    auto* cancel = child<QPushButton>(wizard.runPage(), u"taskCancelButton"_s);
    REQUIRE(cancel->isEnabled());
    cancel->click();
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(child<MessageBanner>(&wizard, u"importError"_s)->text().contains(u"nothing was imported"_s));
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
    temp.reopen();
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
}

TEST_CASE("Escape during the import cancels it and keeps the wizard open to say so", "[importexport]") {
    TempDatabase temp;
    const QString path = temp.dir() + u"/many.csv"_s;
    writeFile(path, manyAccountsCsv(20000));
    ImportWizard wizard(temp.db());
    openFile(wizard, path, u"Accounts"_s);
    wizard.next();
    wizard.next();
    QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
    REQUIRE(checked.wait(kWorkerTimeoutMs));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    wizard.reject();
    CHECK(wizard.isVisible());
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
}

TEST_CASE("a malformed CSV shows the reader's error naming the row and stays on the file page", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openFile(wizard, testDataPath(u"wizard-broken.csv"_s), u"Accounts"_s);
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    const QString error = child<MessageBanner>(&wizard, u"importFileError"_s)->text();
    INFO(error.toStdString());
    CHECK(error.contains(u"Row 3"_s));
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0);
}

TEST_CASE("a missing file is reported on the file page", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openFile(wizard, temp.dir() + u"/does-not-exist.csv"_s, u"Contacts"_s);
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    CHECK(child<MessageBanner>(&wizard, u"importFileError"_s)->text().contains(u"does-not-exist.csv"_s));
}

TEST_CASE("the dry run lists rejected rows with their row number and saves them for fixing", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openFile(wizard, testDataPath(u"wizard-rejects.csv"_s), u"Accounts"_s);
    wizard.next(); // values page: industry is mapped
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
    REQUIRE(checked.wait(kWorkerTimeoutMs));
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 0); // a dry run writes nothing
    auto* view = child<QTableView>(&wizard, u"rejectedRowsView"_s);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, 0).data().toString() == u"3"_s);
    CHECK_FALSE(view->model()->index(0, 1).data().toString().isEmpty());
    CHECK(wizard.dryRunPage()->report().imported == 2);

    const QString saved = temp.dir() + u"/rejected.csv"_s;
    QSignalSpy savedSpy(wizard.dryRunPage(), &ImportDryRunPage::rejectedRowsSaved);
    wizard.dryRunPage()->saveRejectedRows(saved);
    REQUIRE(savedSpy.wait(kWorkerTimeoutMs));
    REQUIRE(savedSpy.first().first().toBool());
    const QList<QByteArray> lines = readFile(saved).trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith("name,industry,row,problem"));
    CHECK(lines.at(1).startsWith(",Retail,3,"));

    checkThenImport(wizard);
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 2);
}

TEST_CASE("a truncated vCard imports its good cards and names the line of the broken one", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openFile(wizard, testDataPath(u"broken-truncated.vcf"_s), u"Contacts"_s);
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
    REQUIRE(checked.wait(kWorkerTimeoutMs));
    auto* view = child<QTableView>(&wizard, u"rejectedRowsView"_s);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, 0).data().toString() == u"6"_s);
    checkThenImport(wizard);
    CHECK(statsOf(temp.db()).of(RecordType::contacts()) == 1);
}

TEST_CASE("a path preset by the caller is used and going back re-checks with the new mapping", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    wizard.setFilePath(testDataPath(u"wizard-accounts.csv"_s));
    wizard.show();
    auto* type = child<QComboBox>(&wizard, u"importTypeCombo"_s);
    type->setCurrentIndex(type->findText(u"Accounts"_s));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DryRunPage);
    wizard.back(); // while the check may still run
    wizard.back();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    selectColumn(wizard, u"external_id"_s, u"Ext Ref"_s);
    wizard.next();
    wizard.next();
    checkThenImport(wizard);
    CHECK(statsOf(temp.db()).of(RecordType::accounts()) == 4);
}
