#include "CustomerValueModel.h"

namespace Fieldbook {

CustomerValueModel::CustomerValueModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CustomerValueModel::setReport(const CustomerSegmentReport& report) {
    beginResetModel();
    m_customers = report.customers;
    m_currency = report.rates.reportingCurrency();
    endResetModel();
}

const CustomerValue* CustomerValueModel::customer(int row) const {
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int CustomerValueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerValueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerValueModel::data(const QModelIndex& index, int role) const {
    const CustomerValue* c = index.isValid() ? customer(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case IdRole:
        return c->account.id;
    case SegmentRole:
        return int(c->score.segment);
    case CurrencyRole:
        return m_currency;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const RfmScore& s = c->score;
    switch (index.column()) {
    case Account:
        return c->account.name;
    case Industry:
        return c->account.industry;
    case Region:
        return c->account.region;
    case Country:
        return c->account.country;
    case Recency:
        return s.recencyDays;
    case Frequency:
        return s.frequency;
    case Monetary:
        return s.monetary;
    case R:
        return s.r;
    case F:
        return s.f;
    case M:
        return s.m;
    case Segment:
        return rfmSegmentName(s.segment);
    default:
        return {};
    }
}

QVariant CustomerValueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Account:
        return tr("Account");
    case Industry:
        return tr("Industry");
    case Region:
        return tr("Region");
    case Country:
        return tr("Country");
    case Recency:
        return tr("Days since last won");
    case Frequency:
        return tr("Won deals");
    case Monetary:
        return tr("Won revenue");
    case R:
        return tr("R");
    case F:
        return tr("F");
    case M:
        return tr("M");
    case Segment:
        return tr("Segment");
    default:
        return {};
    }
}

} // namespace Fieldbook
