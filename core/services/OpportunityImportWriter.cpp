#include "OpportunityImportWriter.h"

#include "CsvFieldFormat.h"
#include "store/records/CurrencySettings.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "domain/Pipeline.h"
#include "store/db/Database.h"
#include "store/records/PipelineRepository.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The stage of `pipeline` whose key or name is `text` (case-insensitive), or nullptr.
const PipelineStage* stageNamed(const Pipeline& pipeline, const QString& text) {
    for (const PipelineStage& stage : pipeline.stages)
        if (stage.key.compare(text, Qt::CaseInsensitive) == 0 || stage.name.compare(text, Qt::CaseInsensitive) == 0)
            return &stage;
    return nullptr;
}

/// The message of a failure that concerns the row (it is rejected), or the failure of the store.
Result<QString> reasonOrFailed(const Error& error) {
    if (ImportRowWriter::isRowError(error))
        return error.message;
    return std::unexpected(error);
}

} // namespace

OpportunityImportWriter::OpportunityImportWriter(Database& db, ImportReferences& references)
    : m_db(db)
    , m_opportunities(db)
    , m_lines(db)
    , m_catalog(db)
    , m_references(references) {}

Result<const QList<Pipeline>*> OpportunityImportWriter::pipelines() {
    if (!m_pipelines) {
        auto all = PipelineRepository(m_db).pipelines();
        if (!all)
            return std::unexpected(all.error());
        m_pipelines = std::move(*all);
    }
    return &*m_pipelines;
}

Result<std::optional<Product>> OpportunityImportWriter::product(const QString& text, QString* reason) {
    if (!m_productsLoaded) {
        auto all = m_catalog.products(true);
        if (!all)
            return std::unexpected(all.error());
        for (const Product& p : std::as_const(*all)) {
            if (!p.sku.isEmpty())
                m_productBySku.insert(p.sku, p);
            m_productsByName[ImportReferences::key(p.name)].append(p);
        }
        m_productsLoaded = true;
    }
    if (auto it = m_productBySku.constFind(text); it != m_productBySku.cend())
        return std::optional(*it);
    const QList<Product> named = m_productsByName.value(ImportReferences::key(text));
    if (named.size() == 1)
        return std::optional(named.constFirst());
    *reason = named.isEmpty()
                  ? tr("product '%1' matches no SKU or product name").arg(text)
                  : tr("product '%1' matches %2 products; use the SKU to tell them apart").arg(text).arg(named.size());
    return std::optional<Product>();
}

Result<ImportRowWriter::RowResult> OpportunityImportWriter::write(const ImportRow& row, bool /*mayDefer*/) {
    const QString externalId = row.value(u"external_id"_s);
    std::optional<Opportunity> existing;
    if (!externalId.isEmpty()) {
        auto found = m_opportunities.byExternalId(externalId);
        if (!found)
            return std::unexpected(found.error());
        existing = *found;
    }
    const bool existed = existing.has_value();
    Opportunity o = existing.value_or(Opportunity{});
    o.externalId = externalId;
    if (!existed)
        o.currency = CurrencySettings::load(m_db).reportingCurrency();

    const Pipeline* pipeline = nullptr;
    for (auto step : {&OpportunityImportWriter::applyFields, &OpportunityImportWriter::applyPeople}) {
        auto reason = (this->*step)(row, o, existed);
        if (!reason)
            return std::unexpected(reason.error());
        if (!reason->isEmpty())
            return rejected(*reason);
    }
    auto stage = applyStage(row, o, existed, &pipeline);
    if (!stage)
        return std::unexpected(stage.error());
    if (!stage->isEmpty())
        return rejected(*stage);
    if (const QString reason = applyFigures(row, o, *pipeline); !reason.isEmpty())
        return rejected(reason);

    // The product line is checked before the opportunity is written, so a bad one stores nothing.
    std::optional<ProductLine> line;
    auto lineReason = productLine(row, o.currency, &line);
    if (!lineReason)
        return std::unexpected(lineReason.error());
    if (!lineReason->isEmpty())
        return rejected(*lineReason);

    auto stored = m_opportunities.save(o, row.value(u"close_date"_s).isEmpty()
                                              ? OpportunityRepository::ClosingDate::TodayUnlessChanged
                                              : OpportunityRepository::ClosingDate::AsGiven);
    if (!stored)
        return rejectedOrFailed(stored.error());
    if (line) {
        auto kept = storeLine(stored->id, *line);
        if (!kept)
            return std::unexpected(kept.error());
        if (!kept->isEmpty())
            return rejected(*kept);
    }
    return saved(existed);
}

