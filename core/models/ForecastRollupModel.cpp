#include "ForecastRollupModel.h"

#include "domain/MoneyText.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ForecastRollupModel::ForecastRollupModel(const QLocale& locale, QObject* parent)
    : QAbstractItemModel(parent)
    , m_locale(locale) {}

ForecastRollupModel::~ForecastRollupModel() = default;

void ForecastRollupModel::setForecast(std::shared_ptr<const ForecastEngine> engine, const FiscalPeriod& period,
                                      const ForecastFilter& filter) {
    beginResetModel();
    m_engine = std::move(engine);
    m_period = period;
    m_entries.clear();
    m_roots.clear();
    m_own.clear();
    m_team.clear();
    if (m_engine) {
        const Commission commission(*m_engine);
        for (const auto by : {ForecastDimension::Owner, ForecastDimension::Manager}) {
            const ForecastQuery query{
                .period = period.kind, .from = period.first, .to = period.first, .by = by, .filter = filter};
            for (const CommissionRow& row : commission.rows(query))
                (by == ForecastDimension::Owner ? m_own : m_team).insert(row.forecast.group, row);
        }
        const QList<ForecastUser>& users = m_engine->input().users;
        QList<QList<int>> below(users.size());
        for (int u = 0; u < users.size(); ++u) {
            if (users[u].manager >= 0 && users[u].manager != u)
                below[users[u].manager].append(u);
        }
        for (QList<int>& people : below)
            std::sort(people.begin(), people.end(),
                      [&](int a, int b) { return QString::localeAwareCompare(users[a].name, users[b].name) < 0; });
        QSet<int> placed;
        for (int u = 0; u < users.size(); ++u) {
            const bool top = filter.underUser.isEmpty() ? users[u].manager < 0 : users[u].id == filter.underUser;
            if (top)
                addPerson(u, -1, below, placed);
        }
    }
    endResetModel();
}

void ForecastRollupModel::addPerson(int user, int parent, const QList<QList<int>>& below, QSet<int>& placed) {
    if (placed.contains(user)) // a loop in the hierarchy: each person once
        return;
    placed.insert(user);
    const ForecastUser& person = m_engine->input().users[user];
    if (below[user].isEmpty()) {
        addEntry(person.id, person.name, false, parent);
        return;
    }
    const int team = addEntry(person.id, person.name, true, parent);
    addEntry(person.id, tr("%1 (own deals)").arg(person.name), false, team);
    for (const int next : below[user])
        addPerson(next, team, below, placed);
}

int ForecastRollupModel::addEntry(const QString& userId, const QString& name, bool team, int parent) {
    Entry e{.userId = userId, .name = name, .team = team, .row = {}, .parent = parent, .children = {}};
    const QHash<QString, CommissionRow>& rows = team ? m_team : m_own;
    if (const auto found = rows.constFind(userId); found != rows.cend())
        e.row = *found;
    const int at = int(m_entries.size());
    m_entries.append(e);
    (parent < 0 ? m_roots : m_entries[parent].children).append(at);
    return at;
}

const ForecastRollupModel::Entry* ForecastRollupModel::entry(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() >= quintptr(m_entries.size()))
        return nullptr;
    return &m_entries[int(index.internalId())];
}

QModelIndex ForecastRollupModel::indexOf(const QString& userId, bool team) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        if (e.userId == userId && e.team == team) {
            const QList<int>& siblings = e.parent < 0 ? m_roots : m_entries[e.parent].children;
            return createIndex(int(siblings.indexOf(i)), 0, quintptr(i));
        }
    }
    return {};
}

QModelIndex ForecastRollupModel::index(int row, int column, const QModelIndex& parent) const {
    const QList<int>* list = &m_roots;
    if (parent.isValid())
        list = &m_entries[int(parent.internalId())].children;
    if (row < 0 || row >= list->size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(list->at(row)));
}

QModelIndex ForecastRollupModel::parent(const QModelIndex& child) const {
    const Entry* e = entry(child);
    if (!e || e->parent < 0)
        return {};
    const Entry& up = m_entries[e->parent];
    const QList<int>& siblings = up.parent < 0 ? m_roots : m_entries[up.parent].children;
    return createIndex(int(siblings.indexOf(e->parent)), 0, quintptr(e->parent));
}

int ForecastRollupModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Entry* e = entry(parent);
    return e ? int(e->children.size()) : 0;
}

int ForecastRollupModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QString ForecastRollupModel::money(qint64 minor) const {
    const QString currency = m_engine ? m_engine->input().rates.reportingCurrency() : QString();
    return MoneyText::format(minor, m_locale, MoneyText::decimalsFor(currency));
}

QVariant ForecastRollupModel::amount(const Entry& e, int column) const {
    const ForecastFigures& f = e.row.forecast.figures;
    const auto& adjusted = e.row.forecast.adjusted;
    switch (column) {
    case Quota:
        return f.quota;
    case ClosedWon:
        return f.closedWon;
    case Commit:
        return f.commit();
    case AdjustedCommit:
        return adjusted ? QVariant(adjusted->commit) : QVariant();
    case BestCase:
        return f.bestCase();
    case AdjustedBestCase:
        return adjusted ? QVariant(adjusted->bestCase) : QVariant();
    case Pipeline:
        return f.openPipeline();
    case Earned:
        return e.row.earned;
    case ExpectedCommit:
        return e.row.expectedCommit;
    case ExpectedBestCase:
        return e.row.expectedBestCase;
    default:
        return {};
    }
}

QString ForecastRollupModel::display(const Entry& e, int column) const {
    if (column == Name)
        return e.name;
    if (column == Attainment) {
        const auto attainment = e.row.forecast.figures.attainment();
        return attainment ? m_locale.toString(*attainment * 100, 'f', 1) + u" %"_s : QString();
    }
    if (column == Note)
        return e.row.forecast.adjusted ? e.row.forecast.adjusted->note : QString();
    const QVariant value = amount(e, column);
    if (!value.isValid() || (column == Quota && value.toLongLong() == 0))
        return {};
    return money(value.toLongLong());
}

QString ForecastRollupModel::toolTip(const Entry& e, int column) const {
    if (column == Name && e.team)
        return tr("%1's team: everyone below them, and their own deals").arg(e.name);
    if ((column == AdjustedCommit || column == AdjustedBestCase || column == Note) && e.row.forecast.adjusted)
        return e.row.forecast.adjusted->note.isEmpty()
                   ? tr("Adjusted below this row: the difference each adjustment makes, added up")
                   : tr("Adjusted: %1").arg(e.row.forecast.adjusted->note);
    const ForecastFigures& f = e.row.forecast.figures;
    if (column == Pipeline && f.unconverted > 0)
        return tr("%n deal(s) in %1 without an exchange rate are not added.", nullptr, f.unconverted)
            .arg(f.unconvertedCurrencies.join(u", "_s));
    return {};
}

QVariant ForecastRollupModel::data(const QModelIndex& index, int role) const {
    const Entry* e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        return toolTip(*e, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Name || index.column() == Note ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case UserIdRole:
        return e->userId;
    case TeamRole:
        return e->team;
    case AmountRole:
        return amount(*e, index.column());
    default:
        return {};
    }
}

QVariant ForecastRollupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name || section == Note ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Person or team");
    case Quota:
        return tr("Quota");
    case ClosedWon:
        return tr("Closed won");
    case Commit:
        return tr("Commit");
    case AdjustedCommit:
        return tr("Adjusted", "commit as a manager adjusted it");
    case BestCase:
        return tr("Best case");
    case AdjustedBestCase:
        return tr("Adjusted", "best case as a manager adjusted it");
    case Pipeline:
        return tr("Pipeline");
    case Attainment:
        return tr("Attainment");
    case Earned:
        return tr("Commission");
    case ExpectedCommit:
        return tr("On commit", "commission expected on Commit");
    case ExpectedBestCase:
        return tr("On best case", "commission expected on Best case");
    case Note:
        return tr("Adjustment note");
    default:
        return {};
    }
}

QString ForecastRollupModel::headerToolTip(int section) const {
    switch (section) {
    case Commit:
        return tr("Closed won and the open deals in Commit");
    case AdjustedCommit:
        return tr("Commit as a manager adjusted it (empty: not adjusted)");
    case BestCase:
        return tr("Commit and the open deals in Best case");
    case AdjustedBestCase:
        return tr("Best case as a manager adjusted it (empty: not adjusted)");
    case Pipeline:
        return tr("Every open deal that is not omitted");
    case Attainment:
        return tr("Closed won against the quota");
    case Earned:
        return tr("Commission earned on closed won");
    case ExpectedCommit:
        return tr("Commission expected on Commit (closed won included)");
    case ExpectedBestCase:
        return tr("Commission expected on Best case (Commit included)");
    default:
        return {};
    }
}

} // namespace Fieldbook
