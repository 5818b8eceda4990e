#include "OpportunityEditor.h"

#include "common/Clock.h"
#include "store/records/ContactRepository.h"
#include "store/records/PipelineRepository.h"
#include "widgets/AccountPicker.h"
#include "widgets/MoneyField.h"
#include "widgets/OwnerCombo.h"
#include "widgets/TagsText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityEditor::OpportunityEditor(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(lineEdit(u"nameEdit"_s))
    , m_account(new AccountPicker(db, this))
    , m_contact(new QComboBox(this))
    , m_amount(new MoneyField(this, u"amountEdit"_s, u"amountHint"_s, 12500000))
    , m_closeDate(new QDateEdit(this))
    , m_pipelineLabel(new QLabel(tr("P&ipeline:"), this))
    , m_pipeline(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_probability(new QSpinBox(this))
    , m_category(new QComboBox(this))
    , m_nextStep(lineEdit(u"nextStepEdit"_s))
    , m_competitors(lineEdit(u"competitorsEdit"_s))
    , m_reason(lineEdit(u"reasonEdit"_s))
    , m_owner(new OwnerCombo(db, {}, this))
    , m_notes(new QPlainTextEdit(this)) {
    setUpFields();
    placeFields();
    connectFields();
}

void OpportunityEditor::setUpFields() {
    setObjectName(u"opportunityEditor"_s);
    m_account->setObjectName(u"accountPicker"_s);
    m_contact->setObjectName(u"contactCombo"_s);
    m_closeDate->setObjectName(u"closeDateEdit"_s);
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_pipeline->setObjectName(u"pipelineCombo"_s);
    m_pipelineLabel->setBuddy(m_pipeline);
    if (auto pipelines = PipelineRepository(m_db).pipelines(); pipelines)
        m_pipelines = *pipelines;
    else
        m_pipelines = {Pipeline::standard()}; // the store will say what is wrong when saving
    m_stage->setObjectName(u"stageCombo"_s);
    m_probability->setObjectName(u"probabilitySpin"_s);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(tr(" %"));
    m_category->setObjectName(u"forecastCategoryCombo"_s);
    for (ForecastCategory c : {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit,
                               ForecastCategory::Closed, ForecastCategory::Omitted})
        m_category->addItem(forecastCategoryName(c), forecastCategoryKey(c));
    m_nextStep->setPlaceholderText(tr("e.g. Send the revised proposal by Friday"));
    m_competitors->setPlaceholderText(tr("Comma separated"));
    m_reason->setPlaceholderText(tr("Why it was won or lost"));
    m_owner->setObjectName(u"ownerCombo"_s);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().height() * 4);
}

void OpportunityEditor::placeFields() {
    auto* stage = new QHBoxLayout;
    stage->addWidget(m_stage, 1);
    stage->addWidget(m_probability);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Primary &contact:"), m_contact);
    auto* amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount->amountEdit()); // the field is a layout, so the form cannot set the buddy
    form->addRow(amountLabel, m_amount->row());
    form->addRow(QString(), m_amount->hint());
    form->addRow(tr("C&lose date:"), m_closeDate);
    form->addRow(m_pipelineLabel, m_pipeline);
    auto* stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stage);
    form->addRow(stageLabel, stage);
    form->addRow(tr("&Forecast category:"), m_category);
    form->addRow(tr("Ne&xt step:"), m_nextStep);
    form->addRow(tr("Com&petitors:"), m_competitors);
    form->addRow(tr("&Win/loss reason:"), m_reason);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("N&otes:"), m_notes);

    auto* content = new QWidget;
    content->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void OpportunityEditor::connectFields() {
    connect(m_account, &AccountPicker::accountChanged, this, [this] {
        reloadContacts({});
        markDirty();
    });
    connect(m_contact, &QComboBox::currentIndexChanged, this, &OpportunityEditor::markDirty);
    connect(m_amount, &MoneyField::edited, this, &OpportunityEditor::markDirty);
    connect(m_closeDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading)
            m_closeDateEdited = true;
        markDirty();
    });
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &OpportunityEditor::onPipelineChanged);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OpportunityEditor::onStageChanged);
    connect(m_probability, &QSpinBox::valueChanged, this, &OpportunityEditor::markDirty);
    connect(m_category, &QComboBox::currentIndexChanged, this, &OpportunityEditor::markDirty);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &OpportunityEditor::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OpportunityEditor::markDirty);
}

QLineEdit* OpportunityEditor::lineEdit(const QString& objectName) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, &OpportunityEditor::markDirty);
    return edit;
}

void OpportunityEditor::setOpportunity(const Opportunity& o, const QString& accountName) {
    m_loading = true;
    m_loaded = o;
    m_name->setText(o.name);
    m_account->setAccount(o.accountId, accountName);
    reloadContacts(o.contactId);
    m_amount->set(o.amount, o.currency, o.id.isEmpty());
    m_closeDate->setDate(o.closeDate.isValid() ? o.closeDate : Clock::today());
    const bool known =
        std::any_of(m_pipelines.cbegin(), m_pipelines.cend(), [&](const Pipeline& p) { return p.key == o.pipeline; });
    if (!known) // a pipeline taken out of use still shows for the opportunities in it
        if (auto own = PipelineRepository(m_db).pipeline(o.pipeline); own && *own)
            m_pipelines.append(**own);
    m_pipeline->clear();
    for (const Pipeline& p : std::as_const(m_pipelines))
        m_pipeline->addItem(p.name, p.key);
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(o.pipeline)));
    m_pipelineLabel->setVisible(m_pipelines.size() > 1);
    m_pipeline->setVisible(m_pipelines.size() > 1);
    fillStages(o.stage);
    const PipelineStage* stage = pipeline().stage(o.stage);
    m_probability->setValue(o.id.isEmpty() && stage ? stage->probability : o.probability);
    ForecastCategory category = stage ? stage->category : ForecastCategory::Pipeline;
    if (!o.forecastCategory.isEmpty())
        (void)parseForecastCategory(o.forecastCategory, &category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(forecastCategoryKey(category))));
    m_nextStep->setText(o.nextStep);
    m_competitors->setText(TagsText::join(o.competitors));
    m_reason->setText(lossReasonName(o.closeReason));
    m_owner->reload();
    m_owner->setOwnerId(o.ownerId);
    m_notes->setPlainText(o.notes);
    m_closeDateEdited = false;
    m_loading = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

