#include "ImportFilePage.h"

#include "widgets/FileDialog.h"
#include "ImportSetup.h"
#include "ImportWizard.h"
#include "services/InputFile.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportFilePage::ImportFilePage(ImportSetup& setup, QWidget* parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_path(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_error(new MessageBanner(this)) {
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Import accounts, contacts, users or leads from a CSV file (UTF-8, first row names the "
                   "columns), or contacts from a vCard file (.vcf)."));
    m_path->setObjectName(u"importFilePath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv or .vcf file"));
    m_path->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"importBrowseButton"_s);
    m_type->setObjectName(u"importTypeCombo"_s);
    m_type->addItem(tr("Contacts"), int(ImportRecordType::Contacts));
    m_type->addItem(tr("Accounts"), int(ImportRecordType::Accounts));
    m_type->addItem(tr("Users"), int(ImportRecordType::Users));
    m_type->addItem(tr("Leads"), int(ImportRecordType::Leads));
    m_type->addItem(tr("Products"), int(ImportRecordType::Products));
    m_type->addItem(tr("Opportunities"), int(ImportRecordType::Opportunities));
    m_type->addItem(tr("Quotas"), int(ImportRecordType::Quotas));
    m_type->addItem(tr("Commission plans"), int(ImportRecordType::CommissionPlans));
    m_hint->setObjectName(u"importFileHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(u"importFileError"_s);
    m_error->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto* typeLabel = new QLabel(tr("&Records:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);

    setAcceptDrops(true);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::onPathChanged);
    onPathChanged();
}

void ImportFilePage::setFilePath(const QString& path) {
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const {
    return !m_path->text().trimmed().isEmpty();
}

void ImportFilePage::browse() {
    const QString path = FileDialog::openFileName(
        this, tr("Import from"), m_path->text(),
        tr("Importable files (*.csv *.vcf *.vcard);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportFilePage::onPathChanged() {
    m_error->hideMessage();
    m_error->hide();
    const bool vcard = ImportSetup::sourceFor(m_path->text().trimmed()) == ImportSource::VCard;
    if (vcard)
        m_type->setCurrentIndex(m_type->findData(int(ImportRecordType::Contacts)));
    m_type->setEnabled(!vcard);
    QString hint = vcard ? tr("vCard files hold contacts; a card's UID is kept, so importing the same file again "
                              "updates the contacts instead of adding them twice.")
                         : tr("Rows with an external id (or, without one, the same e-mail or name) update the "
                              "record that has it; the others are added. Nothing is written before the last "
                              "step.");
    if (!vcard && guessType(m_path->text().trimmed()))
        hint.prepend(tr("The file's name and columns suggest %1; choose other records if it holds something "
                        "else.")
                         .arg(m_type->currentText()) +
                     u' ');
    m_hint->setText(hint);
    emit completeChanged();
}

bool ImportFilePage::guessType(const QString& path) {
    const QString file = QDir::fromNativeSeparators(path);
    if (!QFileInfo(file).isFile())
        return false;
    const auto header = CsvSample::read(file, 0); // the header only: the page stays quick
    const auto type = ImportSchema::guessType(file, header ? header->header() : QStringList());
    if (!type)
        return false;
    m_type->setCurrentIndex(m_type->findData(int(*type)));
    return true;
}

bool ImportFilePage::validatePage() {
    m_setup.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_setup.source = ImportSetup::sourceFor(m_setup.path);
    m_setup.type = ImportRecordType(m_type->currentData().toInt());
    m_setup.sample.reset();
    m_setup.fieldMap.clear();
    m_setup.valueMap.clear();
    if (m_setup.source == ImportSource::Csv)
        return loadCsv();
    QFile file;
    if (auto opened = InputFile::open(m_setup.path, file); !opened) {
        m_error->showMessage(opened.error().message, MessageBanner::Type::Error);
        m_error->show();
        return false;
    }
    return true;
}

bool ImportFilePage::loadCsv() {
    auto sample = CsvSample::read(m_setup.path);
    if (!sample) {
        m_error->showMessage(tr("This file cannot be imported: %1").arg(sample.error().message),
                             MessageBanner::Type::Error);
        m_error->show();
        return false;
    }
    m_setup.sample = std::move(*sample);
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event) {
    if (!ImportSetup::importablePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event) {
    const QString path = ImportSetup::importablePath(event->mimeData());
    if (path.isEmpty())
        return;
    setFilePath(path);
    event->acceptProposedAction();
}

int ImportFilePage::nextId() const {
    const bool vcard = ImportSetup::sourceFor(m_path->text().trimmed()) == ImportSource::VCard;
    return vcard ? ImportWizard::DryRunPage : ImportWizard::MappingPage;
}

} // namespace Fieldbook
