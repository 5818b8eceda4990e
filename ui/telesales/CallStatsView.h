#pragma once

#include <QDate>
#include <QWidget>

class QVBoxLayout;

namespace Fieldbook {

class ChartCard;
class Database;
struct ChartData;

/// The call statistics as charts (docs/telesales.md, Statistics): calls and connects per day of
/// the month and per hour of day, of every call the device holds (a manager's: the team's).
class CallStatsView final : public QWidget {
    Q_OBJECT
public:
    explicit CallStatsView(Database& db, QWidget* parent = nullptr);

    /// Reads the calls of the month of `day` and draws the charts again.
    void showMonth(QDate day);
    QList<ChartCard*> cards() const { return m_cards; }

signals:
    void failed(const QString& message);

private:
    Database& m_db;
    QVBoxLayout* m_layout; ///< the days over the full width, the hours under them
    QList<ChartCard*> m_cards;
};

} // namespace Fieldbook
