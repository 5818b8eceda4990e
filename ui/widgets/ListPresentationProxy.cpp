#include "ListPresentationProxy.h"

#include "Icons.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ListPresentationProxy::ListPresentationProxy(QObject* parent)
    : QIdentityProxyModel(parent) {}

void ListPresentationProxy::setDoNotCallMarker(int column, int role) {
    m_markerColumn = column;
    m_markerRole = role;
}

QVariant ListPresentationProxy::data(const QModelIndex& index, int role) const {
    const bool marked = index.column() == m_markerColumn && m_markerRole >= 0 &&
                        QIdentityProxyModel::data(index, m_markerRole).toBool();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (value.typeId() == QMetaType::QDateTime)
            return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        if (marked && value.toString().isEmpty())
            return tr("Do not call");
        return value;
    }
    case Qt::DecorationRole:
        if (marked) {
            static const QIcon icon = Icons::get(u"call-stop"_s, QStyle::SP_MessageBoxWarning);
            return icon;
        }
        break;
    case Qt::ToolTipRole:
        if (marked)
            return tr("Do not call");
        break;
    case Qt::TextAlignmentRole: {
        const QVariant value = QIdentityProxyModel::data(index, Qt::DisplayRole);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Fieldbook
