// What the quota grid shows of its cells: texts, tool tips and headers (docs/forecast.md, Quota grid).
#include "QuotaGridModel.h"

#include "analytics/ForecastEngine.h"
#include "domain/MoneyText.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QVariant QuotaGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    const bool quota = periodAt(column) != nullptr;
    const Value* value = quota                    ? &m_values[index.row()][column - 1]
                         : column == teamColumn() ? &m_values[index.row()].constLast()
                                                  : nullptr;
    switch (role) {
    case UserIdRole:
        return row.id;
    case DepthRole:
        return row.depth;
    case HasReportsRole:
        return row.hasReports;
    case CellRole:
        return int(quota ? value->cell : column == teamColumn() ? Cell::Team : Cell::Name);
    case AmountRole:
        return value ? QVariant(quota ? value->amount : value->team) : QVariant();
    case Qt::DisplayRole:
        return display(index.row(), column);
    case Qt::EditRole:
        return quota && value->cell == Cell::Own ? money(value->amount) : QString();
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case Qt::TextAlignmentRole:
        return column == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString QuotaGridModel::display(int r, int column) const {
    const Row& row = m_rows[r];
    if (column == 0)
        return QString(row.depth * 2, QChar(0x2002)) + row.name; // en spaces: the hierarchy's indentation
    const QList<Value>& values = m_values[r];
    if (column == teamColumn())
        return row.hasReports ? money(values.constLast().team) : QString();
    const Value& v = values[column - 1];
    switch (v.cell) {
    case Cell::Own:
    case Cell::SumOfParts:
        return money(v.amount);
    case Cell::Unconverted: {
        const Quota* own = stored(row.id, *periodAt(column));
        return MoneyText::format(own->amount, m_locale, MoneyText::decimalsFor(own->currency)) + u' ' + own->currency;
    }
    default:
        return {};
    }
}

QString QuotaGridModel::toolTip(int r, int column) const {
    const Row& row = m_rows[r];
    QStringList lines;
    if (column == 0) {
        const int manager = m_input->users[row.user].manager;
        if (manager >= 0)
            lines.append(tr("Reports to %1.").arg(m_input->users[manager].name));
        if (!row.editable && m_canEdit)
            lines.append(tr("Your own quotas are set by your manager."));
        return lines.join(u'\n');
    }
    if (column == teamColumn())
        return row.hasReports
                   ? tr("The quotas of everyone below %1 for %2: %3 %4.")
                         .arg(row.name, m_yearPeriod.key(), money(m_values[r].constLast().team), reportingCurrency())
                   : QString();
    return quotaToolTip(r, column);
}

QString QuotaGridModel::quotaToolTip(int r, int column) const {
    const Row& row = m_rows[r];
    QStringList lines;
    const FiscalPeriod& period = *periodAt(column);
    const Value& v = m_values[r][column - 1];
    const Quota* own = stored(row.id, period);
    const QString currency = reportingCurrency();
    lines.append(u"%1: %2"_s.arg(period.key(), periodRange(period)));
    qint64 parts = 0;
    for (const FiscalPeriod& part : m_calendar.parts(period))
        parts += m_engine->quotaOf(row.user, part);
    switch (v.cell) {
    case Cell::Own:
        lines.append(tr("Quota: %1 %2.").arg(money(v.amount), currency));
        if (own->currency != currency)
            lines.append(tr("Entered as %1 %2.")
                             .arg(MoneyText::format(own->amount, m_locale, MoneyText::decimalsFor(own->currency)),
                                  own->currency));
        if (parts != 0 && parts != v.amount)
            lines.append(period.kind == PeriodKind::Year
                             ? tr("Its quarters add up to %1 %2.").arg(money(parts), currency)
                             : tr("Its months add up to %1 %2.").arg(money(parts), currency));
        break;
    case Cell::SumOfParts:
        lines.append(period.kind == PeriodKind::Year
                         ? tr("No quota of its own: its quarters add up to %1 %2.").arg(money(v.amount), currency)
                         : tr("No quota of its own: its months add up to %1 %2.").arg(money(v.amount), currency));
        break;
    case Cell::Unconverted:
        lines.append(tr("Entered in %1, which has no exchange rate to %2 (Settings › Currency): it counts as no "
                        "quota until it has one.")
                         .arg(own->currency, currency));
        break;
    default:
        lines.append(tr("No quota."));
        break;
    }
    if (v.amount > 0)
        lines.append(
            tr("Closed won: %1 %2, %3 of the quota.")
                .arg(money(v.won), currency,
                     m_locale.toString(double(v.won) * 100.0 / double(v.amount), 'f', 0) + m_locale.percent()));
    else if (v.won != 0)
        lines.append(tr("Closed won: %1 %2.").arg(money(v.won), currency));
    if (row.hasReports)
        lines.append(tr("Everyone below %1: %2 %3.").arg(row.name, money(v.team), currency));
    return lines.join(u'\n');
}

QString QuotaGridModel::periodRange(const FiscalPeriod& period) const {
    return m_locale.toString(period.first, QLocale::ShortFormat) + u" – "_s +
           m_locale.toString(period.last, QLocale::ShortFormat);
}

QString QuotaGridModel::periodHeader(int column) const {
    if (column == yearColumn())
        return m_yearPeriod.key() + u'\n' + tr("Year");
    const FiscalPeriod& period = *periodAt(column);
    if (period.kind == PeriodKind::Month)
        return m_locale.standaloneMonthName(period.first.month(), QLocale::ShortFormat) + u'\n' +
               QString::number(period.first.year());
    return tr("Q%1").arg(period.number) + u'\n' +
           m_locale.standaloneMonthName(period.first.month(), QLocale::ShortFormat) + u'–' +
           m_locale.standaloneMonthName(period.last.month(), QLocale::ShortFormat);
}

QVariant QuotaGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || !m_input)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (const FiscalPeriod* period = periodAt(section))
            return u"%1: %2"_s.arg(period->key(), periodRange(*period));
        if (section == teamColumn())
            return tr("The quotas of everyone below each manager for the year.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return QString(tr("Person") + u'\n' + tr("(in %1)").arg(reportingCurrency()));
    if (section == teamColumn())
        return QString(tr("Team") + u'\n' + m_yearPeriod.key());
    return periodHeader(section);
}

QString QuotaGridModel::copy(const QModelIndexList& selection) const {
    if (selection.isEmpty())
        return {};
    int top = selection.constFirst().row();
    int bottom = top;
    int left = selection.constFirst().column();
    int right = left;
    for (const QModelIndex& index : selection) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    QList<QStringList> block(bottom - top + 1, QStringList(right - left + 1));
    for (const QModelIndex& index : selection) {
        const QString text =
            index.column() == 0 ? m_rows.value(index.row()).name : data(index, Qt::DisplayRole).toString();
        block[index.row() - top][index.column() - left] = text;
    }
    QString text;
    for (const QStringList& line : std::as_const(block))
        text += line.join(u'\t') + u'\n';
    return text;
}

} // namespace Fieldbook
