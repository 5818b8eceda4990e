#pragma once

#include "ImportRowWriter.h"
#include "domain/Pipeline.h"
#include "domain/Quote.h"
#include "store/CatalogRepository.h"
#include "store/OpportunityLineRepository.h"
#include "store/OpportunityRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace Fieldbook {

/// Imports opportunity rows. A row updates the live opportunity with its external id, else creates
/// one (a new one needs a name, an account, a close date and a currency, or the reporting
/// currency). `account` (or `account_external_id`) and `owner` are matched by name; `pipeline`
/// takes an active pipeline's key or name (default: the opportunity's, or the first for a new
/// one); `stage` takes a stage's key or its name in any case; `amount` is a decimal in the row's currency.
/// `product` (a SKU or a product name) with an optional `quantity` and `unit_price` (default: the
/// price list's) adds that product line, or sets the quantity (and price) of the line the
/// opportunity already has for it, so several rows of one external id give one opportunity with
/// several lines; while an opportunity has lines, its amount is theirs.
/// Everything is checked before anything of the row is written.
class OpportunityImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(OpportunityImportWriter)

public:
    OpportunityImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    /// The active pipelines, read once per import.
    [[nodiscard]] Result<const QList<Pipeline>*> pipelines();
    /// The product named by `text` (SKU first, then name); a reason when none or several match.
    [[nodiscard]] Result<std::optional<Product>> product(const QString& text, QString* reason);

    Database& m_db;
    OpportunityRepository m_opportunities;
    OpportunityLineRepository m_lines;
    CatalogRepository m_catalog;
    ImportReferences& m_references;
    std::optional<QList<Pipeline>> m_pipelines;
    bool m_productsLoaded = false;
    QHash<QString, Product> m_productBySku;
    QHash<QString, QList<Product>> m_productsByName; ///< by ImportReferences::key(name)
};

} // namespace Fieldbook
