#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace Fieldbook {

/// The event editor's reminders: several, each some minutes before the start, added from presets
/// (5, 10, 15 and 30 minutes, 1 hour, 1 day) and removed from the list.
class EventEditorReminders final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorReminders)
public:
    explicit EventEditorReminders(QWidget* parent = nullptr);

    void setMinutes(const QList<int>& minutes);
    /// Minutes before the start, earliest reminder first.
    QList<int> minutes() const;
    /// Adds a reminder `minutes` before the start (once).
    void add(int minutes);
    /// "15 minutes before", "1 day before", "At the start".
    static QString text(int minutes);

signals:
    void changed();

private:
    void show(QList<int> minutes);
    void removeCurrent();

    QListWidget* m_list;
    QToolButton* m_add;
    QToolButton* m_remove;
};

} // namespace Fieldbook
