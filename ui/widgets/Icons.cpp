#include "Icons.h"

#include "store/write/RecordKind.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
QIcon tinted(const QIcon& icon) {
    const QColor color = QApplication::palette().color(QPalette::WindowText);
    QIcon result;
    for (const int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap = icon.pixmap(QSize(size, size));
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), color);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result.isNull() ? icon : result;
}
} // namespace

QIcon Icons::get(const QString& themeName, QStyle::StandardPixmap fallback) {
    static const bool fallbackSet = [] {
        if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == u"hicolor") {
            QIcon::setFallbackThemeName(u"Adwaita"_s);
            // A theme read before (a line edit's clear button, a style's standard icon) kept the
            // fallback it had then; setting the search paths again drops what was read.
            QIcon::setThemeSearchPaths(QIcon::themeSearchPaths());
        }
        return true;
    }();
    Q_UNUSED(fallbackSet)
    const QIcon symbolic = QIcon::fromTheme(themeName + u"-symbolic"_s);
    if (!symbolic.isNull())
        return tinted(symbolic);
    const QIcon plain = QIcon::fromTheme(themeName);
    if (!plain.isNull())
        return plain;
    if (fallback != QStyle::SP_CustomBase)
        return QApplication::style()->standardIcon(fallback);
    return {};
}

QIcon Icons::forRecord(const QString& table) {
    // The style's icon when the theme has none, by the theme icon's name.
    static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
        {u"system-users"_s, QStyle::SP_DirIcon},
        {u"contact-new"_s, QStyle::SP_FileLinkIcon},
        {u"view-statistics"_s, QStyle::SP_FileDialogDetailedView},
        {u"x-office-document"_s, QStyle::SP_FileDialogContentsView},
    };
    static QHash<QString, QIcon> icons; // tinting draws pixmaps: once a type
    if (const auto known = icons.constFind(table); known != icons.constEnd())
        return *known;
    const RecordKind* kind = RecordKind::find(table);
    const QString name = kind ? kind->icon : RecordKind().icon;
    const QIcon icon = get(name, fallbacks.value(name, QStyle::SP_FileIcon));
    icons.insert(table, icon);
    return icon;
}

QColor Icons::tint(const QColor& base, const QColor& accent, qreal amount) {
    const auto mix = [amount](int a, int b) {
        return int(a + (b - a) * amount);
    };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
}

} // namespace Fieldbook
