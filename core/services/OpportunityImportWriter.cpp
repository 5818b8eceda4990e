#include "OpportunityImportWriter.h"

#include "CsvFieldFormat.h"
#include "CurrencySettings.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "domain/Pipeline.h"
#include "store/Database.h"
#include "store/PipelineRepository.h"

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
        return rejected(tr("name is needed for a new opportunity"));

    QString reason;
    auto account = m_references.setAccount(row, u"account"_s, u"account_external_id"_s, &o.accountId);
    if (!account)
        return std::unexpected(account.error());
    if (!account->isEmpty())
        return rejected(*account);
    if (o.accountId.isEmpty())
        return rejected(tr("account is needed: every opportunity belongs to an account"));
    auto owner = m_references.setUser(row, u"owner"_s, &o.ownerId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!owner->isEmpty())
        return rejected(*owner);

    // The pipeline: the row's (by key or name), the opportunity's, or for a new one the first.
    auto pipelines = this->pipelines();
    if (!pipelines)
        return std::unexpected(pipelines.error());
    const Pipeline* chosen = nullptr;
    const QString pipelineText = row.value(u"pipeline"_s);
    for (const Pipeline& p : std::as_const(**pipelines))
        if (pipelineText.isEmpty()
                ? (existed ? p.key == o.pipeline : true)
                : (p.key == pipelineText || p.name.compare(pipelineText, Qt::CaseInsensitive) == 0)) {
            chosen = &p;
            break;
        }
    if (!chosen && !pipelineText.isEmpty())
        return rejected(tr("pipeline '%1' matches no active pipeline").arg(pipelineText));
    if (!chosen)
        return rejected(tr("the opportunity's pipeline '%1' is no longer active").arg(o.pipeline));
    const Pipeline& pipeline = *chosen;
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
            return rejected(tr("stage '%1' is not a stage of the pipeline %2 (%3)")
                                .arg(stageText, pipeline.name, names.join(u", "_s)));
        }
        o.stage = stage->key;
    }
    if (const QString text = row.value(u"probability"_s); !text.isEmpty()) {
        auto probability = CsvFieldFormat::parseInteger(u"probability"_s, QString(text).remove(u'%').trimmed());
        if (!probability)
            return rejected(probability.error().message);
        if (*probability < 0 || *probability > 100)
            return rejected(tr("probability %1 is not between 0 and 100").arg(*probability));
        o.probability = *probability;
    }
    const QString closeDateText = row.value(u"close_date"_s);
    if (!closeDateText.isEmpty()) {
        auto date = CsvFieldFormat::parseDate(u"close_date"_s, closeDateText);
        if (!date)
            return rejected(date.error().message);
        o.closeDate = *date;
    }
    // A won or lost one without a date closed today, as when it is moved there by hand.
    const PipelineStage* reached = pipeline.stage(o.stage);
    if (!o.closeDate.isValid() && (!reached || reached->outcome == StageOutcome::Open))
        return rejected(tr("close_date is needed for a new opportunity"));
    if (const QString text = row.value(u"amount"_s); !text.isEmpty()) {
        auto amount = CsvFieldFormat::parseMoney(u"amount"_s, text, o.currency);
        if (!amount)
            return rejected(amount.error().message);
        if (*amount < 0)
            return rejected(tr("amount cannot be negative"));
        o.amount = *amount;
    }

    // The product line is checked before the opportunity is written, so a bad one stores nothing.
    std::optional<Product> lineProduct;
    Decimal4 quantity = Decimal4::fromInt(1);
    std::optional<qint64> unitPrice;
    if (const QString text = row.value(u"product"_s); !text.isEmpty()) {
        auto found = product(text, &reason);
        if (!found)
            return std::unexpected(found.error());
        if (!reason.isEmpty())
            return rejected(reason);
        if (!(*found)->active)
            return rejected(tr("product '%1' is no longer sold").arg(text));
        lineProduct = *found;
        if (const QString q = row.value(u"quantity"_s); !q.isEmpty()) {
            const auto parsed = Decimal4::parse(q);
            if (!parsed || *parsed <= Decimal4{})
                return rejected(tr("quantity '%1' is not a number above zero").arg(q));
            quantity = *parsed;
        }
        if (const QString text = row.value(u"unit_price"_s); !text.isEmpty()) {
            auto price = CsvFieldFormat::parseMoney(u"unit_price"_s, text, o.currency);
            if (!price)
                return rejected(price.error().message);
            if (*price < 0)
                return rejected(tr("unit_price cannot be negative"));
            unitPrice = *price;
        }
    }

    auto stored =
        m_opportunities.save(o, closeDateText.isEmpty() ? OpportunityRepository::ClosingDate::TodayUnlessChanged
                                                        : OpportunityRepository::ClosingDate::AsGiven);
    if (!stored)
        return rejectedOrFailed(stored.error());
    if (lineProduct) {
        auto lines = m_lines.lines(stored->id);
        if (!lines)
            return std::unexpected(lines.error());
        auto same = std::find_if(lines->begin(), lines->end(),
                                 [&](const OpportunityLine& l) { return l.productId == lineProduct->id; });
        if (same == lines->end() && !unitPrice) {
            // At the price list's price.
            if (auto added = m_lines.addProduct(stored->id, lineProduct->id, quantity); !added)
                return rejectedOrFailed(added.error());
        } else {
            OpportunityLine line;
            if (same != lines->end()) {
                line = *same;
            } else {
                line.opportunityId = stored->id;
                line.productId = lineProduct->id;
                line.description = lineProduct->name;
            }
            line.amounts.quantity = quantity;
            if (unitPrice)
                line.amounts.unitPrice = *unitPrice;
            if (auto saved = m_lines.save(line); !saved)
                return rejectedOrFailed(saved.error());
        }
    }
    return saved(existed);
}

} // namespace Fieldbook
