#include "QuotaGridModel.h"

#include "analytics/ForecastEngine.h"
#include "domain/MoneyText.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"
#include "store/records/QuotaRepository.h"
#include "store/records/UserRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString storedKey(const QString& userId, const QString& kind, QDate first) {
    return userId + u'|' + kind + u'|' + first.toString(Qt::ISODate);
}

struct PasteTarget {
    int row = 0;
    int column = 0;
    QString text;
};

/// Where the values of a pasted block go: from the selection's top left corner on, or one value
/// into every selected cell.
QList<PasteTarget> pasteTargets(const QModelIndexList& selection, const QString& text) {
    if (selection.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (lines.size() > 1 && lines.constLast().trimmed().isEmpty())
        lines.removeLast(); // a spreadsheet ends the block with a line break
    QList<QStringList> block;
    for (const QString& line : std::as_const(lines))
        block.append(line.endsWith(u'\r') ? line.chopped(1).split(u'\t') : line.split(u'\t'));
    QList<PasteTarget> targets;
    if (block.size() == 1 && block.constFirst().size() == 1 && selection.size() > 1) {
        for (const QModelIndex& index : selection)
            targets.append({.row = index.row(), .column = index.column(), .text = block.constFirst().constFirst()});
        return targets;
    }
    int top = selection.constFirst().row();
    int left = selection.constFirst().column();
    for (const QModelIndex& index : selection) {
        top = std::min(top, index.row());
        left = std::min(left, index.column());
    }
    for (qsizetype r = 0; r < block.size(); ++r)
        for (qsizetype c = 0; c < block[r].size(); ++c)
            targets.append({.row = top + int(r), .column = left + int(c), .text = block[r][c]});
    return targets;
}

} // namespace

QuotaGridModel::QuotaGridModel(Database& db, const QLocale& locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_locale(locale) {
    RecordWatch watch(db, this);
    watch.reload({&RecordType::quotas()}, [this] { refreshQuotas(); });
    watch.reload({&RecordType::users(), &RecordType::opportunities()}, [this] { reload(); });
}

QuotaGridModel::~QuotaGridModel() = default;

QString QuotaGridModel::reportingCurrency() const {
    return m_input ? m_input->rates.reportingCurrency() : QString();
}

bool QuotaGridModel::reload() {
    auto input = ForecastSource::load(m_db, CurrencySettings::load(m_db, m_locale));
    if (!input) {
        emit loadFailed(input.error().message);
        return false;
    }
    auto me = UserRepository(m_db).localUser();
    auto quotas = QuotaRepository(m_db).all();
    if (!me || !quotas) {
        emit loadFailed(!me ? me.error().message : quotas.error().message);
        return false;
    }
    beginResetModel();
    m_calendar = FiscalCalendar(ForecastSource::fiscalFirstMonth(m_db));
    if (m_year == 0)
        m_year = m_calendar.periodOf(QDate::currentDate(), PeriodKind::Year).fiscalYear;
    m_me = me->id;
    m_canEdit = me->role != UserRole::Rep;
    m_admin = me->role == UserRole::Admin;
    m_input = *input;
    m_engine = std::make_shared<const ForecastEngine>(m_input, m_calendar);
    m_stored.clear();
    for (const Quota& q : std::as_const(*quotas))
        m_stored.insert(storedKey(q.userId, q.periodKind, q.periodStart), q);
    rebuild();
    endResetModel();
    return true;
}

void QuotaGridModel::show(int fiscalYear, PeriodKind kind) {
    beginResetModel();
    m_year = fiscalYear;
    m_kind = kind == PeriodKind::Month ? PeriodKind::Month : PeriodKind::Quarter;
    if (m_input)
        rebuild();
    endResetModel();
}

void QuotaGridModel::rebuild() {
    m_yearPeriod = m_calendar.parse(u"FY%1"_s.arg(m_year)).value_or(FiscalPeriod{});
    m_periods = m_kind == PeriodKind::Month ? m_calendar.periods(m_yearPeriod.first, m_yearPeriod.last, m_kind)
                                            : m_calendar.parts(m_yearPeriod);
    buildRows();
    computeWon();
    computeValues();
}

void QuotaGridModel::buildRows() {
    m_rows.clear();
    const QList<ForecastUser>& users = m_input->users;
    int me = -1;
    for (int u = 0; u < users.size(); ++u)
        if (users[u].id == m_me)
            me = u;
    QList<bool> shown(users.size(), false);
    for (int u = 0; u < users.size(); ++u)
        shown[u] = m_admin || (me >= 0 && m_engine->isUnder(u, me));
    QList<QList<int>> children(users.size());
    QList<int> roots;
    for (int u = 0; u < users.size(); ++u) {
        const int m = users[u].manager;
        if (!shown[u])
            continue;
        if (m >= 0 && m != u && shown[m])
            children[m].append(u);
        else
            roots.append(u);
    }
    const auto byName = [&](int a, int b) {
        return users[a].name.localeAwareCompare(users[b].name) < 0;
    };
    std::sort(roots.begin(), roots.end(), byName);
    QList<bool> visited(users.size(), false);
    const auto visit = [&](const auto& self, int u, int depth) -> void {
        if (visited[u])
            return;
        visited[u] = true;
        std::sort(children[u].begin(), children[u].end(), byName);
        m_rows.append({.user = u,
                       .id = users[u].id,
                       .name = users[u].name,
                       .depth = depth,
                       .hasReports = !children[u].isEmpty(),
                       .editable = m_canEdit && (m_admin || u != me)});
        for (const int child : std::as_const(children[u]))
            self(self, child, depth + 1);
    };
    for (const int root : std::as_const(roots))
        visit(visit, root, 0);
    for (int u = 0; u < users.size(); ++u) // managers in a loop: no one of them is at the top
        if (shown[u])
            visit(visit, u, 0);
}

void QuotaGridModel::computeWon() {
    m_won.clear();
    const qsizetype columns = m_periods.size() + 1;
    const auto collect = [&](PeriodKind kind, const QList<FiscalPeriod>& periods, qsizetype offset) {
        const ForecastQuery query{.period = kind,
                                  .from = m_yearPeriod.first,
                                  .to = m_yearPeriod.last,
                                  .by = ForecastDimension::Owner,
                                  .filter = {}};
        for (const ForecastRow& row : m_engine->rows(query)) {
            const qsizetype p = periods.indexOf(row.period);
            if (p < 0 || row.figures.closedWon == 0)
                continue;
            QList<qint64>& won = m_won[row.group];
            won.resize(columns);
            won[offset + p] = row.figures.closedWon;
        }
    };
    collect(m_kind, m_periods, 0);
    collect(PeriodKind::Year, {m_yearPeriod}, m_periods.size());
}

void QuotaGridModel::computeValues() {
    m_values.clear();
    for (const Row& row : std::as_const(m_rows)) {
        QList<Value> values;
        const QList<qint64> won = m_won.value(row.id);
        for (int c = 0; c <= m_periods.size(); ++c) {
            const FiscalPeriod& period = c < m_periods.size() ? m_periods[c] : m_yearPeriod;
            Value v;
            v.amount = m_engine->quotaOf(row.user, period);
            v.won = won.value(c);
            if (const Quota* own = stored(row.id, period))
                v.cell = m_input->rates.convert(own->amount, own->currency) ? Cell::Own : Cell::Unconverted;
            else
                v.cell = v.amount != 0 ? Cell::SumOfParts : Cell::Empty;
            values.append(v);
        }
        m_values.append(values);
    }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (!m_rows[r].hasReports)
            continue;
        for (qsizetype below = 0; below < m_rows.size(); ++below) {
            if (below == r || !m_engine->isUnder(m_rows[below].user, m_rows[r].user))
                continue;
            for (qsizetype c = 0; c < m_values[r].size(); ++c)
                m_values[r][c].team += m_values[below][c].amount;
        }
    }
}

