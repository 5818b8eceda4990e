#pragma once

#include <QIdentityProxyModel>

namespace Fieldbook {

/// Presentation of a core list model: instants in local time formatted by the locale, numbers
/// right-aligned, and a "do not call" marker on one column. Paging and sorting pass through.
class ListPresentationProxy final : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit ListPresentationProxy(QObject* parent = nullptr);

    /// Marks `column` with an icon when the source's `role` is true (contacts' phone column).
    void setDoNotCallMarker(int column, int role);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int m_markerColumn = -1;
    int m_markerRole = -1;
};

} // namespace Fieldbook
