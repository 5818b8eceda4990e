#pragma once

#include "common/Error.h"

#include <QAbstractTableModel>

namespace Fieldbook {

/// What every lazily paged list model has whatever its rows: the page size, the signals and the
/// last error. The paging itself is PagedTableModel's.
class PagedListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    /// The last error met while loading (shown by the view as a banner).
    QString lastError() const { return m_lastError; }

signals:
    void loadFailed(const QString& message);
    /// The number of rows matching the filter in the whole store may have changed.
    void totalCountChanged();

protected:
    using QAbstractTableModel::QAbstractTableModel;
    void setError(const Error& error);

private:
    QString m_lastError;
};

} // namespace Fieldbook
