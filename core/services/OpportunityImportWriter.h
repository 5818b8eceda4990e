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
/// one (a new one needs a name; the currency is the row's or the reporting currency). `account` (or
/// `account_external_id`) and `owner` are matched by name; `pipeline`
/// takes an active pipeline's key or name (default: the opportunity's, or the first for a new
/// one); `stage` takes a stage's key or its name in any case; `amount` is a decimal in the row's currency.
/// What real exports lack is imported and the opportunity needs attention (docs/import-real-data.md):
/// no account, an open one without close date or amount, a lost one without reason; a new won one
/// needs its amount (or a product). `opened_on` dates the start of a new opportunity's history.
/// `product` (a SKU or a product name) with an optional `quantity` and `unit_price` (default: the
/// price list's) adds that product line, or sets the quantity (and price) of the line the
/// opportunity already has for it, so several rows of one external id give one opportunity with
/// several lines; while an opportunity has lines, its amount is theirs. A product name that matches
/// none but looks like one (NameMatch) is refused with the suggestion.
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
    /// The row read into `o`, its line and the day it was opened: an error when the store failed, a
    /// reason when the row is rejected, an empty text when it may be written.
    [[nodiscard]] Result<QString> read(const ImportRow& row, Opportunity& o, bool existed,
                                       std::optional<ProductLine>* line, QDate* openedOn);
    // Each step fills in the opportunity from the row: an error when the store failed, a reason
    // when the row is rejected, an empty text when the row may go on.
    [[nodiscard]] Result<QString> applyFields(const ImportRow& row, Opportunity& o, bool existed);
    [[nodiscard]] Result<QString> applyPeople(const ImportRow& row, Opportunity& o, bool existed);
    /// The pipeline (in `chosen`) and the stage.
    [[nodiscard]] Result<QString> applyStage(const ImportRow& row, Opportunity& o, bool existed,
                                             const Pipeline** chosen);
    /// Probability, close date and amount: a reason, or empty.
    QString applyFigures(const ImportRow& row, Opportunity& o);
    /// The price list's unit price of a new opportunity's line, so that its first amount is the
    /// line's and its history starts with it.
    [[nodiscard]] Result<void> priceNewLine(Opportunity& o, ProductLine& line);
    [[nodiscard]] Result<QString> productLine(const ImportRow& row, const QString& currency,
                                              std::optional<ProductLine>* line);
    /// Adds the line to the stored opportunity, or sets the quantity and price of its line for the product.
    [[nodiscard]] Result<QString> storeLine(const QString& opportunityId, const ProductLine& wanted);
    /// The active pipelines, read once per import.
    [[nodiscard]] Result<const QList<Pipeline>*> pipelines();
    /// The product named by `text` (SKU first, then name); a reason when none or several match.
    [[nodiscard]] Result<std::optional<Product>> product(const QString& text, QString* reason);
    /// Why `text` names no product, with the names it nearly matches ("did you mean …?").
    QString unknownProduct(const QString& text);

    Database& m_db;
    OpportunityRepository m_opportunities;
    OpportunityLineRepository m_lines;
    CatalogRepository m_catalog;
    ImportReferences& m_references;
    std::optional<QList<Pipeline>> m_pipelines;
    bool m_productsLoaded = false;
    QHash<QString, Product> m_productBySku;
    QHash<QString, QList<Product>> m_productsByName; ///< by ImportReferences::key(name)
    QHash<QString, QString> m_unknownProducts;       ///< reason by the text that named none
    QHash<QString, QString> m_priceLists;            ///< id by currency ("": none), as found in this import
    QString m_reportingCurrency;
};

} // namespace Fieldbook
