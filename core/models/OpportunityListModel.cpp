#include "OpportunityListModel.h"

#include "PagedTableModelImpl.h"
#include "protocol/RecordType.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

template class PagedTableModel<OpportunityQuery>;

namespace {

OpportunityFilter onPipeline(const Pipeline& pipeline) {
    OpportunityFilter filter;
    filter.pipeline = pipeline.key;
    return filter;
}

} // namespace

OpportunityListModel::OpportunityListModel(Database& db, Pipeline pipeline, QObject* parent)
    : PagedTableModel(db, OpportunityQuery(db, pipeline), RecordType::opportunities(), OpportunitySort::CloseDate,
                      onPipeline(pipeline), parent)
    , m_pipeline(std::move(pipeline)) {
    // Account names appear in the rows; owner names change only with a reset of the users.
    follow(RecordType::accounts(), [this](const QStringList& ids) {
        refreshRows([&ids](const OpportunitySummary& row) { return ids.contains(row.accountId); });
    });
    follow(RecordType::users());
}

int OpportunityListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OpportunitySummary& row = rowAt(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case AmountRole:
        return row.amount;
    case CurrencyRole:
        return row.currency;
    case StageKeyRole:
        return row.stage;
    case AttentionRole:
        return row.attention.toInt();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Account:
        return row.accountName;
    case Stage: {
        const PipelineStage* stage = m_pipeline.stage(row.stage);
        return stage ? stage->name : row.stage;
    }
    case Amount:
        return row.amount;
    case CloseDate:
        return row.closeDate;
    case Probability:
        return row.probability;
    case Owner:
        return row.ownerName;
    default:
        return {};
    }
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Opportunity");
    case Account:
        return tr("Account");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case CloseDate:
        return tr("Close date");
    case Probability:
        return tr("Probability");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

QHash<int, QByteArray> OpportunityListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(AmountRole, "amount");
    names.insert(CurrencyRole, "currency");
    names.insert(StageKeyRole, "stageKey");
    names.insert(AttentionRole, "attention");
    return names;
}

std::optional<OpportunitySort> OpportunityListModel::sortForColumn(int column) const {
    switch (column) {
    case Name:
        return OpportunitySort::Name;
    case Account:
        return OpportunitySort::Account;
    case Stage:
        return OpportunitySort::Stage;
    case Amount:
        return OpportunitySort::Amount;
    case Probability:
        return OpportunitySort::Probability;
    case Owner:
        return OpportunitySort::Owner;
    default:
        return OpportunitySort::CloseDate;
    }
}

OpportunityFilter OpportunityListModel::restricted(OpportunityFilter filter) const {
    filter.pipeline = m_pipeline.key;
    return filter;
}

} // namespace Fieldbook