std::optional<Opportunity> OpportunityEditor::opportunity(QString* problem) const {
    Opportunity o = m_loaded;
    o.name = m_name->text().trimmed();
    m_account->resolve();
    if (m_account->isUnresolved()) {
        *problem = tr("There is no account named “%1”. Pick the account from the suggestions.").arg(m_account->text());
        return std::nullopt;
    }
    o.accountId = m_account->accountId();
    o.contactId = m_contact->currentData().toString();
    o.currency = m_amount->currency();
    if (o.currency.size() != 3) {
        *problem = tr("“%1” is not a currency code; use three letters such as USD, EUR or CNY.").arg(o.currency);
        return std::nullopt;
    }
    const auto amount = m_amount->amount();
    if (!amount) {
        *problem = tr("The amount “%1” is not an amount in %2 (at most %n decimal(s)).", "", m_amount->decimals())
                       .arg(m_amount->text(), o.currency);
        return std::nullopt;
    }
    o.amount = *amount;
    o.closeDate = m_closeDate->date();
    o.pipeline = m_pipeline->currentData().toString();
    o.stage = m_stage->currentData().toString();
    o.probability = m_probability->value();
    o.forecastCategory = m_category->currentData().toString();
    o.nextStep = m_nextStep->text().trimmed();
    o.competitors = TagsText::split(m_competitors->text());
    o.closeReason = lossReasonKey(m_reason->text());
    o.ownerId = m_owner->ownerId();
    o.notes = m_notes->toPlainText().trimmed();
    return o;
}

void OpportunityEditor::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
}

void OpportunityEditor::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

void OpportunityEditor::reloadContacts(const QString& selectedId) {
    const QSignalBlocker blocker(m_contact);
    m_contact->clear();
    m_contact->addItem(tr("None"), QString());
    if (!m_account->accountId().isEmpty())
        if (auto contacts = ContactRepository(m_db).forAccount(m_account->accountId()))
            for (const Contact& c : std::as_const(*contacts))
                m_contact->addItem(c.displayName(), c.id);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(selectedId)));
    m_contact->setEnabled(!m_account->accountId().isEmpty());
}

const Pipeline& OpportunityEditor::pipeline() const {
    const QString key = m_pipeline->currentData().toString();
    const auto it =
        std::find_if(m_pipelines.cbegin(), m_pipelines.cend(), [&](const Pipeline& p) { return p.key == key; });
    return it == m_pipelines.cend() ? m_pipelines.constFirst() : *it;
}

void OpportunityEditor::fillStages(const QString& selected) {
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    for (const PipelineStage& stage : pipeline().stages)
        m_stage->addItem(stage.name, stage.key);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(selected)));
}

void OpportunityEditor::onPipelineChanged() {
    if (m_loading)
        return;
    // Another pipeline: the opportunity moves to one of its stages, the same one if it has it.
    fillStages(m_stage->currentData().toString());
    onStageChanged();
}

void OpportunityEditor::onStageChanged() {
    // What the store would do: a new stage brings its default probability and forecast category.
    if (const PipelineStage* stage = pipeline().stage(m_stage->currentData().toString()); stage && !m_loading) {
        m_probability->setValue(stage->probability);
        m_category->setCurrentIndex(std::max(0, m_category->findData(forecastCategoryKey(stage->category))));
        proposeCloseDate(*stage);
    }
    markDirty();
}

void OpportunityEditor::proposeCloseDate(const PipelineStage& stage) {
    // Reaching Won or Lost proposes today as the close date, as the store would date a move
    // there; another stage brings the expected date back. A date the user picked stays.
    if (m_closeDateEdited)
        return;
    const bool closes = stage.outcome != StageOutcome::Open && stage.key != m_loaded.stage;
    const QDate date = closes || !m_loaded.closeDate.isValid() ? Clock::today() : m_loaded.closeDate;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_closeDate->setDate(date);
    m_loading = wasLoading;
}

void OpportunityEditor::setAmountFromLines(bool fromLines, qint64 amount) {
    const bool wasLoading = m_loading;
    m_loading = true;
    if (fromLines) {
        m_loaded.amount = amount;
        m_amount->set(amount, m_loaded.currency, false);
    }
    m_loading = wasLoading;
    m_amount->amountEdit()->setReadOnly(fromLines);
    m_amount->currencyCombo()->setEnabled(!fromLines);
    const QString why =
        fromLines ? tr("The amount is the total of the product lines; change them on the Products tab.") : QString();
    m_amount->amountEdit()->setToolTip(why);
    m_amount->currencyCombo()->setToolTip(fromLines ? tr("The product lines are priced in this currency.") : QString());
}

} // namespace Fieldbook
