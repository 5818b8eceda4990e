#pragma once

#include "domain/CurrencyRates.h"
#include "domain/Pipeline.h"
#include "store/records/OpportunityQuery.h"

#include <QAbstractItemModel>

namespace Fieldbook {

class Database;

/// The pipeline board: top-level rows are the pipeline's stages in order (the columns of the
/// board), their children the opportunity cards of that stage, soonest close date first (most
/// recent first for Won and Lost). Each stage knows its count, total and probability-weighted
/// total in the reporting currency over every opportunity of the column, while its cards are
/// loaded a page at a time (canFetchMore/fetchMore on the stage's index). Committed changes move,
/// insert and remove cards one by one. Returns data, not presentation.
class PipelineBoardModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    enum Role {
        IdRole = Qt::UserRole + 1, ///< card: the opportunity's id (QString)
        StageKeyRole,              ///< stage and card: the stage key (QString)
        AccountIdRole,             ///< card: QString
        AccountNameRole,           ///< card: QString
        AmountRole,                ///< card: minor units of CurrencyRole (qint64)
        CurrencyRole,              ///< card: ISO 4217 code (QString)
        CloseDateRole,             ///< card: QDate
        ProbabilityRole,           ///< card: percent (int); stage: its default probability
        OwnerIdRole,               ///< card: QString
        OwnerNameRole,             ///< card: QString
        CountRole,                 ///< stage: opportunities in the column (int)
        TotalRole,                 ///< stage: converted amounts, minor units of the reporting currency (qint64)
        WeightedTotalRole,         ///< stage: converted amounts × their probability, summed (qint64)
        UnconvertedCountRole,      ///< stage: opportunities in a currency without a rate, in neither total (int)
        MoreCountRole,             ///< stage: cards not loaded yet (int)
        OutcomeRole,               ///< stage: StageOutcome as int
        AttentionRole,             ///< card: what it lacks, Attention as int (0: nothing)
    };

    /// The column's figures. Each amount is converted once and rounded (CurrencyRates::convert),
    /// its weighted amount is weightedAmount() of that, then both are summed.
    struct Totals {
        int count = 0;
        qint64 total = 0;
        qint64 weighted = 0;
        int unconverted = 0;
        friend bool operator==(const Totals&, const Totals&) = default;
    };

    PipelineBoardModel(Database& db, Pipeline pipeline, CurrencyRates rates, QObject* parent = nullptr);

    /// The MIME type of dragged cards: their ids, one per line.
    static QString mimeType();
    /// The ids in `data` (empty when it holds no cards).
    static QStringList idsFromMimeData(const QMimeData* data);

    const Pipeline& pipeline() const { return m_pipeline; }
    const CurrencyRates& currencyRates() const { return m_rates; }
    void setCurrencyRates(const CurrencyRates& rates);
    const OpportunityFilter& filter() const { return m_filter; }
    /// The stage member is ignored: every stage is a column.
    void setFilter(const OpportunityFilter& filter);

    QModelIndex stageIndex(int stageRow) const { return index(stageRow, 0); }
    /// Row of the stage `key`, or -1.
    int stageRow(const QString& key) const;
    Totals totals(int stageRow) const;
    /// Opportunities on the board (every column, loaded or not).
    int totalCount() const;
    /// The index of a loaded card, or an invalid index.
    QModelIndex cardIndex(const QString& id) const;
    /// Reads everything again, keeping as many cards per column as were loaded.
    void reload() { load(true); }
    /// The last error met while loading (the view shows it in a banner).
    QString lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// Some column's count or totals changed (after a change, a reload or new rates).
    void totalsChanged();
    void loadFailed(const QString& message);

private:
    struct Column {
        PipelineStage stage;
        QList<OpportunitySummary> cards;
        Totals totals;
        bool atEnd = true; ///< every card of the column is loaded
    };

    void load(bool keepLoaded);
    OpportunityFilter columnFilter(int stageRow) const;
    Qt::SortOrder columnOrder(int stageRow) const;
    [[nodiscard]] Result<QList<Totals>> computeTotals() const;
    void refreshTotals();
    void applyChange(const QString& id);
    bool precedes(int stageRow, const OpportunitySummary& a, const OpportunitySummary& b) const;
    void opportunitiesChanged(const QStringList& ids);
    /// Account names appear on the cards.
    void accountsChanged(const QStringList& ids);
    void setError(const Error& error);

    Database& m_db;
    Pipeline m_pipeline;
    CurrencyRates m_rates;
    OpportunityQuery m_query;
    OpportunityFilter m_filter;
    QList<Column> m_columns;
    QString m_lastError;
};

} // namespace Fieldbook
