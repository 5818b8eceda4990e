#include "ForecastRollupView.h"

#include "AdjustForecastDialog.h"
#include "common/Clock.h"
#include "models/ForecastRollupModel.h"
#include "services/ForecastSnapshots.h"
#include "store/records/UserRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ForecastRollupView::ForecastRollupView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ForecastRollupModel(QLocale(), this))
    , m_tree(new QTreeView(this))
    , m_period(new QComboBox(this))
    , m_adjust(new QPushButton(tr("&Adjust…"), this))
    , m_submit(new QPushButton(tr("&Submit…"), this)) {
    setObjectName(u"forecastRollup"_s);
    m_period->setObjectName(u"rollupPeriod"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_adjust->setObjectName(u"rollupAdjust"_s);
    m_adjust->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_adjust->setToolTip(tr("Override the selected row's Commit and Best case for this period, with a note (Ctrl+J)"));
    m_submit->setObjectName(u"rollupSubmit"_s);
    m_submit->setToolTip(tr("Submit your forecast (your own row) or your team's for this period"));
    m_tree->setObjectName(u"rollupTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);

    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_period);
    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_adjust);
    bar->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ForecastRollupView::showPeriod);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ForecastRollupView::updateButtons);
    connect(m_tree, &QTreeView::activated, this, [this] { adjustSelected(); });
    connect(m_adjust, &QPushButton::clicked, this, [this] { adjustSelected(); });
    connect(m_submit, &QPushButton::clicked, this, &ForecastRollupView::askSubmit);
    updateButtons();
}

void ForecastRollupView::setForecast(std::shared_ptr<const ForecastEngine> engine, const DashboardFilter& filter) {
    m_engine = std::move(engine);
    m_filter = filter;
    const auto me = UserRepository(m_db).localUser();
    m_me = me ? me->id : QString();
    m_mayAdjust = me && me->role != UserRole::Rep && filter.filter.team.isEmpty() && filter.filter.pipeline.isEmpty();
    if (m_engine)
        fillPeriods(m_engine->calendar(), filter.fiscalYear);
    showPeriod();
}

void ForecastRollupView::fillPeriods(const FiscalCalendar& calendar, int fiscalYear) {
    const QString chosen = m_period->currentData().toString();
    const FiscalPeriod year = calendar.year(fiscalYear);
    m_periods = calendar.parts(year);
    m_periods.append(year);
    const QSignalBlocker quiet(m_period);
    m_period->clear();
    const QLocale locale;
    const QString month = tr("MMM yyyy", "a month of a year, as a QLocale date format");
    for (const FiscalPeriod& p : std::as_const(m_periods)) {
        const QString range = tr("%1 to %2").arg(locale.toString(p.first, month), locale.toString(p.last, month));
        const QString name = p.kind == PeriodKind::Quarter ? tr("Q%1 FY%2").arg(p.number).arg(p.fiscalYear)
                                                           : tr("FY%1", "a fiscal year").arg(p.fiscalYear);
        m_period->addItem(tr("%1 (%2)").arg(name, range), p.key());
    }
    int at = m_period->findData(chosen);
    if (at < 0) { // the quarter of today when it is in this year, else the first
        const auto today = std::find_if(m_periods.cbegin(), m_periods.cend(), [](const FiscalPeriod& p) {
            return p.kind == PeriodKind::Quarter && p.contains(Clock::today());
        });
        at = today == m_periods.cend() ? 0 : int(today - m_periods.cbegin());
    }
    m_period->setCurrentIndex(at);
}

void ForecastRollupView::showPeriod() {
    const auto* current = m_model->entry(m_tree->currentIndex());
    const QString userId = current ? current->userId : m_me;
    const bool team = current ? current->team : true;
    const int p = m_period->currentIndex();
    if (!m_engine || p < 0 || p >= m_periods.size()) {
        m_model->setForecast(nullptr, {}, {});
    } else {
        m_model->setForecast(m_engine, m_periods[p], m_filter.filter);
    }
    m_tree->expandAll();
    for (int c = 0; c < ForecastRollupModel::Note; ++c)
        m_tree->resizeColumnToContents(c);
    QModelIndex again = m_model->indexOf(userId, team);
    if (!again.isValid())
        again = m_model->indexOf(userId, !team);
    if (again.isValid())
        m_tree->setCurrentIndex(again);
    updateButtons();
}

void ForecastRollupView::updateButtons() {
    const auto* e = m_model->entry(m_tree->currentIndex());
    m_adjust->setEnabled(e && m_mayAdjust);
    m_submit->setEnabled(e && e->userId == m_me && m_filter.filter.pipeline.isEmpty() &&
                         m_filter.filter.team.isEmpty());
}

AdjustForecastDialog* ForecastRollupView::adjustSelected() {
    const auto* e = m_model->entry(m_tree->currentIndex());
    if (!e || !m_mayAdjust || !m_engine)
        return nullptr;
    auto* dialog = new AdjustForecastDialog(m_db, *e, *m_engine, m_model->period(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { emit message(tr("The adjustment is saved."), false); });
    dialog->open();
    return dialog;
}

Result<void> ForecastRollupView::submitSelected(const QString& note) {
    const auto* e = m_model->entry(m_tree->currentIndex());
    if (!e || e->userId != m_me || !m_engine)
        return fail(ErrorCode::InvalidInput, tr("Choose your own row or your team's to submit."));
    const FiscalPeriod& period = m_model->period();
    auto submitted = ForecastSnapshots::submit(m_db, *m_engine, e->userId, e->team, period.kind, period.first, note);
    if (!submitted) {
        emit message(submitted.error().message, true);
        return std::unexpected(submitted.error());
    }
    emit message(tr("Your forecast for %1 is submitted.").arg(m_period->currentText()), false);
    return {};
}

void ForecastRollupView::askSubmit() {
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(u"submitForecastDialog"_s);
    ask->setWindowTitle(tr("Submit forecast"));
    ask->setLabelText(
        tr("Submit the forecast of %1 as it stands now, with a note for your manager:").arg(m_period->currentText()));
    ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask->setOkButtonText(tr("&Submit"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString& note) { (void)submitSelected(note); });
    ask->open();
}

} // namespace Fieldbook
