#pragma once

#include "ImportRowWriter.h"
#include "domain/Pipeline.h"
#include "domain/Quote.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"

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
    /// A product line a row asks for, checked before anything is written.
    struct ProductLine {
        Product product;
        Decimal4 quantity;
        std::optional<qint64> unitPrice; ///< nullopt: the price list's
    };
    // Each step fills in the opportunity from the row: an error when the store failed, a reason
    // when the row is rejected, an empty text when the row may go on.
    [[nodiscard]] Result<QString> applyFields(const ImportRow& row, Opportunity& o, bool existed);
    [[nodiscard]] Result<QString> applyPeople(const ImportRow& row, Opportunity& o, bool existed);
    /// The pipeline (in `chosen`) and the stage.
    [[nodiscard]] Result<QString> applyStage(const ImportRow& row, Opportunity& o, bool existed,
                                             const Pipeline** chosen);
    /// Probability, close date and amount: a reason, or empty.
    QString applyFigures(const ImportRow& row, Opportunity& o, const Pipeline& pipeline);
    [[nodiscard]] Result<QString> productLine(const ImportRow& row, const QString& currency,
                                              std::optional<ProductLine>* line);
    /// Adds the line to the stored opportunity, or sets the quantity and price of its line for the product.
    [[nodiscard]] Result<QString> storeLine(const QString& opportunityId, const ProductLine& wanted);
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