Result<QString> OpportunityImportWriter::applyFields(const ImportRow& row, Opportunity& o, bool existed) {
    using Text = std::pair<QString, QString Opportunity::*>;
    for (const auto& [field, member] :
         {Text{u"name"_s, &Opportunity::name}, Text{u"next_step"_s, &Opportunity::nextStep},
          Text{u"close_reason"_s, &Opportunity::closeReason}, Text{u"notes"_s, &Opportunity::notes}})
        if (row.has(field) && (existed || !row.value(field).isEmpty()))
            o.*member = row.value(field);
    if (row.has(u"competitors"_s))
        o.competitors = CsvFieldFormat::parseTags(row.value(u"competitors"_s));
    if (!row.value(u"currency"_s).isEmpty())
        o.currency = row.value(u"currency"_s).toUpper();
    if (o.name.isEmpty())
        return tr("name is needed for a new opportunity");
    return QString();
}

Result<QString> OpportunityImportWriter::applyPeople(const ImportRow& row, Opportunity& o, bool /*existed*/) {
    auto account = m_references.setAccount(row, u"account"_s, u"account_external_id"_s, &o.accountId);
    if (!account || !account->isEmpty())
        return account;
    if (o.accountId.isEmpty())
        return tr("account is needed: every opportunity belongs to an account");
    return m_references.setUser(row, u"owner"_s, &o.ownerId);
}

Result<QString> OpportunityImportWriter::applyStage(const ImportRow& row, Opportunity& o, bool existed,
                                                    const Pipeline** chosen) {
    // The pipeline: the row's (by key or name), the opportunity's, or for a new one the first.
    auto pipelines = this->pipelines();
    if (!pipelines)
        return std::unexpected(pipelines.error());
    const QString pipelineText = row.value(u"pipeline"_s);
    for (const Pipeline& p : std::as_const(**pipelines))
        if (pipelineText.isEmpty()
                ? (existed ? p.key == o.pipeline : true)
                : (p.key == pipelineText || p.name.compare(pipelineText, Qt::CaseInsensitive) == 0)) {
            *chosen = &p;
            break;
        }
    if (!*chosen && !pipelineText.isEmpty())
        return tr("pipeline '%1' matches no active pipeline").arg(pipelineText);
    if (!*chosen)
        return tr("the opportunity's pipeline '%1' is no longer active").arg(o.pipeline);
    const Pipeline& pipeline = **chosen;
    if (o.pipeline != pipeline.key || !existed) {
        // Another pipeline (or a new opportunity): its first stage unless the row names one.
        o.pipeline = pipeline.key;
        if (!pipeline.stage(o.stage))
            o.stage = pipeline.stages.constFirst().key;
    }
    if (const QString stageText = row.value(u"stage"_s); !stageText.isEmpty()) {
        const PipelineStage* stage = stageNamed(pipeline, stageText);
        if (!stage) {
            QStringList names;
            for (const PipelineStage& s : pipeline.stages)
                names.append(s.name);
            return tr("stage '%1' is not a stage of the pipeline %2 (%3)")
                .arg(stageText, pipeline.name, names.join(u", "_s));
        }
        o.stage = stage->key;
    }
    return QString();
}

