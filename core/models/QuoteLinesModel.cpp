#include "QuoteLinesModel.h"

#include "domain/DecimalText.h"
#include "domain/MoneyText.h"
#include "store/records/QuoteRepository.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuoteLinesModel::QuoteLinesModel(Database& db, const QLocale& locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_locale(locale) {}

bool QuoteLinesModel::load(const QString& quoteId) {
    auto sheet = QuoteSheet::load(m_db, quoteId);
    if (!sheet) {
        emit loadFailed(sheet.error().message);
        return false;
    }
    beginResetModel();
    m_sheet = std::move(*sheet);
    endResetModel();
    emit totalsChanged();
    return true;
}

const QuoteLine* QuoteLinesModel::line(int row) const {
    return row >= 0 && row < m_sheet.lines.size() ? &m_sheet.lines.at(row) : nullptr;
}

QString QuoteLinesModel::money(qint64 minorUnits) const {
    return MoneyText::format(minorUnits, m_locale, MoneyText::decimalsFor(m_sheet.quote.currency));
}

QString QuoteLinesModel::decimal(Decimal4 value) const {
    return DecimalText::format(value, m_locale);
}

std::optional<Decimal4> QuoteLinesModel::parseDecimal(const QString& text) const {
    return DecimalText::parse(text, m_locale);
}

int QuoteLinesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sheet.lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLinesModel::data(const QModelIndex& index, int role) const {
    const QuoteLine* l = line(index.row());
    if (!l)
        return {};
    if (role == KindRole)
        return int(l->kind);
    if (role == LineIdRole)
        return l->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity && index.column() != Unit ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                    : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (l->kind != QuoteLine::Kind::Item)
        return index.column() == Description ? QVariant(l->description) : QVariant();
    const QuoteLineInput& a = l->amounts;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Number:
        return m_sheet.itemNumber(index.row());
    case Description:
        return l->description;
    case Quantity:
        return decimal(a.quantity);
    case Unit:
        return l->unit;
    case UnitPrice:
        return money(a.unitPrice);
    case Discount: {
        const QString text =
            DecimalText::formatDiscount(a, m_locale, MoneyText::decimalsFor(m_sheet.quote.currency), edit);
        return text.isEmpty() && !edit ? QVariant() : QVariant(text);
    }
    case TaxRate:
        return QString(decimal(a.taxRate) + (edit ? QString() : u" %"_s));
    case Net:
        if (const QuoteLineTotals* t = m_sheet.lineTotals(index.row()))
            return money(t->net);
        return {};
    }
    return {};
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Quantity && section != Unit ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case TaxRate:
        return tr("Tax %");
    case Net:
        return tr("Net");
    }
    return {};
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const QuoteLine* l = line(index.row());
    if (!l || !editable())
        return f;
    const bool item = l->kind == QuoteLine::Kind::Item;
    if (index.column() == Description || (item && index.column() != Number && index.column() != Net))
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuoteLinesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const QuoteLine* current = line(index.row());
    if (role != Qt::EditRole || !current || !editable())
        return false;
    QuoteLine l = *current;
    const QString text = value.toString().trimmed();
    const int decimals = MoneyText::decimalsFor(m_sheet.quote.currency);
    auto refuse = [&](const QString& message) {
        emit editFailed(message);
        return false;
    };
    switch (index.column()) {
    case Description:
        l.description = text;
        break;
    case Unit:
        l.unit = text;
        break;
    case Quantity: {
        const auto q = parseDecimal(text);
        if (!q)
            return refuse(tr("\"%1\" is not a quantity; use a number such as 2 or 2.5.").arg(text));
        l.amounts.quantity = *q;
        break;
    }
    case UnitPrice: {
        const auto price = MoneyText::parse(text, m_locale, decimals);
        if (!price)
            return refuse(tr("\"%1\" is not a price in %2.").arg(text, m_sheet.quote.currency));
        l.amounts.unitPrice = *price;
        break;
    }
    case Discount:
        // "10%" or "10 %" is a percentage; a plain amount is money off the line; empty is none.
        if (!DecimalText::parseDiscount(text, m_locale, decimals, &l.amounts))
            return refuse(tr("\"%1\" is neither an amount nor a percentage such as 10 %.").arg(text));
        break;
    case TaxRate: {
        const auto rate = parseDecimal(text);
        if (!rate)
            return refuse(tr("\"%1\" is not a tax rate; use a number such as 19 or 7.5.").arg(text));
        l.amounts.taxRate = *rate;
        break;
    }
    default:
        return false;
    }
    auto saved = QuoteRepository(m_db).saveLine(l);
    if (!saved)
        return refuse(saved.error().message);
    m_sheet.lines[index.row()] = *saved;
    if (auto totals = computeQuote(itemAmounts(m_sheet.lines)))
        m_sheet.totals = *totals;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit totalsChanged();
    return true;
}

} // namespace Fieldbook
