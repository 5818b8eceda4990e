#include "LeadEditor.h"

#include "services/PhoneRegion.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadQuery.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/FieldCheck.h"
#include "widgets/OwnerCombo.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LeadEditor::LeadEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_conversion(new QLabel(this))
    , m_firstName(lineEdit(u"firstNameEdit"_s))
    , m_lastName(lineEdit(u"lastNameEdit"_s))
    , m_company(lineEdit(u"companyEdit"_s))
    , m_title(lineEdit(u"titleEdit"_s))
    , m_email(lineEdit(u"emailEdit"_s))
    , m_phone(lineEdit(u"phoneEdit"_s))
    , m_source(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_rating(new QComboBox(this))
    , m_reason(lineEdit(u"disqualifyReasonEdit"_s))
    , m_owner(new OwnerCombo(db, {}, this))
    , m_notes(new QPlainTextEdit(this))
    , m_emailCheck(new FieldCheck(m_email, FieldCheck::Kind::Email))
    , m_phoneCheck(new FieldCheck(m_phone, FieldCheck::Kind::Phone)) {
    setObjectName(u"leadEditor"_s);
    m_conversion->setObjectName(u"conversionNote"_s);
    m_conversion->setWordWrap(true);
    m_conversion->setTextFormat(Qt::RichText);
    m_conversion->setFrameShape(QFrame::StyledPanel);
    m_conversion->setMargin(6);
    m_conversion->hide();
    m_email->setPlaceholderText(tr("name@company.com"));
    m_source->setObjectName(u"sourceCombo"_s);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_status->setObjectName(u"statusCombo"_s);
    for (LeadStatus s : leadStatuses())
        if (s != LeadStatus::Converted)
            m_status->addItem(leadStatusName(s), leadStatusKey(s));
    m_rating->setObjectName(u"ratingCombo"_s);
    for (LeadRating r : leadRatings())
        m_rating->addItem(leadRatingName(r), leadRatingKey(r));
    m_reason->setPlaceholderText(tr("Why the lead is disqualified"));
    m_owner->setObjectName(u"ownerCombo"_s);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 5);
    reloadSources();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Job title:"), m_title);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("R&ating:"), m_rating);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_conversion);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from the notes to what follows the form, not to its frame
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_fields = {m_firstName, m_lastName, m_company, m_title,  m_email, m_phone,
                m_source,    m_status,   m_rating,  m_reason, m_owner, m_notes};
    connect(m_source, &QComboBox::currentTextChanged, this, &LeadEditor::markDirty);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadEditor::markDirty);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeadEditor::updateReasonState);
    connect(m_rating, &QComboBox::currentIndexChanged, this, &LeadEditor::markDirty);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &LeadEditor::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &LeadEditor::markDirty);
    connect(m_conversion, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype colon = link.indexOf(u':');
        if (colon > 0)
            emit recordRequested(link.left(colon), link.mid(colon + 1));
    });
    updateReasonState();
}

QLineEdit* LeadEditor::lineEdit(const QString& objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, &LeadEditor::markDirty);
    return edit;
}

void LeadEditor::reloadSources() {
    // Shown in the user's language, stored as the picklist's keys (leadSourceKey()).
    const QString current = m_source->currentText();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    QStringList sources = leadSources();
    if (auto used = LeadQuery(m_db).sources())
        for (const QString& source : std::as_const(*used))
            if (!sources.contains(leadSourceKey(source), Qt::CaseInsensitive))
                sources.append(source);
    for (const QString& source : std::as_const(sources))
        m_source->addItem(leadSourceName(source), source);
    m_source->setCurrentText(current);
}

