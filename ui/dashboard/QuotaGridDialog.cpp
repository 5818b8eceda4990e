#include "QuotaGridDialog.h"

#include "AppContext.h"
#include "QuotaGridView.h"
#include "models/QuotaGridModel.h"
#include "store/db/Database.h"
#include "store/records/ForecastSource.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kMonths = 0;
constexpr int kQuarters = 1;

} // namespace

QuotaGridDialog::QuotaGridDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_grid(new QuotaGridModel(context.db, QLocale(), this))
    , m_view(new QuotaGridView(m_grid, this))
    , m_banner(new MessageBanner(this))
    , m_note(new QLabel(this)) {
    setObjectName(u"quotaGridDialog"_s);
    setWindowTitle(tr("Quotas"));
    m_banner->setObjectName(u"quotaBanner"_s);
    m_banner->hide();
    m_note->setObjectName(u"quotaNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(m_note);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildBottom());

    auto* undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    connect(undo, &QAction::triggered, this, &QuotaGridDialog::undoLast);
    connect(m_grid, &QuotaGridModel::edited, this, &QuotaGridDialog::onEdited);
    connect(m_grid, &QuotaGridModel::editFailed, this, &QuotaGridDialog::showError);
    connect(m_grid, &QuotaGridModel::loadFailed, this, &QuotaGridDialog::showError);
    connect(m_view, &QuotaGridView::failed, this, &QuotaGridDialog::showError);

    m_grid->reload();
    fillYears();
    const bool editable = m_grid->canEdit();
    m_import->setEnabled(editable);
    m_note->setText(editable ? tr("Type an amount to set a quota; Delete removes it. Grey amounts have no quota of "
                                  "their own: they add up the shorter periods. Enter moves down, Tab right; a "
                                  "block copied from a spreadsheet pastes with Ctrl+V. Amounts in %1.")
                                   .arg(m_grid->reportingCurrency())
                             : tr("Only managers and administrators can set quotas: you see them read-only. "
                                  "Amounts in %1.")
                                   .arg(m_grid->reportingCurrency()));
    // Fits a 1366x768 screen with room for the panel and window decorations.
    resize(1200, 640);
    setMinimumSize(720, 420);
}

QuotaGridDialog::~QuotaGridDialog() = default;

QuotaGridDialog* QuotaGridDialog::open(AppContext& context, QWidget* parent) {
    auto* dialog = new QuotaGridDialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open(); // window-modal: the main window stays painted underneath
    return dialog;
}

QWidget* QuotaGridDialog::buildTop() {
    auto* top = new QWidget(this);
    m_year = new QComboBox(top);
    m_year->setObjectName(u"quotaYearCombo"_s);
    auto* yearLabel = new QLabel(tr("&Fiscal year:"), top);
    yearLabel->setBuddy(m_year);
    m_kind = new QButtonGroup(top);
    auto* months = new QRadioButton(tr("&Months"), top);
    months->setObjectName(u"quotaMonths"_s);
    auto* quarters = new QRadioButton(tr("&Quarters"), top);
    quarters->setObjectName(u"quotaQuarters"_s);
    quarters->setChecked(true);
    m_kind->addButton(months, kMonths);
    m_kind->addButton(quarters, kQuarters);
    m_import = new QPushButton(tr("&Import CSV…"), top);
    m_import->setObjectName(u"quotaImportButton"_s);
    m_import->setAutoDefault(false);
    m_import->setToolTip(tr("Columns user, period (2027-04, FY2027-Q1 or FY2027), amount and optionally currency; "
                            "a row for a user and period that has a quota updates it."));
    auto* row = new QHBoxLayout(top);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(yearLabel);
    row->addWidget(m_year);
    row->addSpacing(16);
    row->addWidget(months);
    row->addWidget(quarters);
    row->addStretch(1);
    row->addWidget(m_import);
    connect(m_year, &QComboBox::activated, this, &QuotaGridDialog::onChoiceChanged);
    connect(m_kind, &QButtonGroup::idClicked, this, &QuotaGridDialog::onChoiceChanged);
    connect(m_import, &QPushButton::clicked, this, &QuotaGridDialog::chooseCsv);
    return top;
}

QWidget* QuotaGridDialog::buildBottom() {
    auto* bottom = new QWidget(this);
    m_firstMonth = new QComboBox(bottom);
    m_firstMonth->setObjectName(u"quotaFirstMonthCombo"_s);
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_firstMonth->addItem(locale.standaloneMonthName(month), month);
    m_firstMonth->setCurrentIndex(m_firstMonth->findData(ForecastSource::fiscalFirstMonth(m_context.db)));
    auto* label = new QLabel(tr("Fiscal &year starts in:"), bottom);
    label->setBuddy(m_firstMonth);
    auto* scope = new QLabel(tr("(for this device's reports)"), bottom);
    scope->setForegroundRole(QPalette::PlaceholderText);
    m_undo = new QPushButton(tr("&Undo"), bottom);
    m_undo->setObjectName(u"quotaUndoButton"_s);
    m_undo->setAutoDefault(false);
    m_undo->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, bottom);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false); // Enter moves down in the grid
    auto* row = new QHBoxLayout(bottom);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_firstMonth);
    row->addWidget(scope);
    row->addStretch(1);
    row->addWidget(m_undo);
    row->addWidget(buttons);
    connect(m_firstMonth, &QComboBox::activated, this, &QuotaGridDialog::onFirstMonthChanged);
    connect(m_undo, &QPushButton::clicked, this, &QuotaGridDialog::undoLast);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return bottom;
}

