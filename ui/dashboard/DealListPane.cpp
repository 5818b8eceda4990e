#include "DealListPane.h"

#include "models/ForecastDealsModel.h"
#include "opportunities/BoardText.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Amounts in the user's locale with the currency, dates in its short format; sorting reads the
/// model's own values.
class DealListProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override {
        const int column = index.column();
        if (role == Qt::DisplayRole && column == ForecastDealsModel::Amount)
            return BoardText::money(QSortFilterProxyModel::data(index, role).toLongLong(),
                                    QSortFilterProxyModel::data(index, ForecastDealsModel::CurrencyRole).toString());
        if (role == Qt::DisplayRole && column == ForecastDealsModel::CloseDate)
            return QLocale().toString(QSortFilterProxyModel::data(index, role).toDate(), QLocale::ShortFormat);
        if (role == Qt::TextAlignmentRole && column == ForecastDealsModel::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

DealListPane::DealListPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_model(new ForecastDealsModel(db, this))
    , m_proxy(new DealListProxy(this))
    , m_title(new QLabel(this))
    , m_list(new QTableView(this)) {
    setObjectName(u"dealListPane"_s);
    m_proxy->setSourceModel(m_model);
    m_title->setObjectName(u"dealListTitle"_s);
    m_title->setWordWrap(true);
    m_list->setObjectName(u"dealList"_s);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until the user sorts
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit opportunityActivated(index.data(ForecastDealsModel::IdRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
}

DealListPane::~DealListPane() = default;

void DealListPane::showDeals(std::shared_ptr<const ForecastEngine> engine, const QList<int>& deals,
                             const QString& title) {
    m_model->setDeals(std::move(engine), deals);
    m_title->setText(tr("%1 — %Ln opportunity(ies), %2", nullptr, int(deals.size()))
                         .arg(title, BoardText::money(m_model->total(), m_model->currency())));
    const int width = m_list->viewport()->width();
    // Name and account get the room; the figures their own width.
    const QList<int> shares{28, 22, 14, 12, 14};
    for (int c = 0; c < shares.size(); ++c)
        m_list->setColumnWidth(c, std::max(60, width * shares.at(c) / 100));
}

void DealListPane::clear() {
    m_model->clear();
    m_title->clear();
}

QString DealListPane::title() const {
    return m_title->text();
}

} // namespace Fieldbook
