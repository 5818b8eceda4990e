#include "ForecastDealsModel.h"

#include "store/records/OpportunityNames.h"

namespace Fieldbook {

namespace {
/// Rows whose names are read at once when a row without one is shown.
constexpr int kNamePage = 200;
} // namespace

ForecastDealsModel::ForecastDealsModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db) {}

void ForecastDealsModel::setDeals(std::shared_ptr<const ForecastEngine> engine, const QList<int>& deals) {
    beginResetModel();
    m_engine = std::move(engine);
    m_deals = m_engine ? deals : QList<int>();
    m_names.clear();
    endResetModel();
}

void ForecastDealsModel::clear() {
    setDeals(nullptr, {});
}

qint64 ForecastDealsModel::total() const {
    qint64 sum = 0;
    for (const int deal : m_deals)
        sum += m_engine->input().deals.at(deal).amount;
    return sum;
}

QString ForecastDealsModel::currency() const {
    return m_engine ? m_engine->input().rates.reportingCurrency() : QString();
}

int ForecastDealsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_deals.size());
}

int ForecastDealsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForecastDealsModel::nameOf(int row) const {
    if (const auto found = m_names.constFind(row); found != m_names.cend())
        return *found;
    // The page of rows around this one: a view asks for the rows it shows, in order.
    const int first = std::max(0, row - kNamePage / 4);
    const int last = std::min(int(m_deals.size()), first + kNamePage);
    QStringList ids;
    for (int r = first; r < last; ++r)
        ids.append(m_engine->input().deals.at(m_deals.at(r)).id);
    const auto names = OpportunityNames::of(m_db, ids);
    for (int r = first; r < last; ++r)
        m_names.insert(r, names ? names->value(ids.at(r - first)) : QString());
    return m_names.value(row);
}

QVariant ForecastDealsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_deals.size())
        return {};
    const ForecastInput& in = m_engine->input();
    const ForecastDeal& d = in.deals.at(m_deals.at(index.row()));
    switch (role) {
    case IdRole:
        return d.id;
    case CurrencyRole:
        return in.rates.reportingCurrency();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return nameOf(index.row());
    case Account:
        return d.account >= 0 ? in.accounts.at(d.account).name : QString();
    case Owner:
        return d.owner >= 0 ? in.users.at(d.owner).name : QString();
    case Stage:
        return d.stage >= 0 ? in.stages.at(d.stage).name : QString();
    case Amount:
        return d.amount;
    case CloseDate:
        return d.closeDay > 0 ? QDate::fromJulianDay(d.closeDay) : QDate();
    default:
        return {};
    }
}

QVariant ForecastDealsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Opportunity");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Stage:
        return tr("Stage");
    case Amount:
        return currency().isEmpty() ? tr("Amount") : tr("Amount (%1)").arg(currency());
    case CloseDate:
        return tr("Close date");
    default:
        return {};
    }
}

} // namespace Fieldbook