QString OpportunityImportWriter::applyFigures(const ImportRow& row, Opportunity& o, const Pipeline& pipeline) {
    if (const QString text = row.value(u"probability"_s); !text.isEmpty()) {
        auto probability = CsvFieldFormat::parseInteger(u"probability"_s, QString(text).remove(u'%').trimmed());
        if (!probability)
            return probability.error().message;
        if (*probability < 0 || *probability > 100)
            return tr("probability %1 is not between 0 and 100").arg(*probability);
        o.probability = *probability;
    }
    if (const QString closeDateText = row.value(u"close_date"_s); !closeDateText.isEmpty()) {
        auto date = CsvFieldFormat::parseDate(u"close_date"_s, closeDateText);
        if (!date)
            return date.error().message;
        o.closeDate = *date;
    }
    // A won or lost one without a date closed today, as when it is moved there by hand.
    const PipelineStage* reached = pipeline.stage(o.stage);
    if (!o.closeDate.isValid() && (!reached || reached->outcome == StageOutcome::Open))
        return tr("close_date is needed for a new opportunity");
    if (const QString text = row.value(u"amount"_s); !text.isEmpty()) {
        auto amount = CsvFieldFormat::parseMoney(u"amount"_s, text, o.currency);
        if (!amount)
            return amount.error().message;
        if (*amount < 0)
            return tr("amount cannot be negative");
        o.amount = *amount;
    }
    return {};
}

Result<QString> OpportunityImportWriter::productLine(const ImportRow& row, const QString& currency,
                                                     std::optional<ProductLine>* line) {
    const QString text = row.value(u"product"_s);
    if (text.isEmpty())
        return QString();
    QString reason;
    auto found = product(text, &reason);
    if (!found)
        return std::unexpected(found.error());
    if (!reason.isEmpty())
        return reason;
    if (!(*found)->active)
        return tr("product '%1' is no longer sold").arg(text);
    ProductLine wanted{**found, Decimal4::fromInt(1), std::nullopt};
    if (const QString q = row.value(u"quantity"_s); !q.isEmpty()) {
        const auto parsed = Decimal4::parse(q);
        if (!parsed || *parsed <= Decimal4{})
            return tr("quantity '%1' is not a number above zero").arg(q);
        wanted.quantity = *parsed;
    }
    if (const QString price = row.value(u"unit_price"_s); !price.isEmpty()) {
        auto parsed = CsvFieldFormat::parseMoney(u"unit_price"_s, price, currency);
        if (!parsed)
            return parsed.error().message;
        if (*parsed < 0)
            return tr("unit_price cannot be negative");
        wanted.unitPrice = *parsed;
    }
    *line = std::move(wanted);
    return QString();
}

Result<QString> OpportunityImportWriter::storeLine(const QString& opportunityId, const ProductLine& wanted) {
    auto lines = m_lines.lines(opportunityId);
    if (!lines)
        return std::unexpected(lines.error());
    auto same = std::find_if(lines->begin(), lines->end(),
                             [&](const OpportunityLine& l) { return l.productId == wanted.product.id; });
    if (same == lines->end() && !wanted.unitPrice) {
        // At the price list's price.
        if (auto added = m_lines.addProduct(opportunityId, wanted.product.id, wanted.quantity); !added)
            return reasonOrFailed(added.error());
        return QString();
    }
    OpportunityLine line;
    if (same != lines->end()) {
        line = *same;
    } else {
        line.opportunityId = opportunityId;
        line.productId = wanted.product.id;
        line.description = wanted.product.name;
    }
    line.amounts.quantity = wanted.quantity;
    if (wanted.unitPrice)
        line.amounts.unitPrice = *wanted.unitPrice;
    if (auto stored = m_lines.save(line); !stored)
        return reasonOrFailed(stored.error());
    return QString();
}

} // namespace Fieldbook
