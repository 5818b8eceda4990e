#include "ImportMappingPage.h"

#include "ImportSetup.h"
#include "ImportWizard.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportMappingPage::ImportMappingPage(ImportSetup& setup, QWidget* parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_rowsWidget(new QWidget)
    , m_rows(new QGridLayout(m_rowsWidget))
    , m_preview(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_error(new MessageBanner(this)) {
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the column of the file for each field. Columns with matching names are already "
                   "chosen; fields set to “(not imported)” stay as they are. Fields marked * are needed for new "
                   "records."));
    m_rowsWidget->setObjectName(u"columnMappingTable"_s);
    m_rows->setColumnStretch(1, 1);
    m_rows->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_note->setObjectName(u"importSampleNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(u"importMappingError"_s);

    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("&Preview of the first rows as they would be imported:"), previewBox);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The preview's size hint is large; without fixed sizes the mapping would get two rows.
    scroll->setMinimumHeight(140);
    m_preview->setMinimumHeight(120);
    splitter->setSizes({300, 200});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    m_error->floatOver(scroll);
}

void ImportMappingPage::clearRows() {
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_combos.clear();
    m_samples.clear();
}

void ImportMappingPage::initializePage() {
    clearRows();
    m_error->hideMessage();
    auto addHeader = [this](int column, const QString& text) {
        auto* label = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()), m_rowsWidget);
        m_rows->addWidget(label, 0, column);
    };
    addHeader(0, tr("Field"));
    addHeader(1, tr("Column in the file"));
    addHeader(2, tr("First value"));
    const QStringList fields = ImportSchema::fields(m_setup.type);
    for (int i = 0; i < fields.size(); ++i)
        addFieldRow(i + 1, fields.at(i));
    m_rows->setRowStretch(int(fields.size()) + 1, 1);
    onMappingChanged();
}

void ImportMappingPage::addFieldRow(int row, const QString& field) {
    const QStringList& header = m_setup.sample->header();
    const bool required = ImportSchema::isRequired(m_setup.type, field);
    const QString label = ImportSchema::label(m_setup.type, field);
    auto* name = new QLabel(required ? tr("%1 *").arg(label) : label, m_rowsWidget);
    name->setObjectName(u"mapLabel_%1"_s.arg(field));
    if (required) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
    }
    // The field's own name is what exports and the command line use: worth knowing, not the label.
    name->setToolTip(tr("%1\nField name: %2").arg(ImportSchema::describe(m_setup.type, field), field));
    auto* combo = new QComboBox(m_rowsWidget);
    combo->setObjectName(u"mapCombo_%1"_s.arg(field));
    combo->setToolTip(name->toolTip());
    combo->addItem(tr("(not imported)"), -1);
    for (qsizetype i = 0; i < header.size(); ++i)
        combo->addItem(header.at(i).isEmpty() ? tr("(column %1)").arg(i + 1) : header.at(i), int(i));
    combo->setCurrentIndex(combo->findData(int(m_setup.columnOf(field))));
    name->setBuddy(combo);
    auto* sample = new QLabel(m_rowsWidget);
    sample->setForegroundRole(QPalette::PlaceholderText);
    sample->setTextFormat(Qt::PlainText);
    m_rows->addWidget(name, row, 0);
    m_rows->addWidget(combo, row, 1);
    m_rows->addWidget(sample, row, 2);
    m_combos.insert(field, combo);
    m_samples.insert(field, sample);
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::onMappingChanged);
}

void ImportMappingPage::onMappingChanged() {
    const QStringList& header = m_setup.sample->header();
    m_setup.fieldMap.clear();
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        m_setup.fieldMap.insert(it.key(), column >= 0 ? header.at(column) : QString());
        const QString first = m_setup.sample->rows().isEmpty() || column < 0
                                  ? QString()
                                  : m_setup.sample->rows().constFirst().value(column);
        m_samples.value(it.key())->setText(fontMetrics().elidedText(first, Qt::ElideRight, 240));
    }
    updatePreview();
}

QStringList ImportMappingPage::mappedFields() const {
    QStringList fields;
    for (const auto& field : ImportSchema::fields(m_setup.type)) {
        if (m_setup.columnOf(field) >= 0)
            fields.append(field);
    }
    return fields;
}

void ImportMappingPage::updatePreview() {
    const QStringList fields = mappedFields();
    const auto& rows = m_setup.sample->rows();
    const int shown = int(std::min<qsizetype>(rows.size(), kPreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(fields.size()));
    m_preview->setRowCount(shown);
    QStringList labels;
    for (const QString& field : fields)
        labels.append(ImportSchema::label(m_setup.type, field));
    m_preview->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < shown; ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QLocale().toString(rows.at(r).row)));
        for (int c = 0; c < fields.size(); ++c) {
            const QString& field = fields.at(c);
            const QString value = m_setup.mappedValue(field, rows.at(r).value(m_setup.columnOf(field)));
            m_preview->setItem(r, c, new QTableWidgetItem(value));
        }
    }
    m_preview->resizeColumnsToContents();
    QString note = m_setup.sample->isComplete()
                       ? tr("The file has %Ln data row(s).", "", int(rows.size()))
                       : tr("Showing the first rows; the file has more than %L1 rows.").arg(rows.size());
    if (!m_setup.sample->problems().isEmpty())
        note += u' ' + tr("%Ln row(s) cannot be read and will be rejected, for example: %1", "",
                          int(m_setup.sample->problems().size()))
                           .arg(m_setup.sample->problems().constFirst());
    m_note->setText(note);
}

bool ImportMappingPage::validatePage() {
    if (mappedFields().isEmpty()) {
        m_error->showMessage(tr("Choose a column for at least one field."), MessageBanner::Type::Error);
        return false;
    }
    const QStringList mapped = mappedFields();
    const QList<QStringList> missing = ImportSchema::missingFields(m_setup.type, mapped);
    if (!missing.isEmpty()) {
        m_error->showMessage(ImportSchema::missingFieldsMessage(m_setup.type, mapped), MessageBanner::Type::Error);
        if (QComboBox* first = m_combos.value(missing.constFirst().constFirst()))
            first->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hideMessage();
    return true;
}

int ImportMappingPage::nextId() const {
    const auto& rows = m_setup.sample ? m_setup.sample->rows() : QList<CsvRecord>{};
    for (const auto& field : mappedFields()) {
        if (!ImportSetup::isPicklist(field))
            continue;
        const qsizetype column = m_setup.columnOf(field);
        for (const auto& row : rows) {
            if (!row.value(column).trimmed().isEmpty())
                return ImportWizard::ValuesPage;
        }
    }
    return ImportWizard::DryRunPage;
}

} // namespace Fieldbook
