#pragma once

#include <QWidget>

class QLabel;

namespace Fieldbook {

/// The heading of a detail pane: the record's name, a subtitle and the unsaved-changes marker.
class DetailHeader final : public QWidget {
    Q_OBJECT
public:
    explicit DetailHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title, const QString& subtitle = {});
    void setDirty(bool dirty);
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_dirty;
};

} // namespace Fieldbook
