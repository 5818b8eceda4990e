#include "OpportunityLinesModel.h"

#include "domain/DecimalText.h"
#include "domain/MoneyText.h"
#include "store/records/OpportunityLineRepository.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityLinesModel::OpportunityLinesModel(Database& db, const QLocale& locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_locale(locale) {}

bool OpportunityLinesModel::load(const QString& opportunityId, const QString& currency) {
    auto lines = OpportunityLineRepository(m_db).lines(opportunityId);
    if (!lines) {
        emit loadFailed(lines.error().message);
        return false;
    }
    beginResetModel();
    m_opportunityId = opportunityId;
    m_currency = currency;
    m_lines = std::move(*lines);
    computeNets();
    endResetModel();
    emit totalChanged();
    return true;
}

void OpportunityLinesModel::computeNets() {
    m_nets.clear();
    m_total = 0;
    for (const OpportunityLine& l : std::as_const(m_lines)) {
        const qint64 net = l.net().value_or(0); // the repository refused lines that do not compute
        m_nets.append(net);
        m_total += net;
    }
}

const OpportunityLine* OpportunityLinesModel::line(int row) const {
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

QString OpportunityLinesModel::money(qint64 minorUnits) const {
    return MoneyText::format(minorUnits, m_locale, MoneyText::decimalsFor(m_currency));
}

int OpportunityLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OpportunityLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityLinesModel::data(const QModelIndex& index, int role) const {
    const OpportunityLine* l = line(index.row());
    if (!l)
        return {};
    if (role == LineIdRole)
        return l->id;
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Description ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Description:
        return l->description;
    case Quantity:
        return DecimalText::format(l->amounts.quantity, m_locale);
    case UnitPrice:
        return money(l->amounts.unitPrice);
    case Discount: {
        const QString text =
            DecimalText::formatDiscount(l->amounts, m_locale, MoneyText::decimalsFor(m_currency), edit);
        return text.isEmpty() && !edit ? QVariant() : QVariant(text);
    }
    case Net:
        return money(m_nets.value(index.row()));
    }
    return {};
}

QVariant OpportunityLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Description ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description:
        return tr("Product or item");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case Net:
        return tr("Net");
    }
    return {};
}

Qt::ItemFlags OpportunityLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (line(index.row()) && index.column() != Net)
        f |= Qt::ItemIsEditable;
    return f;
}

bool OpportunityLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const OpportunityLine* current = line(index.row());
    if (role != Qt::EditRole || !current)
        return false;
    OpportunityLine l = *current;
    const QString text = value.toString().trimmed();
    auto refuse = [&](const QString& message) {
        emit editFailed(message);
        return false;
    };
    switch (index.column()) {
    case Description:
        l.description = text;
        break;
    case Quantity: {
        const auto q = DecimalText::parse(text, m_locale);
        if (!q)
            return refuse(tr("\"%1\" is not a quantity; use a number such as 2 or 2.5.").arg(text));
        l.amounts.quantity = *q;
        break;
    }
    case UnitPrice: {
        const auto price = MoneyText::parse(text, m_locale, MoneyText::decimalsFor(m_currency));
        if (!price)
            return refuse(tr("\"%1\" is not a price in %2.").arg(text, m_currency));
        l.amounts.unitPrice = *price;
        break;
    }
    case Discount:
        // "10%" or "10 %" is a percentage; a plain amount is money off the line; empty is none.
        if (!DecimalText::parseDiscount(text, m_locale, MoneyText::decimalsFor(m_currency), &l.amounts))
            return refuse(tr("\"%1\" is neither an amount nor a percentage such as 10 %.").arg(text));
        break;
    default:
        return false;
    }
    if (l == *current)
        return true;
    auto saved = OpportunityLineRepository(m_db).save(l);
    if (!saved)
        return refuse(saved.error().message);
    m_lines[index.row()] = *saved;
    computeNets();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalChanged();
    return true;
}

} // namespace Fieldbook
