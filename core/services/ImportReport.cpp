#include "ImportReport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QJsonObject ImportReport::toJson() const {
    QJsonArray rows;
    for (const auto& r : rejected)
        rows.append(QJsonObject{{u"row"_s, r.row}, {u"reason"_s, r.reason}});
    return QJsonObject{{u"imported"_s, imported}, {u"updated"_s, updated}, {u"rejected"_s, rows}};
}

QByteArray ImportReport::toJsonText() const {
    const QJsonArray rows = toJson().value(u"rejected"_s).toArray();
    return QByteArray("{\"imported\":") + QByteArray::number(imported) + ",\"updated\":" + QByteArray::number(updated) +
           ",\"rejected\":" + QJsonDocument(rows).toJson(QJsonDocument::Compact) + '}';
}

} // namespace Fieldbook
