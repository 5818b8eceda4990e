#include "PipelineBoardModel.h"

#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
// Stage rows carry internal id 0; a card carries its stage's row + 1.
constexpr quintptr kStageItem = 0;
} // namespace

PipelineBoardModel::PipelineBoardModel(Database& db, Pipeline pipeline, CurrencyRates rates, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_pipeline(std::move(pipeline))
    , m_rates(std::move(rates))
    , m_query(db, m_pipeline) {
    m_filter.pipeline = m_pipeline.key;
    for (const PipelineStage& stage : std::as_const(m_pipeline.stages))
        m_columns.append(Column{stage, {}, {}, true});
    RecordWatch(db, this)
        .changed(RecordType::opportunities(), [this](const QStringList& ids) { opportunitiesChanged(ids); })
        .changed(RecordType::accounts(), [this](const QStringList& ids) { accountsChanged(ids); });
    for (const RecordType* shown : {&RecordType::opportunities(), &RecordType::accounts(), &RecordType::users()})
        RecordWatch(db, this).reset(*shown, [this] { reload(); });
    reload();
}

QString PipelineBoardModel::mimeType() {
    return u"application/x-fieldbook-opportunity-ids"_s;
}

QStringList PipelineBoardModel::idsFromMimeData(const QMimeData* data) {
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
}

void PipelineBoardModel::setCurrencyRates(const CurrencyRates& rates) {
    if (rates == m_rates)
        return;
    m_rates = rates;
    refreshTotals();
}

void PipelineBoardModel::setFilter(const OpportunityFilter& filter) {
    OpportunityFilter board = filter;
    board.pipeline = m_pipeline.key;
    board.stage.clear();
    if (board == m_filter)
        return;
    m_filter = board;
    load(false); // a new filter starts again with the first page of each column
}

int PipelineBoardModel::stageRow(const QString& key) const {
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).stage.key == key)
            return i;
    return -1;
}

PipelineBoardModel::Totals PipelineBoardModel::totals(int stageRow) const {
    return stageRow >= 0 && stageRow < m_columns.size() ? m_columns.at(stageRow).totals : Totals{};
}

int PipelineBoardModel::totalCount() const {
    int count = 0;
    for (const Column& column : m_columns)
        count += column.totals.count;
    return count;
}

QModelIndex PipelineBoardModel::cardIndex(const QString& id) const {
    for (int s = 0; s < m_columns.size(); ++s) {
        const auto& cards = m_columns.at(s).cards;
        for (int row = 0; row < cards.size(); ++row)
            if (cards.at(row).id == id)
                return createIndex(row, 0, quintptr(s + 1));
    }
    return {};
}

OpportunityFilter PipelineBoardModel::columnFilter(int stageRow) const {
    OpportunityFilter filter = m_filter;
    filter.stage = m_columns.at(stageRow).stage.key;
    return filter;
}

Qt::SortOrder PipelineBoardModel::columnOrder(int stageRow) const {
    // Open deals are worked soonest first; closed ones are looked up most recent first.
    return m_columns.at(stageRow).stage.outcome == StageOutcome::Open ? Qt::AscendingOrder : Qt::DescendingOrder;
}

bool PipelineBoardModel::precedes(int stageRow, const OpportunitySummary& a, const OpportunitySummary& b) const {
    const int byDate = QString::compare(a.sortValue.toString(), b.sortValue.toString());
    const bool ascending = columnOrder(stageRow) == Qt::AscendingOrder;
    if (byDate != 0)
        return ascending ? byDate < 0 : byDate > 0;
    return ascending ? a.rid < b.rid : a.rid > b.rid;
}

