#pragma once

#include "CalendarPeriod.h"

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace Fieldbook {

/// The bar over the calendar: Today, previous and next period, the period's title and the switch
/// between the views. It only asks (signals); the CalendarView decides.
class CalendarNavBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarNavBar)
public:
    explicit CalendarNavBar(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    /// Checks the switch's button of `mode`.
    void setMode(CalendarMode mode);

signals:
    void todayRequested();
    /// -1: the previous period, +1: the next.
    void stepRequested(int direction);
    void modeRequested(CalendarMode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QButtonGroup* m_modes;
};

} // namespace Fieldbook