void QuotaGridModel::refreshQuotas() {
    if (!m_input)
        return;
    auto quotas = QuotaRepository(m_db).all();
    if (!quotas) {
        emit loadFailed(quotas.error().message);
        return;
    }
    m_stored.clear();
    for (const Quota& q : std::as_const(*quotas))
        m_stored.insert(storedKey(q.userId, q.periodKind, q.periodStart), q);
    // The lists of the input are shared, not copied: only the quotas are new.
    auto input = std::make_shared<ForecastInput>(*m_input);
    input->quotas = ForecastSource::forecastQuotas(*input, *quotas);
    m_input = input;
    m_engine = std::make_shared<const ForecastEngine>(m_input, m_calendar);
    computeValues();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, teamColumn()));
}

const Quota* QuotaGridModel::stored(const QString& userId, const FiscalPeriod& period) const {
    const auto found = m_stored.constFind(storedKey(userId, periodKindKey(period.kind), period.first));
    return found == m_stored.cend() ? nullptr : &*found;
}

QList<int> QuotaGridModel::fiscalYears(QDate today) const {
    const int current = m_calendar.periodOf(today, PeriodKind::Year).fiscalYear;
    int first = current - 1;
    int last = current + 1;
    for (const Quota& q : m_stored) {
        const int year = m_calendar.periodOf(q.periodStart, PeriodKind::Year).fiscalYear;
        first = std::min(first, year);
        last = std::max(last, year);
    }
    QList<int> years;
    for (int year = first; year <= last; ++year)
        years.append(year);
    return years;
}

const FiscalPeriod* QuotaGridModel::periodAt(int column) const {
    if (column >= 1 && column <= m_periods.size())
        return &m_periods[column - 1];
    return column == yearColumn() ? &m_yearPeriod : nullptr;
}

int QuotaGridModel::rowOf(const QString& userId) const {
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == userId)
            return int(r);
    return -1;
}

