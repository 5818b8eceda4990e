#include "ImportValuesPage.h"

#include "ImportSetup.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportValuesPage::ImportValuesPage(ImportSetup& setup, QWidget* parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_table(new QTableWidget(this)) {
    setTitle(tr("Map the values"));
    setSubTitle(tr("These fields take values from a short list. Type the value each one should be imported as "
                   "(for example “Technology” for “Tech” and “IT”); leave it unchanged to keep it."));
    m_table->setObjectName(u"valueMapTable"_s);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value in the file"), tr("Rows"), tr("Import as")});
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    auto* label = new QLabel(tr("&Values found in the first %L1 rows:").arg(CsvSample::kMaxRows), this);
    label->setBuddy(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
}

void ImportValuesPage::initializePage() {
    m_table->setRowCount(0);
    for (const auto& field : ImportSchema::fields(m_setup.type)) {
        const qsizetype column = m_setup.columnOf(field);
        if (ImportSetup::isPicklist(field) && column >= 0)
            addValues(field, m_setup.sample->distinctValues(column, kMaxValuesPerField));
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, TargetColumn);
}

void ImportValuesPage::addValues(const QString& field, const QList<QPair<QString, int>>& values) {
    const auto readOnly = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        return item;
    };
    for (const auto& [value, count] : values) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem* fieldItem = readOnly(ImportSchema::label(m_setup.type, field));
        fieldItem->setData(Qt::UserRole, field);
        m_table->setItem(row, FieldColumn, fieldItem);
        m_table->setItem(row, SourceColumn, readOnly(value));
        auto* countItem = readOnly(QLocale().toString(count));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CountColumn, countItem);
        // Keep what the user typed when they come back to this page.
        m_table->setItem(row, TargetColumn, new QTableWidgetItem(m_setup.mappedValue(field, value)));
    }
}

bool ImportValuesPage::validatePage() {
    m_setup.valueMap.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString source = m_table->item(row, SourceColumn)->text();
        const QString target = m_table->item(row, TargetColumn)->text().trimmed();
        if (target != source)
            m_setup.valueMap.append({m_table->item(row, FieldColumn)->data(Qt::UserRole).toString(), source, target});
    }
    return true;
}

} // namespace Fieldbook
