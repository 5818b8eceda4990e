#include "CurrencyRatesEditor.h"

#include "Icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
enum Column { CurrencyColumn, RateColumn };
} // namespace

CurrencyRatesEditor::CurrencyRatesEditor(QWidget* parent)
    : QWidget(parent)
    , m_reporting(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this)) {
    setObjectName(u"currencyRatesEditor"_s);
    m_reporting->setObjectName(u"reportingCurrencyCombo"_s);
    m_reporting->setEditable(true);
    m_reporting->addItems(
        {u"CNY"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s, u"CHF"_s, u"HKD"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s});
    m_table->setObjectName(u"ratesTable"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(fontMetrics().height() * 8);
    auto* add = new QPushButton(Icons::get(u"list-add"_s), tr("&Add rate"), this);
    add->setObjectName(u"addRateButton"_s);
    auto* remove = new QPushButton(Icons::get(u"list-remove"_s), tr("&Remove rate"), this);
    remove->setObjectName(u"removeRateButton"_s);
    auto* note = new QLabel(tr("Board columns and forecasts add amounts up in the reporting currency. An amount in a "
                               "currency without a rate is counted but not added."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Reporting currency:"), m_reporting);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);

    connect(m_reporting, &QComboBox::currentTextChanged, this, &CurrencyRatesEditor::updateHeader);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, CurrencyColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, CurrencyColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    updateHeader();
}

void CurrencyRatesEditor::updateHeader() {
    const QString reporting = m_reporting->currentText().trimmed().toUpper();
    m_table->setHorizontalHeaderLabels({tr("Currency"), tr("1 unit is worth, in %1").arg(reporting)});
    m_table->setColumnWidth(CurrencyColumn, fontMetrics().averageCharWidth() * 12);
}

void CurrencyRatesEditor::addRow(const QString& currency, const QString& rate) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, CurrencyColumn, new QTableWidgetItem(currency));
    auto* value = new QTableWidgetItem(rate);
    value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RateColumn, value);
}

void CurrencyRatesEditor::setRates(const CurrencyRates& rates) {
    m_reporting->setCurrentText(rates.reportingCurrency());
    m_table->setRowCount(0);
    for (auto it = rates.rates().cbegin(); it != rates.rates().cend(); ++it)
        addRow(it.key(), it->toString());
}

Result<CurrencyRates> CurrencyRatesEditor::rates() const {
    const QString reporting = m_reporting->currentText().trimmed().toUpper();
    if (!CurrencyRates::isCurrencyCode(reporting))
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a currency code; use three letters such as EUR or CNY.").arg(reporting));
    CurrencyRates rates(reporting);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const QString code = text(CurrencyColumn).toUpper();
        if (code.isEmpty() && text(RateColumn).isEmpty())
            continue; // an empty row added and never filled
        if (!CurrencyRates::isCurrencyCode(code))
            return fail(
                ErrorCode::InvalidInput,
                tr("Row %1: “%2” is not a currency code; use three letters such as USD.").arg(row + 1).arg(code));
        const auto rate = ExchangeRate::parse(text(RateColumn));
        if (!rate)
            return fail(ErrorCode::InvalidInput,
                        tr("The rate of %1 must be a number above 0 with at most 8 decimals, such as 0.92.").arg(code));
        if (code != reporting)
            rates.setRate(code, *rate);
    }
    return rates;
}

} // namespace Fieldbook