void QuotaGridDialog::fillYears() {
    const QLocale locale;
    const auto monthYear = [&](QDate day) {
        //: a month and its year, as in "Apr 2026"
        return tr("%1 %2").arg(locale.standaloneMonthName(day.month(), QLocale::ShortFormat)).arg(day.year());
    };
    m_year->clear();
    for (const int year : m_grid->fiscalYears(QDate::currentDate())) {
        const auto period = m_grid->calendar().parse(u"FY%1"_s.arg(year));
        if (!period)
            continue;
        m_year->addItem(u"%1 (%2 – %3)"_s.arg(period->key(), monthYear(period->first), monthYear(period->last)), year);
    }
    m_year->setCurrentIndex(m_year->findData(m_grid->fiscalYear()));
}

void QuotaGridDialog::showYear(int fiscalYear, bool months) {
    m_kind->button(months ? kMonths : kQuarters)->setChecked(true);
    if (m_year->findData(fiscalYear) >= 0)
        m_year->setCurrentIndex(m_year->findData(fiscalYear));
    m_grid->show(fiscalYear, months ? PeriodKind::Month : PeriodKind::Quarter);
}

void QuotaGridDialog::onChoiceChanged() {
    const int year = m_year->currentData().toInt();
    m_grid->show(year != 0 ? year : m_grid->fiscalYear(),
                 m_kind->checkedId() == kMonths ? PeriodKind::Month : PeriodKind::Quarter);
}

void QuotaGridDialog::onFirstMonthChanged() {
    if (auto set = ForecastSource::setFiscalFirstMonth(m_context.db, m_firstMonth->currentData().toInt()); !set) {
        showError(set.error().message);
        return;
    }
    m_grid->reload();
    fillYears();
}

void QuotaGridDialog::onEdited(const QList<QuotaChange>& changes) {
    m_banner->hideMessage();
    const QString description =
        changes.size() == 1
            ? tr("Quota of %1 for %2 changed").arg(changes.constFirst().userName, changes.constFirst().period.key())
            : tr("%n quotas changed", "", int(changes.size()));
    Database& db = m_context.db;
    m_undoTokens.append(m_context.undo.push(
        description, [&db, changes] { return QuotaGridModel::restore(db, changes, false); },
        [&db, changes] { return QuotaGridModel::restore(db, changes, true); }));
    m_undo->setEnabled(true);
    m_undo->setToolTip(tr("Undo: %1").arg(description));
}

void QuotaGridDialog::undoLast() {
    while (!m_undoTokens.isEmpty()) {
        auto undone = m_context.undo.undo(m_undoTokens.takeLast());
        if (undone) {
            m_banner->hideMessage();
            break;
        }
        if (undone.error().code != ErrorCode::NotFound) { // NotFound: undone elsewhere already
            showError(undone.error().message);
            break;
        }
    }
    m_undo->setEnabled(!m_undoTokens.isEmpty());
}

void QuotaGridDialog::showError(const QString& message) {
    m_banner->show();
    m_banner->showMessage(message, MessageBanner::Type::Error);
}

} // namespace Fieldbook