Result<QList<PipelineBoardModel::Totals>> PipelineBoardModel::computeTotals() const {
    QList<Totals> totals(m_columns.size());
    QHash<QString, int> rows;
    for (int i = 0; i < m_columns.size(); ++i)
        rows.insert(m_columns.at(i).stage.key, i);
    // One pass over the amounts; a currency's rate is looked up once per distinct code.
    QHash<QString, bool> convertible;
    auto ok = m_query.forEachAmount(
        m_filter, [&](const QString& stage, qint64 amount, const QString& currency, int probability) {
            const auto row = rows.constFind(stage);
            if (row == rows.cend())
                return; // a stage this pipeline does not have (yet): not on the board
            Totals& t = totals[*row];
            ++t.count;
            auto known = convertible.find(currency);
            if (known == convertible.end())
                known = convertible.insert(currency, m_rates.rate(currency).has_value());
            const std::optional<qint64> converted = *known ? m_rates.convert(amount, currency) : std::nullopt;
            qint64 total = 0;
            qint64 weighted = 0;
            if (!converted || __builtin_add_overflow(t.total, *converted, &total) ||
                __builtin_add_overflow(t.weighted, weightedAmount(*converted, std::clamp(probability, 0, 100)),
                                       &weighted)) {
                ++t.unconverted;
                return;
            }
            t.total = total;
            t.weighted = weighted;
        });
    if (!ok)
        return std::unexpected(ok.error());
    return totals;
}

void PipelineBoardModel::refreshTotals() {
    auto totals = computeTotals();
    if (!totals) {
        setError(totals.error());
        return;
    }
    bool changed = false;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).totals == totals->at(i))
            continue;
        m_columns[i].totals = totals->at(i);
        changed = true;
        emit dataChanged(stageIndex(i), stageIndex(i));
    }
    if (changed)
        emit totalsChanged();
}

void PipelineBoardModel::load(bool keepLoaded) {
    auto totals = computeTotals();
    QList<QList<OpportunitySummary>> pages;
    QList<int> keep;
    std::optional<Error> error = totals ? std::nullopt : std::optional<Error>(totals.error());
    for (int i = 0; i < m_columns.size() && !error; ++i) {
        keep.append(keepLoaded ? std::max<int>(int(m_columns.at(i).cards.size()), kPageSize) : kPageSize);
        auto page =
            m_query.page(columnFilter(i), OpportunitySort::CloseDate, columnOrder(i), nullptr, keep.constLast());
        if (!page)
            error = page.error();
        else
            pages.append(std::move(*page));
    }
    beginResetModel();
    for (int i = 0; i < m_columns.size(); ++i) {
        Column& column = m_columns[i];
        column.cards = error ? QList<OpportunitySummary>() : std::move(pages[i]);
        column.totals = error ? Totals{} : totals->at(i);
        column.atEnd = error || column.cards.size() < keep.at(i);
    }
    endResetModel();
    if (error)
        setError(*error);
    emit totalsChanged();
}

void PipelineBoardModel::applyChange(const QString& id) {
    const QModelIndex current = cardIndex(id);
    auto fresh = m_query.row(id, m_filter, OpportunitySort::CloseDate);
    if (!fresh) {
        setError(fresh.error());
        return;
    }
    if (current.isValid()) {
        const int from = int(current.internalId() - 1);
        const OpportunitySummary& shown = m_columns.at(from).cards.at(current.row());
        if (*fresh && (*fresh)->stage == shown.stage && (*fresh)->sortValue == shown.sortValue) {
            m_columns[from].cards[current.row()] = std::move(**fresh);
            emit dataChanged(current, current);
            return;
        }
        beginRemoveRows(stageIndex(from), current.row(), current.row());
        m_columns[from].cards.removeAt(current.row());
        endRemoveRows();
    }
    if (!*fresh)
        return;
    const int to = stageRow((*fresh)->stage);
    if (to < 0)
        return;
    auto& cards = m_columns[to].cards;
    const auto it =
        std::lower_bound(cards.cbegin(), cards.cend(), **fresh,
                         [&](const OpportunitySummary& a, const OpportunitySummary& b) { return precedes(to, a, b); });
    const int position = int(it - cards.cbegin());
    if (position == cards.size() && !m_columns.at(to).atEnd)
        return; // beyond the loaded cards: the next fetchMore brings it
    beginInsertRows(stageIndex(to), position, position);
    cards.insert(position, std::move(**fresh));
    endInsertRows();
}

void PipelineBoardModel::opportunitiesChanged(const QStringList& ids) {
    refreshTotals();
    for (const QString& id : ids)
        applyChange(id);
}

void PipelineBoardModel::accountsChanged(const QStringList& ids) {
    if (!m_filter.text.trimmed().isEmpty()) {
        reload(); // a renamed account can bring opportunities into the filter or take them out
        return;
    }
    QStringList affected;
    for (const Column& column : std::as_const(m_columns))
        for (const OpportunitySummary& card : column.cards)
            if (ids.contains(card.accountId))
                affected.append(card.id);
    for (const QString& id : std::as_const(affected))
        applyChange(id);
}

