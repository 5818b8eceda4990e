#include "DashboardFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QProgressBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kUnder = u"under:"_s; // the team combo's data: a manager's id after it
const QString kTeam = u"team:"_s;   // or a team's name

QComboBox* combo(const QString& objectName, const QString& toolTip, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

/// Refills `box` with `items` (text, data), keeping the choice when its data is still there.
void refill(QComboBox* box, const QList<std::pair<QString, QVariant>>& items, const QVariant& preferred) {
    const QVariant current = box->count() > 0 ? box->currentData() : preferred;
    const QSignalBlocker blocker(box);
    box->clear();
    for (const auto& [text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

/// How far below the top of the hierarchy a user stands.
int depthOf(const ForecastInput& in, int user) {
    int depth = 0;
    for (int u = in.users.at(user).manager; u >= 0 && depth < in.users.size(); u = in.users.at(u).manager)
        ++depth;
    return depth;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_period(combo(u"periodFilter"_s, tr("The periods of the charts over time"), this))
    , m_year(combo(u"fiscalYearFilter"_s, tr("The fiscal year the charts show"), this))
    , m_team(combo(u"teamFilter"_s, tr("Everyone, a manager and everyone below them, or a team"), this))
    , m_pipeline(combo(u"pipelineFilter"_s, tr("The pipeline the deals are in"), this))
    , m_currency(combo(u"currencyFilter"_s, tr("The currency every amount is converted to"), this))
    , m_busy(new QProgressBar(this)) {
    setObjectName(u"dashboardFilterBar"_s);
    m_period->addItem(tr("Months"), int(PeriodKind::Month));
    m_period->addItem(tr("Quarters"), int(PeriodKind::Quarter));
    m_period->addItem(tr("Years"), int(PeriodKind::Year));
    m_period->setCurrentIndex(1);
    m_team->addItem(tr("Everyone"), QString());
    m_pipeline->addItem(tr("All pipelines"), QString());
    m_busy->setObjectName(u"dashboardBusy"_s);
    m_busy->setRange(0, 0); // busy, without a percentage
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the charts…"));
    m_busy->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_period, m_year, m_team, m_pipeline, m_currency})
        layout->addWidget(box);
    layout->addStretch(1);
    layout->addWidget(m_busy);
    for (QComboBox* box : {m_period, m_year, m_team, m_pipeline})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::filterChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::currencyChanged);
}

DashboardFilter DashboardFilterBar::filter() const {
    DashboardFilter f;
    f.period = PeriodKind(m_period->currentData().toInt());
    f.fiscalYear = m_year->currentData().toInt();
    const QString team = m_team->currentData().toString();
    if (team.startsWith(kUnder))
        f.filter.underUser = team.mid(kUnder.size());
    else if (team.startsWith(kTeam))
        f.filter.team = team.mid(kTeam.size());
    f.filter.pipeline = m_pipeline->currentData().toString();
    return f;
}

QString DashboardFilterBar::currency() const {
    return m_currency->currentIndex() > 0 ? m_currency->currentData().toString() : QString();
}

void DashboardFilterBar::setChoices(const ForecastEngine& engine, const QList<int>& years, int shownYear,
                                    const QList<std::pair<QString, QString>>& pipelines, const QString& reporting,
                                    const QStringList& rated) {
    QList<std::pair<QString, QVariant>> items;
    for (const int year : years)
        items.append({tr("FY%1", "a fiscal year").arg(year), year});
    refill(m_year, items, shownYear);

    const ForecastInput& in = engine.input();
    QList<int> managers;
    QStringList teams;
    for (const ForecastUser& user : in.users) {
        if (user.manager >= 0 && !managers.contains(user.manager))
            managers.append(user.manager);
        if (!user.team.isEmpty() && !teams.contains(user.team))
            teams.append(user.team);
    }
    std::ranges::sort(managers, [&in](int a, int b) {
        return std::pair(depthOf(in, a), in.users.at(a).name.toLower()) <
               std::pair(depthOf(in, b), in.users.at(b).name.toLower());
    });
    std::ranges::sort(teams, [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    items = {{tr("Everyone"), QString()}};
    for (const int m : std::as_const(managers))
        items.append({tr("%1 and their team").arg(in.users.at(m).name), QString(kUnder + in.users.at(m).id)});
    for (const QString& team : std::as_const(teams))
        items.append({tr("Team %1").arg(team), QString(kTeam + team)});
    refill(m_team, items, QString());

    items = {{tr("All pipelines"), QString()}};
    if (pipelines.size() > 1)
        for (const auto& [key, name] : pipelines)
            items.append({name, key});
    refill(m_pipeline, items, QString());
    m_pipeline->setVisible(pipelines.size() > 1);

    items = {{reporting, reporting}};
    for (const QString& code : rated)
        if (code != reporting)
            items.append({code, code});
    refill(m_currency, items, reporting);
    m_currency->setVisible(items.size() > 1);
}

void DashboardFilterBar::setBusy(bool busy) {
    m_busy->setVisible(busy);
}

bool DashboardFilterBar::isFiltering() const {
    return m_team->currentIndex() > 0 || m_pipeline->currentIndex() > 0;
}

void DashboardFilterBar::clear() {
    for (QComboBox* box : {m_team, m_pipeline}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    emit filterChanged();
}

void DashboardFilterBar::focusSearch() {
    m_team->setFocus(Qt::ShortcutFocusReason);
    m_team->showPopup();
}

} // namespace Fieldbook
