#include "OpportunityImportWriter.h"

#include "CsvFieldFormat.h"
#include "store/records/CurrencySettings.h"
#include "ImportReferences.h"
#include "ImportRow.h"
#include "common/NameMatch.h"
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
                  ? unknownProduct(text)
                  : tr("product '%1' matches %2 products; use the SKU to tell them apart").arg(text).arg(named.size());
    return std::optional<Product>();
}

QString OpportunityImportWriter::unknownProduct(const QString& text) {
    if (const auto known = m_unknownProducts.constFind(text); known != m_unknownProducts.cend())
        return *known;
    QStringList like;
    for (const QList<Product>& named : std::as_const(m_productsByName))
        for (const Product& p : named)
            if (!like.contains(p.name) && NameMatch::similar(text, p.name, false))
                like.append(tr("'%1'").arg(p.name));
    like.sort();
    const QString reason =
        like.isEmpty()
            ? tr("product '%1' matches no SKU or product name").arg(text)
            : tr("product '%1' matches no SKU or product name; did you mean %2?").arg(text, like.join(tr(" or ")));
    m_unknownProducts.insert(text, reason);
    return reason;
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
    if (!existed) {
        if (m_reportingCurrency.isEmpty())
            m_reportingCurrency = CurrencySettings::load(m_db).reportingCurrency();
        o.currency = m_reportingCurrency;
    }
    std::optional<ProductLine> line;
    QDate openedOn;
    auto reason = read(row, o, existed, &line, &openedOn);
    if (!reason)
        return std::unexpected(reason.error());
    if (!reason->isEmpty())
        return rejected(*reason);

    // What the source lacks is accepted: the opportunity then needs attention in the app.
    const auto closing = row.value(u"close_date"_s).isEmpty() ? OpportunityRepository::ClosingDate::TodayUnlessChanged
                                                              : OpportunityRepository::ClosingDate::AsGiven;
    auto stored = existed ? m_opportunities.save(o, closing, OpportunityRepository::Gaps::Accepted)
                          : m_opportunities.saveImported(o, closing, openedOn);
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

Result<QString> OpportunityImportWriter::read(const ImportRow& row, Opportunity& o, bool existed,
                                              std::optional<ProductLine>* line, QDate* openedOn) {
    for (auto step : {&OpportunityImportWriter::applyFields, &OpportunityImportWriter::applyPeople}) {
        auto reason = (this->*step)(row, o, existed);
        if (!reason || !reason->isEmpty())
            return reason;
    }
    const Pipeline* pipeline = nullptr;
    auto stage = applyStage(row, o, existed, &pipeline);
    if (!stage || !stage->isEmpty())
        return stage;
    if (const QString reason = applyFigures(row, o); !reason.isEmpty())
        return reason;
    if (const QString text = row.value(u"opened_on"_s); !text.isEmpty()) {
        auto day = CsvFieldFormat::parseDate(u"opened_on"_s, text);
        if (!day)
            return day.error().message;
        *openedOn = *day;
    }
    // The product line is checked before the opportunity is written, so a bad one stores nothing.
    auto lineReason = productLine(row, o.currency, line);
    if (!lineReason || !lineReason->isEmpty())
        return lineReason;
    if (existed)
        return QString();
    if (*line) {
        if (auto priced = priceNewLine(o, **line); !priced)
            return std::unexpected(priced.error());
        return QString();
    }
    const PipelineStage* reached = pipeline->stage(o.stage);
    if (reached && reached->outcome == StageOutcome::Won && row.value(u"amount"_s).isEmpty())
        return tr("amount is empty: a won opportunity needs the amount it was won for (or a product)");
    return QString();
}

Result<void> OpportunityImportWriter::priceNewLine(Opportunity& o, ProductLine& line) {
    if (!line.unitPrice) {
        if (!m_priceLists.contains(o.currency)) {
            auto list = m_catalog.priceListFor(o.currency);
            if (!list)
                return std::unexpected(list.error());
            m_priceLists.insert(o.currency, *list ? (*list)->id : QString());
        }
        qint64 price = 0; // no price list in the currency: zero, for the user to enter
        if (const QString listId = m_priceLists.value(o.currency); !listId.isEmpty()) {
            auto found = m_catalog.unitPrice(listId, line.product.id, line.quantity);
            if (!found)
                return std::unexpected(found.error());
            price = found->value_or(0);
        }
        line.unitPrice = price;
    }
    OpportunityLine priced;
    priced.amounts.quantity = line.quantity;
    priced.amounts.unitPrice = *line.unitPrice;
    auto net = priced.net();
    if (!net)
        return std::unexpected(net.error());
    o.amount = *net;
    return {};
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
    // A blank account is accepted (the opportunity needs attention); a name that matches none is not.
    auto account = m_references.setAccount(row, u"account"_s, u"account_external_id"_s, &o.accountId);
    if (!account || !account->isEmpty())
        return account;
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

QString OpportunityImportWriter::applyFigures(const ImportRow& row, Opportunity& o) {
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
    // A won or lost one without a date closed today, as when it is moved there by hand; an open
    // one without needs attention.
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
