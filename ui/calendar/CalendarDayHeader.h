#pragma once

#include <QWidget>

namespace Fieldbook {

class CalendarTimeGrid;
struct CalendarGridState;

/// The time grid's header: the dates (today marked; a click opens the day) and the all-day strip,
/// where dragging over days asks to create an all-day entry and dragging a bar moves it by days.
/// It paints and acts on its grid's state and asks through the grid's signals.
class CalendarDayHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDayHeader)
public:
    explicit CalendarDayHeader(CalendarTimeGrid* grid);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    CalendarGridState& state() const;
    /// The bar at `pos`, as an index into the layout's bars, or -1.
    int barAt(const QPoint& pos) const;
    /// The day whose "+N" marker is at `pos`, or -1.
    int moreAt(const QPoint& pos) const;
    qint64 wallAt(const QPoint& pos) const;

    CalendarTimeGrid* m_grid;
};

} // namespace Fieldbook