void PipelineBoardModel::setError(const Error& error) {
    m_lastError = error.message;
    emit loadFailed(error.message);
}

QModelIndex PipelineBoardModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, kStageItem) : QModelIndex();
    if (parent.internalId() != kStageItem || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns.at(parent.row()).cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex PipelineBoardModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kStageItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStageItem);
}

int PipelineBoardModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.column() != 0 || parent.internalId() != kStageItem)
        return 0;
    return int(m_columns.at(parent.row()).cards.size());
}

int PipelineBoardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() && parent.internalId() != kStageItem ? 0 : 1;
}

bool PipelineBoardModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_columns.isEmpty();
    if (parent.internalId() != kStageItem)
        return false;
    return !m_columns.at(parent.row()).cards.isEmpty() || !m_columns.at(parent.row()).atEnd;
}

QVariant PipelineBoardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kStageItem) {
        const Column& column = m_columns.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return column.stage.name;
        case StageKeyRole:
            return column.stage.key;
        case ProbabilityRole:
            return column.stage.probability;
        case CountRole:
            return column.totals.count;
        case TotalRole:
            return column.totals.total;
        case WeightedTotalRole:
            return column.totals.weighted;
        case UnconvertedCountRole:
            return column.totals.unconverted;
        case MoreCountRole:
            return std::max(0, column.totals.count - int(column.cards.size()));
        case OutcomeRole:
            return int(column.stage.outcome);
        default:
            return {};
        }
    }
    const OpportunitySummary& card = m_columns.at(int(index.internalId() - 1)).cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return card.name;
    case IdRole:
        return card.id;
    case StageKeyRole:
        return card.stage;
    case AccountIdRole:
        return card.accountId;
    case AccountNameRole:
        return card.accountName;
    case AmountRole:
        return card.amount;
    case CurrencyRole:
        return card.currency;
    case CloseDateRole:
        return card.closeDate;
    case ProbabilityRole:
        return card.probability;
    case OwnerIdRole:
        return card.ownerId;
    case OwnerNameRole:
        return card.ownerName;
    case AttentionRole:
        return card.attention.toInt();
    default:
        return {};
    }
}

Qt::ItemFlags PipelineBoardModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kStageItem)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool PipelineBoardModel::canFetchMore(const QModelIndex& parent) const {
    return parent.isValid() && parent.internalId() == kStageItem && !m_columns.at(parent.row()).atEnd;
}

void PipelineBoardModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const int s = parent.row();
    Column& column = m_columns[s];
    auto page = m_query.page(columnFilter(s), OpportunitySort::CloseDate, columnOrder(s),
                             column.cards.isEmpty() ? nullptr : &column.cards.constLast(), kPageSize);
    if (!page) {
        column.atEnd = true;
        setError(page.error());
        return;
    }
    column.atEnd = page->size() < kPageSize;
    if (!page->isEmpty()) {
        beginInsertRows(parent, int(column.cards.size()), int(column.cards.size() + page->size() - 1));
        column.cards.append(std::move(*page));
        endInsertRows();
    }
    emit dataChanged(parent, parent, {MoreCountRole});
}

QStringList PipelineBoardModel::mimeTypes() const {
    return {mimeType()};
}

QMimeData* PipelineBoardModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const QModelIndex& index : indexes)
        if (index.isValid() && index.internalId() != kStageItem)
            ids.append(index.data(IdRole).toString());
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), ids.join(u'\n').toUtf8());
    return data;
}

Qt::DropActions PipelineBoardModel::supportedDragActions() const {
    return Qt::MoveAction;
}

QHash<int, QByteArray> PipelineBoardModel::roleNames() const {
    auto names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StageKeyRole, "stageKey");
    names.insert(AccountNameRole, "accountName");
    names.insert(AmountRole, "amount");
    names.insert(CurrencyRole, "currency");
    names.insert(CloseDateRole, "closeDate");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(AttentionRole, "attention");
    names.insert(CountRole, "count");
    names.insert(TotalRole, "total");
    names.insert(WeightedTotalRole, "weightedTotal");
    return names;
}

} // namespace Fieldbook
