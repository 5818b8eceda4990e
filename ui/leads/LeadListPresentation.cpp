#include "LeadListPresentation.h"

#include "domain/Lead.h"
#include "models/LeadListModel.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// A dot in the rating's colour, mixed into the palette so that it reads on light and dark themes.
QIcon ratingDot(const QString& rating) {
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(rating); it != cache.cend())
        return *it;
    const QColor accent = rating == u"hot"    ? QColor(0xd0, 0x30, 0x20)
                          : rating == u"warm" ? QColor(0xe0, 0x90, 0x10)
                                              : QColor(0x30, 0x80, 0xd0);
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Icons::tint(QApplication::palette().color(QPalette::Base), accent, 0.85));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *cache.insert(rating, QIcon(pixmap));
}

} // namespace

QVariant LeadListPresentation::data(const QModelIndex& index, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LeadListModel::Created)
            return QLocale().toString(QIdentityProxyModel::data(index, role).toDateTime().toLocalTime().date(),
                                      QLocale::ShortFormat);
        break;
    case Qt::DecorationRole:
        if (index.column() == LeadListModel::Rating) {
            const QString rating = index.data(LeadListModel::RatingRole).toString();
            if (!rating.isEmpty())
                return ratingDot(rating);
        }
        break;
    case Qt::ForegroundRole: {
        LeadStatus status = LeadStatus::New;
        if (parseLeadStatus(index.data(LeadListModel::StatusRole).toString(), &status) && !isOpenLeadStatus(status))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Fieldbook
