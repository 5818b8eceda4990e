#pragma once

#include "CalendarEntry.h"
#include "CalendarPeriod.h"

#include <QAbstractScrollArea>
#include <QTimeZone>

namespace Fieldbook {

class CalendarEntryPainter;

/// The agenda (docs/calendar-views.md): the entries of a range of days as a list grouped by day
/// under date headings, all-day entries first, each with its time range, title, location and owner.
/// An entry over several days is listed on each. Up and Down select, Enter opens, Delete asks to
/// delete.
class CalendarAgendaView final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarAgendaView)
public:
    explicit CalendarAgendaView(QWidget* parent = nullptr);

    void setRange(const CalendarRange& range);
    void setEntries(const QList<CalendarEntry>& entries);
    void setDisplayZone(const QTimeZone& zone);

    QString selectedKey() const;
    void selectEntry(const QString& key);
    /// The listed rows (for tests): a heading's date, or an entry's key under its date.
    QStringList rowTexts() const;
    /// Where the first row of the entry is (viewport coordinates), or an empty rectangle.
    QRect entryRect(const QString& key) const;

signals:
    void activated(const QString& key);
    void deleteRequested(const QString& key);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Row {
        QDate date;
        int entry = -1; // -1: the date's heading
        int top = 0;
        int height = 0;
    };
    struct Columns {
        int time = 0;
        int title = 0;
        int location = 0;
        int owner = 0;
    };

    void relayout();
    int rowAt(const QPoint& viewportPoint) const;
    void selectRow(int row);
    void paintHeading(QPainter& painter, const Row& row) const;
    void paintEntry(QPainter& painter, const CalendarEntryPainter& painterFor, const Row& row) const;
    void paintMarks(QPainter& painter, const CalendarEntry& entry, QPoint at, int size) const;
    QString timeText(const CalendarEntry& entry, QDate date) const;

    CalendarRange m_range;
    QList<CalendarEntry> m_entries;
    QList<Row> m_rows;
    Columns m_columns;
    QTimeZone m_zone;
    int m_selected = -1; // index into m_rows
};

} // namespace Fieldbook
