#include "AdjustForecastDialog.h"

#include "domain/ForecastAdjustment.h"
#include "domain/MoneyText.h"
#include "store/records/ForecastHistoryRepository.h"
#include "widgets/MessageBanner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QLineEdit* amountEdit(const QString& name, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

} // namespace

AdjustForecastDialog::AdjustForecastDialog(Database& db, const ForecastRollupModel::Entry& entry,
                                           const ForecastEngine& engine, const FiscalPeriod& period, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_entry(entry)
    , m_period(period)
    , m_currency(engine.input().rates.reportingCurrency())
    , m_commit(amountEdit(u"adjustCommit"_s, this))
    , m_bestCase(amountEdit(u"adjustBestCase"_s, this))
    , m_note(new QPlainTextEdit(this))
    , m_history(new QTreeWidget(this))
    , m_banner(new MessageBanner(this)) {
    setObjectName(u"adjustForecastDialog"_s);
    setWindowTitle(entry.team ? tr("Adjust the forecast of %1's team").arg(entry.name)
                              : tr("Adjust the forecast of %1").arg(entry.name));
    const ForecastFigures& f = entry.row.forecast.figures;
    const auto& adjusted = entry.row.forecast.adjusted;
    m_commit->setText(money(adjusted ? adjusted->commit : f.commit()));
    m_bestCase->setText(money(adjusted ? adjusted->bestCase : f.bestCase()));
    m_note->setObjectName(u"adjustNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why: e.g. the Kessler renewal slips to next quarter"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"),
                 new QLabel(tr("%1, %2 to %3")
                                .arg(period.key(), QLocale().toString(period.first, QLocale::ShortFormat),
                                     QLocale().toString(period.last, QLocale::ShortFormat))));
    form->addRow(
        tr("From the deals:"),
        new QLabel(tr("Commit %1, Best case %2 (%3)").arg(money(f.commit()), money(f.bestCase()), m_currency)));
    form->addRow(tr("&Commit (%1):").arg(m_currency), m_commit);
    form->addRow(tr("&Best case (%1):").arg(m_currency), m_bestCase);
    form->addRow(tr("&Note:"), m_note);

    m_history->setObjectName(u"adjustHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Made"), tr("By"), tr("Commit"), tr("Best case"), tr("Note")});
    m_history->header()->setStretchLastSection(true);
    const bool inForce = fillHistory(engine);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* clear = buttons->addButton(tr("C&lear adjustment"), QDialogButtonBox::ResetRole);
    clear->setObjectName(u"clearAdjustment"_s);
    clear->setEnabled(inForce);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { (void)save(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, [this] { (void)save(true); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("History of this forecast's adjustments, newest first:"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}

QString AdjustForecastDialog::money(qint64 minor) const {
    return MoneyText::format(minor, QLocale(), MoneyText::decimalsFor(m_currency));
}

bool AdjustForecastDialog::fillHistory(const ForecastEngine& engine) {
    const ForecastInput& in = engine.input();
    const auto subject =
        std::find_if(in.users.cbegin(), in.users.cend(), [&](const ForecastUser& u) { return u.id == m_entry.userId; });
    const int who = subject == in.users.cend() ? -1 : int(subject - in.users.cbegin());
    std::optional<bool> inForce;                                               // the newest one's: not cleared
    for (auto it = in.overrides.crbegin(); it != in.overrides.crend(); ++it) { // newest first
        const ForecastOverride& o = *it;
        if (o.subject != who || o.team != m_entry.team || o.kind != m_period.kind || o.first != m_period.first)
            continue;
        if (!inForce)
            inForce = !o.cleared;
        const QString made =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.madeAt).toLocalTime(), QLocale::ShortFormat);
        const QString by = o.by >= 0 ? in.users[o.by].name : QString();
        const bool figures = !o.cleared && o.converted;
        auto* item = new QTreeWidgetItem(m_history, {made, by, figures ? money(o.commit) : tr("cleared"),
                                                     figures ? money(o.bestCase) : QString(), o.note});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (!o.converted && !o.cleared)
            item->setText(2, tr("in a currency without a rate"));
    }
    if (m_history->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_history, {tr("Not adjusted yet")});
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
    return inForce.value_or(false);
}

Result<void> AdjustForecastDialog::save(bool clear) {
    const int decimals = MoneyText::decimalsFor(m_currency);
    const auto commit = MoneyText::parse(m_commit->text(), QLocale(), decimals);
    const auto bestCase = MoneyText::parse(m_bestCase->text(), QLocale(), decimals);
    if (!clear && (!commit || !bestCase)) {
        const QString message = tr("Commit and Best case are amounts, such as %1.").arg(money(1'234'500));
        m_banner->showMessage(message, MessageBanner::Type::Error);
        (commit ? m_bestCase : m_commit)->setFocus();
        return fail(ErrorCode::InvalidInput, message);
    }
    auto made = ForecastHistoryRepository(m_db).adjust({.id = {},
                                                        .subjectId = m_entry.userId,
                                                        .team = m_entry.team,
                                                        .periodKind = periodKindKey(m_period.kind),
                                                        .periodStart = m_period.first,
                                                        .commit = commit.value_or(0),
                                                        .bestCase = bestCase.value_or(0),
                                                        .currency = m_currency,
                                                        .cleared = clear,
                                                        .note = m_note->toPlainText(),
                                                        .madeAt = 0,
                                                        .madeBy = {}});
    if (!made) {
        m_banner->showMessage(made.error().message, MessageBanner::Type::Error);
        return std::unexpected(made.error());
    }
    accept();
    return {};
}

} // namespace Fieldbook