void LeadEditor::setLead(const Lead& lead) {
    m_loading = true;
    m_loaded = lead;
    m_firstName->setText(lead.firstName);
    m_lastName->setText(lead.lastName);
    m_company->setText(lead.company);
    m_title->setText(lead.title);
    m_email->setText(lead.email);
    m_phone->setText(lead.phone);
    m_phoneCheck->setRegion(PhoneRegion::load(m_db)); // the setting may have changed since the last lead
    m_emailCheck->mark();
    m_phoneCheck->mark();
    m_source->setCurrentText(leadSourceName(lead.source));
    // Converted is offered only to show a converted lead: no edit makes a lead converted.
    const bool converted = lead.status == LeadStatus::Converted;
    const int convertedItem = m_status->findData(leadStatusKey(LeadStatus::Converted));
    if (converted && convertedItem < 0)
        m_status->addItem(leadStatusName(LeadStatus::Converted), leadStatusKey(LeadStatus::Converted));
    else if (!converted && convertedItem >= 0)
        m_status->removeItem(convertedItem);
    m_status->setCurrentIndex(std::max(0, m_status->findData(leadStatusKey(lead.status))));
    m_rating->setCurrentIndex(std::max(0, m_rating->findData(leadRatingKey(lead.rating))));
    m_reason->setText(lead.disqualifyReason);
    m_owner->reload();
    m_owner->setOwnerId(lead.ownerId);
    m_notes->setPlainText(lead.notes);
    for (QWidget* field : std::as_const(m_fields))
        field->setEnabled(!converted);
    showConversion(lead);
    m_loading = false;
    updateReasonState();
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void LeadEditor::showConversion(const Lead& lead) {
    if (lead.status != LeadStatus::Converted) {
        m_conversion->hide();
        return;
    }
    auto link = [](const QString& table, const QString& id, const QString& name) {
        return u"<a href=\"%1:%2\">%3</a>"_s.arg(table, id, name.toHtmlEscaped());
    };
    QString account = tr("(deleted account)");
    if (auto a = AccountRepository(m_db).get(lead.convertedAccountId); a && !a->deleted)
        account = link(u"accounts"_s, a->id, a->name);
    QString contact = tr("(deleted contact)");
    if (auto c = ContactRepository(m_db).get(lead.convertedContactId); c && !c->deleted)
        contact = link(u"contacts"_s, c->id, c->displayName());
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(lead.convertedAt).toLocalTime().date(), QLocale::ShortFormat);
    QString text = tr("Converted on %1 into the account %2 and the contact %3.").arg(when, account, contact);
    if (!lead.convertedOpportunityId.isEmpty())
        if (auto o = OpportunityRepository(m_db).get(lead.convertedOpportunityId); o && !o->deleted)
            text += u' ' + tr("Opportunity: %1.").arg(o->name.toHtmlEscaped());
    m_conversion->setText(text);
    m_conversion->show();
}

Lead LeadEditor::lead() const {
    Lead l = m_loaded;
    l.firstName = m_firstName->text().trimmed();
    l.lastName = m_lastName->text().trimmed();
    l.company = m_company->text().trimmed();
    l.title = m_title->text().trimmed();
    l.email = m_emailCheck->value();
    l.phone = m_phoneCheck->value();
    l.source = leadSourceKey(m_source->currentText());
    if (!parseLeadStatus(m_status->currentData().toString(), &l.status))
        l.status = m_loaded.status;
    if (!parseLeadRating(m_rating->currentData().toString(), &l.rating))
        l.rating = m_loaded.rating;
    l.disqualifyReason = l.status == LeadStatus::Disqualified ? m_reason->text().trimmed() : QString();
    l.ownerId = m_owner->ownerId();
    l.notes = m_notes->toPlainText().trimmed();
    return l;
}

void LeadEditor::focusFirstField() {
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void LeadEditor::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

void LeadEditor::updateReasonState() {
    const bool disqualified = m_status->currentData().toString() == leadStatusKey(LeadStatus::Disqualified);
    m_reason->setEnabled(disqualified && m_loaded.status != LeadStatus::Converted);
    if (disqualified && !m_loading && m_reason->text().isEmpty())
        m_reason->setFocus(Qt::OtherFocusReason);
}

} // namespace Fieldbook
