#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

namespace Fieldbook {

/// Paints the task list (TaskListModel): a group as its title and count; a task as its check box,
/// priority mark, title (struck through when done), due time relative to now (in the warning
/// colour when overdue) and the names of the records it is linked to.
class TaskDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TaskDelegate(QObject* parent = nullptr);

    /// The time "today" and "overdue" are read against (the model's last reload).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintTask(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    std::function<QDateTime()> m_now;
};

} // namespace Fieldbook
