#include "MoneyField.h"

#include "domain/MoneyText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

MoneyField::MoneyField(QWidget* parent, const QString& amountName, const QString& hintName, qint64 placeholderMinor)
    : QObject(parent)
    , m_amount(new QLineEdit(parent))
    , m_currency(new QComboBox(parent))
    , m_hint(new QLabel(parent))
    , m_row(new QHBoxLayout) {
    m_amount->setObjectName(amountName);
    m_amount->setPlaceholderText(MoneyText::format(placeholderMinor, QLocale(), 2));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency->setObjectName(u"currencyCombo"_s);
    m_currency->setEditable(true);
    m_currency->addItems(
        {u"CNY"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"JPY"_s, u"CHF"_s, u"HKD"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s});
    m_hint->setObjectName(hintName);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    m_row->addWidget(m_amount, 1);
    m_row->addWidget(m_currency);
    connect(m_amount, &QLineEdit::textEdited, this, &MoneyField::edited);
    connect(m_currency, &QComboBox::currentTextChanged, this, &MoneyField::edited);
    connect(m_amount, &QLineEdit::textChanged, this, &MoneyField::updateHint);
    connect(m_currency, &QComboBox::currentTextChanged, this, &MoneyField::updateHint);
}

void MoneyField::set(qint64 minorUnits, const QString& currency, bool blankZero) {
    m_currency->setCurrentText(currency);
    m_amount->setText(blankZero && minorUnits == 0 ? QString() : MoneyText::format(minorUnits, QLocale(), decimals()));
    updateHint();
}

QString MoneyField::currency() const {
    return m_currency->currentText().trimmed().toUpper();
}

int MoneyField::decimals() const {
    return MoneyText::decimalsFor(currency());
}

QString MoneyField::text() const {
    return m_amount->text();
}

std::optional<qint64> MoneyField::amount() const {
    if (m_amount->text().trimmed().isEmpty())
        return 0;
    return MoneyText::parse(m_amount->text(), QLocale(), decimals());
}

void MoneyField::updateHint() {
    const int places = decimals();
    const QString text = m_amount->text().trimmed();
    const auto value = MoneyText::parse(text, QLocale(), places);
    if (text.isEmpty() || (value && MoneyText::format(*value, QLocale(), places) == text))
        m_hint->clear();
    else if (value)
        m_hint->setText(tr("%1 %2").arg(MoneyText::format(*value, QLocale(), places), currency()));
    else
        m_hint->setText(tr("Not an amount: use digits and at most %n decimal(s).", "", places));
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace Fieldbook