bool QuotaGridModel::isQuotaCell(int row, int column) const {
    return row >= 0 && row < m_rows.size() && periodAt(column) != nullptr;
}

QString QuotaGridModel::money(qint64 minor) const {
    return MoneyText::format(minor, m_locale, MoneyText::decimalsFor(reportingCurrency()));
}

Result<std::optional<QuotaChange>> QuotaGridModel::plan(int row, int column, const QString& text) const {
    if (!isQuotaCell(row, column))
        return fail(ErrorCode::InvalidInput, tr("Only the cells of a period hold a quota."));
    const Row& r = m_rows[row];
    if (!r.editable)
        return fail(ErrorCode::PermissionDenied, m_canEdit ? tr("Your own quotas are set by your manager.")
                                                           : tr("Only managers and administrators can set quotas."));
    const FiscalPeriod& period = *periodAt(column);
    const QString kind = periodKindKey(period.kind);
    std::optional<Quota> after;
    if (const QString trimmed = text.trimmed(); !trimmed.isEmpty()) {
        const QString currency = reportingCurrency();
        const auto amount = MoneyText::parse(trimmed, m_locale, MoneyText::decimalsFor(currency));
        if (!amount)
            return fail(ErrorCode::InvalidInput, tr("“%1” is not an amount in %2.").arg(trimmed, currency));
        if (*amount < 0)
            return fail(ErrorCode::InvalidInput, tr("A quota cannot be negative."));
        after = Quota{.id = QuotaRepository::idFor(r.id, kind, period.first),
                      .userId = r.id,
                      .periodKind = kind,
                      .periodStart = period.first,
                      .amount = *amount,
                      .currency = currency};
    }
    const Quota* own = stored(r.id, period);
    std::optional<Quota> before = own ? std::optional<Quota>(*own) : std::nullopt;
    if (before == after)
        return std::optional<QuotaChange>();
    return std::optional<QuotaChange>(
        QuotaChange{.userId = r.id, .userName = r.name, .period = period, .before = before, .after = after});
}

Result<QList<QuotaChange>> QuotaGridModel::apply(const QList<QuotaChange>& changes) {
    if (changes.isEmpty())
        return changes;
    if (auto written = restore(m_db, changes, true); !written)
        return std::unexpected(written.error());
    emit edited(changes);
    return changes;
}

Result<void> QuotaGridModel::restore(Database& db, const QList<QuotaChange>& changes, bool after) {
    return db.transaction([&]() -> Result<void> {
        QuotaRepository quotas(db);
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QuotaChange& change = after ? changes[i] : changes[changes.size() - 1 - i];
            const std::optional<Quota>& state = after ? change.after : change.before;
            if (state) {
                if (auto set = quotas.set(*state); !set)
                    return std::unexpected(set.error());
            } else if (auto removed =
                           quotas.remove(change.userId, periodKindKey(change.period.kind), change.period.first);
                       !removed) {
                return removed;
            }
        }
        return {};
    });
}

Result<QList<QuotaChange>> QuotaGridModel::setText(const QModelIndex& index, const QString& text) {
    auto change = plan(index.row(), index.column(), text);
    if (!change)
        return std::unexpected(change.error());
    if (!*change)
        return QList<QuotaChange>();
    return apply({**change});
}

Result<QList<QuotaChange>> QuotaGridModel::paste(const QModelIndexList& selection, const QString& text) {
    if (!m_canEdit)
        return fail(ErrorCode::PermissionDenied, tr("Only managers and administrators can set quotas."));
    QList<QuotaChange> changes;
    for (const PasteTarget& target : pasteTargets(selection, text)) {
        if (!isQuotaCell(target.row, target.column) || !m_rows[target.row].editable)
            continue;
        auto change = plan(target.row, target.column, target.text);
        if (!change)
            return std::unexpected(change.error());
        if (*change)
            changes.append(**change);
    }
    return apply(changes);
}

Result<QList<QuotaChange>> QuotaGridModel::clear(const QModelIndexList& selection) {
    if (!m_canEdit)
        return fail(ErrorCode::PermissionDenied, tr("Only managers and administrators can set quotas."));
    QList<QuotaChange> changes;
    for (const QModelIndex& index : selection) {
        if (!isQuotaCell(index.row(), index.column()) || !m_rows[index.row()].editable)
            continue;
        auto change = plan(index.row(), index.column(), {});
        if (!change)
            return std::unexpected(change.error());
        if (*change)
            changes.append(**change);
    }
    return apply(changes);
}

int QuotaGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotaGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_input ? 0 : teamColumn() + 1;
}

Qt::ItemFlags QuotaGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isQuotaCell(index.row(), index.column()) && m_rows[index.row()].editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool QuotaGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !isQuotaCell(index.row(), index.column()))
        return false;
    auto changed = setText(index, value.toString());
    if (!changed) {
        emit editFailed(changed.error().message);
        return false;
    }
    return true;
}

} // namespace Fieldbook
