#include "ImportExportTestHelpers.h"
#include "importexport/ExportDialog.h"
#include "importexport/LongTask.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

void fillSmallDemo(Database& db) {
    DemoRequest request;
    request.users = 2;
    request.accounts = 3;
    request.contacts = 5;
    request.seed = 11;
    REQUIRE(DemoDataService::generate(db, request));
}

} // namespace

TEST_CASE("the export dialog writes contacts to a CSV file on the worker", "[importexport]") {
    TempDatabase temp;
    fillSmallDemo(temp.db());
    ExportDialog dialog(temp.db());
    dialog.show();
    const QString path = temp.dir() + u"/contacts.csv"_s;
    dialog.setRecordType(ExportRecordType::Contacts);
    dialog.setFormat(ExportFormat::Csv);
    dialog.setFilePath(path);
    CHECK(child<QLabel>(&dialog, u"exportScopeNote"_s)->text().contains(u"filters"_s));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    child<QPushButton>(&dialog, u"exportButton"_s)->click();
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    REQUIRE(finished.first().first().toBool());
    CHECK(dialog.exportedCount() == 5);
    const QByteArray csv = readFile(path);
    CHECK(csv.startsWith("first_name,"));
    CHECK(child<MessageBanner>(&dialog, u"exportMessage"_s)->text().contains(u"5"_s));
}

TEST_CASE("accounts export as JSON, and vCard is offered for contacts only", "[importexport]") {
    TempDatabase temp;
    fillSmallDemo(temp.db());
    ExportDialog dialog(temp.db());
    auto* formats = child<QComboBox>(&dialog, u"exportFormatCombo"_s);
    dialog.setRecordType(ExportRecordType::Contacts);
    CHECK(formats->findData(int(ExportFormat::VCard3)) >= 0);
    dialog.setRecordType(ExportRecordType::Accounts);
    CHECK(formats->findData(int(ExportFormat::VCard4)) < 0);
    dialog.setFormat(ExportFormat::Json);
    CHECK(dialog.filePath().endsWith(u".json"_s));
    const QString path = temp.dir() + u"/accounts.json"_s;
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    REQUIRE(dialog.startExport());
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    REQUIRE(finished.first().first().toBool());
    CHECK(dialog.exportedCount() == 3);
    CHECK(readFile(path).contains("\"name\""));
}

TEST_CASE("a cancelled export leaves no file behind", "[importexport]") {
    TempDatabase temp;
    fillSmallDemo(temp.db());
    ExportDialog dialog(temp.db());
    const QString path = temp.dir() + u"/cancelled.vcf"_s;
    dialog.setFormat(ExportFormat::VCard4);
    dialog.setFilePath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    // The worker waits at the gate, so Cancel lands while the export is certainly still running.
    QSemaphore gate;
    LongTask::setStartGateForTests(&gate);
    REQUIRE(dialog.startExport());
    dialog.reject(); // Cancel while running: cancels, keeps the dialog
    gate.release();
    LongTask::setStartGateForTests(nullptr);
    REQUIRE(finished.wait(kWorkerTimeoutMs));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(dialog.task()->wasCancelled());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(child<MessageBanner>(&dialog, u"exportMessage"_s)->text().contains(u"cancelled"_s));
}
