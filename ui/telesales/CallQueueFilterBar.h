#pragma once

#include "domain/CallList.h"
#include "widgets/SectionFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Fieldbook {

/// The bar over the telesales queue: which list to work (every list by default) and how far the
/// user is with it.
class CallQueueFilterBar final : public QWidget, public SectionFilter {
    Q_OBJECT
public:
    explicit CallQueueFilterBar(QWidget* parent = nullptr);

    /// Offers `lists` (the current choice kept while it is still there).
    void setLists(const QList<CallList>& lists);
    /// The chosen list's id; empty for every list.
    QString listId() const;
    /// "12 to call · 3 callbacks due · 40 calls today"
    void setProgress(const QString& text);

    bool isFiltering() const override;
    void clear() override;
    void focusSearch() override;

signals:
    void listChanged();

private:
    QComboBox* m_list;
    QLabel* m_progress;
};

} // namespace Fieldbook
