#include "Icons.h"

#include <QApplication>
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

QColor Icons::tint(const QColor& base, const QColor& accent, qreal amount) {
    const auto mix = [amount](int a, int b) {
        return int(a + (b - a) * amount);
    };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
}

} // namespace Fieldbook
