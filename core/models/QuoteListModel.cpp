#include "QuoteListModel.h"

#include "PagedTableModelImpl.h"
#include "protocol/RecordType.h"
#include "common/Clock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook {

template class PagedTableModel<QuoteQuery>;

namespace {

QuoteFilter judgedToday() {
    QuoteFilter filter;
    filter.today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
    return filter;
}

} // namespace

QuoteListModel::QuoteListModel(Database& db, QObject* parent)
    : PagedTableModel(db, QuoteQuery(db), RecordType::quotes(), QuoteSort::Number, judgedToday(), parent)
    , m_query(db) {
    follow(RecordType::accounts(), [this](const QStringList& ids) {
        refreshRows([&ids](const QuoteSummary& row) { return ids.contains(row.accountId); });
    });
    follow(RecordType::quoteLines(), [this](const QStringList& ids) { linesChanged(ids); });
}

void QuoteListModel::setSearchText(const QString& text) {
    QuoteFilter next = filter();
    next.text = text;
    setFilter(next);
}

void QuoteListModel::setStatusFilter(std::optional<QuoteStatus> status) {
    QuoteFilter next = filter();
    next.status = status;
    setFilter(next);
}

int QuoteListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QuoteSummary& row = rowAt(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return quoteStatusKey(row.status);
    case TotalRole:
        return row.grandTotal ? QVariant(*row.grandTotal) : QVariant();
    case CurrencyRole:
        return row.currency;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return row.number;
    case Customer:
        return row.accountName;
    case Title:
        return row.title;
    case Status:
        return quoteStatusName(row.status);
    case Total:
        return row.grandTotal ? QVariant(*row.grandTotal) : QVariant();
    case ValidUntil:
        return row.validUntil;
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Total:
        return tr("Total");
    case ValidUntil:
        return tr("Valid until");
    default:
        return {};
    }
}

QHash<int, QByteArray> QuoteListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StatusRole, "statusKey");
    names.insert(TotalRole, "total");
    names.insert(CurrencyRole, "currency");
    return names;
}

std::optional<QuoteSort> QuoteListModel::sortForColumn(int column) const {
    switch (column) {
    case Number:
        return QuoteSort::Number;
    case Customer:
        return QuoteSort::Customer;
    case Title:
        return QuoteSort::Title;
    case Status:
        return QuoteSort::Status;
    case ValidUntil:
        return QuoteSort::ValidUntil;
    default:
        return std::nullopt; // totals are computed, not stored: the store cannot order by them
    }
}

void QuoteListModel::linesChanged(const QStringList& ids) {
    auto quotes = m_query.quotesOfLines(ids);
    if (!quotes) {
        setError(quotes.error());
        return;
    }
    refreshRows([&quotes](const QuoteSummary& row) { return quotes->contains(row.id); });
}

} // namespace Fieldbook
