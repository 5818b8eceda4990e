#include "ImportExportTestHelpers.h"
#include "StringMakers.h"

#include "importexport/ImportWizard.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// Stands in for the Chinese catalogue: a few import labels, to see that the page asks for them.
class ChineseLabels final : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (qstrcmp(context, "ImportSchema") != 0)
            return {};
        static const QHash<QByteArray, QString> labels{{"Account name", u"客户名称"_s},
                                                       {"Annual revenue", u"年收入"_s}};
        return labels.value(source);
    }
    bool isEmpty() const override { return false; }
};

QString mappingLabel(ImportWizard& wizard, const QString& field) {
    return child<QLabel>(&wizard, u"mapLabel_"_s + field)->text();
}

/// The wizard on the mapping page of `csv`, saved as `fileName`, read as accounts.
void openAccounts(ImportWizard& wizard, TempDatabase& temp, const QString& fileName, const QByteArray& csv) {
    const QString path = temp.dir() + u'/' + fileName;
    writeFile(path, csv);
    wizard.show();
    child<QLineEdit>(&wizard, u"importFilePath"_s)->setText(path);
    auto* type = child<QComboBox>(&wizard, u"importTypeCombo"_s);
    type->setCurrentIndex(type->findData(int(ImportRecordType::Accounts)));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
}

} // namespace

TEST_CASE("the mapping marks what new records need and Next says what is missing", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openAccounts(wizard, temp, u"firms.csv"_s,
                 "account,sector,revenue\nAcme,Retail,1100\nGlobex,Software,250\nInitech,Retail,80\n");
    CHECK(mappingLabel(wizard, u"name"_s) == u"Account name *"_s);
    CHECK(child<QLabel>(&wizard, u"mapLabel_name"_s)->font().bold());
    CHECK(mappingLabel(wizard, u"industry"_s) == u"Industry"_s);
    CHECK(child<QComboBox>(&wizard, u"mapCombo_name"_s)->currentData().toInt() == -1); // "account" is no alias

    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::MappingPage); // not on to a dry run that refuses every row
    auto* error = child<MessageBanner>(&wizard, u"importMappingError"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"“Account name”"_s));
    CHECK(wizard.focusWidget() == child<QComboBox>(&wizard, u"mapCombo_name"_s));

    auto* name = child<QComboBox>(&wizard, u"mapCombo_name"_s);
    name->setCurrentIndex(name->findText(u"account"_s));
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::ValuesPage);
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("import fields show labels for people, in the user's language, not column names", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    openAccounts(wizard, temp, u"firms.csv"_s, "name,annual_revenue,external_id\nAcme,1100,A-1\n");
    CHECK(mappingLabel(wizard, u"annual_revenue"_s) == u"Annual revenue"_s);
    CHECK(mappingLabel(wizard, u"external_id"_s) == u"External ID"_s);
    CHECK(child<QLabel>(&wizard, u"mapLabel_external_id"_s)->toolTip().contains(u"external_id"_s));
    auto* preview = child<QTableWidget>(&wizard, u"importPreview"_s);
    QStringList headers;
    for (int column = 0; column < preview->columnCount(); ++column)
        headers.append(preview->horizontalHeaderItem(column)->text());
    CHECK(headers == QStringList{u"Account name"_s, u"External ID"_s, u"Annual revenue"_s});

    ChineseLabels chinese;
    QCoreApplication::installTranslator(&chinese);
    wizard.back();
    wizard.next();
    QCoreApplication::removeTranslator(&chinese);
    CHECK(mappingLabel(wizard, u"name"_s) == u"客户名称 *"_s);
    CHECK(mappingLabel(wizard, u"annual_revenue"_s) == u"年收入"_s);
}

TEST_CASE("the import wizard guesses the record type from the file name and its columns", "[importexport]") {
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    wizard.show();
    auto* path = child<QLineEdit>(&wizard, u"importFilePath"_s);
    auto* type = child<QComboBox>(&wizard, u"importTypeCombo"_s);
    auto* hint = child<QLabel>(&wizard, u"importFileHint"_s);
    const auto typeFor = [&](const QString& fileName, const QByteArray& csv) {
        writeFile(temp.dir() + u'/' + fileName, csv);
        path->setText(temp.dir() + u'/' + fileName);
        return ImportRecordType(type->currentData().toInt());
    };
    CHECK(typeFor(u"leads-2024.csv"_s, "name,company,email\n") == ImportRecordType::Leads);
    CHECK(hint->text().contains(type->currentText()));
    CHECK(typeFor(u"sales_pipeline.csv"_s, "opportunity_id,account,deal_stage,close_date\n") ==
          ImportRecordType::Opportunities);
    CHECK(typeFor(u"export.csv"_s, "Account Name,Industry,Website,Annual Revenue\n") == ImportRecordType::Accounts);
    CHECK(typeFor(u"export2.csv"_s, "SKU,Product Name,Unit Price,Currency\n") == ImportRecordType::Products);
}
