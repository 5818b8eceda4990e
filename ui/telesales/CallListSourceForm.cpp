#include "CallListSourceForm.h"

#include "analytics/RfmSegment.h"
#include "common/Clock.h"
#include "domain/Industry.h"
#include "domain/Lead.h"
#include "services/CallListBuilder.h"
#include "store/records/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kSinceRow = 5; ///< the rows as addRows() adds them
constexpr int kFileRow = 8;
} // namespace

CallListSourceForm::CallListSourceForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_form(new QFormLayout(this))
    , m_source(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_sinceOn(new QCheckBox(tr("No contact since"), this))
    , m_since(new QDateEdit(Clock::today().addMonths(-3), this))
    , m_status(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_csv(new QLineEdit(this)) {
    m_source->setObjectName(u"callListSource"_s);
    m_source->addItem(tr("Contacts"), int(CallListSource::Contacts));
    m_source->addItem(tr("Leads"), int(CallListSource::Leads));
    m_source->addItem(tr("Accounts (their main numbers)"), int(CallListSource::Accounts));
    m_source->addItem(tr("A CSV file"), int(CallListSource::Csv));
    m_industry->setObjectName(u"callListIndustry"_s);
    m_industry->addItem(tr("Any"), QString());
    for (const QString& industry : industries())
        m_industry->addItem(industryName(industry), industry);
    m_region->setObjectName(u"callListRegion"_s);
    m_region->setPlaceholderText(tr("Any (a region or country)"));
    m_tag->setObjectName(u"callListTag"_s);
    m_tag->setPlaceholderText(tr("Any"));
    m_owner->setObjectName(u"callListOwner"_s);
    m_owner->addItem(tr("Anyone"), QString());
    for (const User& u : UserRepository(db).all().value_or(QList<User>()))
        if (u.active)
            m_owner->addItem(u.name, u.id);
    m_sinceOn->setObjectName(u"callListSinceOn"_s);
    m_since->setObjectName(u"callListSince"_s);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_status->setObjectName(u"callListStatus"_s);
    m_status->addItem(tr("Any open"), QString());
    for (LeadStatus s : leadStatuses())
        if (isOpenLeadStatus(s))
            m_status->addItem(leadStatusName(s), leadStatusKey(s));
    m_segment->setObjectName(u"callListSegment"_s);
    m_segment->addItem(tr("Any"), QString());
    for (RfmSegment s : allRfmSegments())
        m_segment->addItem(rfmSegmentName(s), rfmSegmentKey(s));
    m_csv->setObjectName(u"callListCsv"_s);
    m_csv->setPlaceholderText(tr("A file with a phone column, and optionally name and company"));
    addRows();
    updateRows();
}

void CallListSourceForm::addRows() {
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Build from:"), m_source);
    m_form->addRow(tr("&Industry:"), m_industry);
    m_form->addRow(tr("&Region:"), m_region);
    m_form->addRow(tr("&Tag:"), m_tag);
    m_form->addRow(tr("&Owner:"), m_owner);
    auto* since = new QHBoxLayout;
    since->addWidget(m_sinceOn);
    since->addWidget(m_since, 1);
    m_form->addRow(tr("Last contact:"), since);
    m_form->addRow(tr("Lead &status:"), m_status);
    m_form->addRow(tr("RFM s&egment:"), m_segment);
    auto* file = new QHBoxLayout;
    auto* browse = new QPushButton(tr("B&rowse…"), this);
    file->addWidget(m_csv, 1);
    file->addWidget(browse);
    m_form->addRow(tr("&File:"), file);
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, &CallListSourceForm::browse);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CallListSourceForm::updateRows);
    connect(m_csv, &QLineEdit::textChanged, this, &CallListSourceForm::changed);
}

void CallListSourceForm::updateRows() {
    const CallListSource s = source();
    const bool csv = s == CallListSource::Csv;
    const bool leads = s == CallListSource::Leads;
    m_form->setRowVisible(m_industry, !csv && !leads);
    m_form->setRowVisible(m_region, !csv && !leads);
    m_form->setRowVisible(m_tag, !csv && !leads);
    m_form->setRowVisible(m_owner, !csv);
    m_form->setRowVisible(kSinceRow, !csv); // the rows holding a layout go by their number
    m_form->setRowVisible(m_status, leads);
    m_form->setRowVisible(m_segment, !csv && !leads);
    m_form->setRowVisible(kFileRow, csv);
    emit changed();
}

void CallListSourceForm::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Build a call list from a CSV file"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_csv->setText(QDir::toNativeSeparators(path));
}

CallListSource CallListSourceForm::source() const {
    return CallListSource(m_source->currentData().toInt());
}

QString CallListSourceForm::csvPath() const {
    return source() == CallListSource::Csv ? QDir::fromNativeSeparators(m_csv->text().trimmed()) : QString();
}

Result<CallListFilter> CallListSourceForm::filter() const {
    CallListFilter f;
    const bool leads = source() == CallListSource::Leads;
    if (!leads) {
        f.industry = m_industry->currentData().toString();
        f.region = m_region->text().trimmed();
        f.tag = m_tag->text().trimmed();
    }
    f.ownerId = m_owner->currentData().toString();
    if (m_sinceOn->isChecked())
        f.notContactedSince = m_since->date();
    if (leads)
        f.leadStatus = m_status->currentData().toString();
    if (const QString segment = m_segment->currentData().toString(); !leads && !segment.isEmpty()) {
        auto accounts = CallListBuilder::segmentAccounts(m_db, segment, Clock::today());
        if (!accounts)
            return std::unexpected(accounts.error());
        f.accountIds = *accounts;
    }
    return f;
}

QString CallListSourceForm::description() const {
    QStringList filters;
    const auto add = [&filters](const QString& key, const QString& value) {
        if (!value.isEmpty())
            filters.append(key + u'=' + value);
    };
    if (source() == CallListSource::Csv) {
        add(u"file"_s, QFileInfo(csvPath()).fileName());
    } else {
        const bool leads = source() == CallListSource::Leads;
        add(u"industry"_s, leads ? QString() : m_industry->currentData().toString());
        add(u"region"_s, leads ? QString() : m_region->text().trimmed());
        add(u"tag"_s, leads ? QString() : m_tag->text().trimmed());
        add(u"owner"_s, m_owner->currentIndex() > 0 ? m_owner->currentText() : QString());
        add(u"not-contacted-since"_s, m_sinceOn->isChecked() ? m_since->date().toString(Qt::ISODate) : QString());
        add(u"status"_s, leads ? m_status->currentData().toString() : QString());
        add(u"segment"_s, leads ? QString() : m_segment->currentData().toString());
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"filters"_s, QJsonArray::fromStringList(filters)}}).toJson(QJsonDocument::Compact));
}

} // namespace Fieldbook
