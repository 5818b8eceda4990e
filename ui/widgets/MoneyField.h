#pragma once

#include <QObject>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Fieldbook {

/// An amount typed in major units ("1,234.5") beside its ISO currency, and a hint line that echoes
/// how the amount will be stored, so that a typo (an extra digit, a wrong separator) shows at
/// once. The form places row() and hint(); the widgets belong to `parent`.
class MoneyField final : public QObject {
    Q_OBJECT
public:
    /// `amountName` and `hintName` are the object names of the amount field and the hint; the
    /// currency combo is "currencyCombo". `placeholderMinor` is an example amount in minor units.
    MoneyField(QWidget* parent, const QString& amountName, const QString& hintName, qint64 placeholderMinor);

    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* currencyCombo() const { return m_currency; }
    QLabel* hint() const { return m_hint; }
    /// The amount field and the currency combo side by side.
    QHBoxLayout* row() const { return m_row; }

    /// Shows `minorUnits` of `currency`; an empty field instead of zero when `blankZero`.
    void set(qint64 minorUnits, const QString& currency, bool blankZero);
    /// The currency as typed, trimmed and in capitals.
    QString currency() const;
    /// Digits after the decimal point of currency().
    int decimals() const;
    /// The amount typed, in minor units of currency(); 0 for an empty field; nullopt when the text
    /// is not an amount in that currency.
    std::optional<qint64> amount() const;
    QString text() const;

signals:
    /// The user typed in the amount, or the currency changed.
    void edited();

private:
    void updateHint();
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QLabel* m_hint;
    QHBoxLayout* m_row;
};

} // namespace Fieldbook
