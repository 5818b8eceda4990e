#pragma once

#include "common/Error.h"
#include "domain/CurrencyRates.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Fieldbook {

/// Edits the reporting currency and the exchange rates into it: one row per currency with what
/// one unit of it is worth in the reporting currency, typed as an exact decimal.
class CurrencyRatesEditor final : public QWidget {
    Q_OBJECT
public:
    explicit CurrencyRatesEditor(QWidget* parent = nullptr);

    void setRates(const CurrencyRates& rates);
    /// What the form says; a refusal names the currency or row that cannot be read.
    [[nodiscard]] Result<CurrencyRates> rates() const;
    void addRow(const QString& currency = {}, const QString& rate = {});

private:
    void updateHeader();

    QComboBox* m_reporting;
    QTableWidget* m_table;
};

} // namespace Fieldbook
