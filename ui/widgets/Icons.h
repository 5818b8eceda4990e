#pragma once

#include <QIcon>
#include <QStyle>

namespace Fieldbook {

/// Icons from the desktop theme (Adwaita as fallback), tinted with the palette's text colour so
/// that symbolic icons stay visible on dark palettes; a style icon when the theme has none.
class Icons final {
public:
    static QIcon get(const QString& themeName, QStyle::StandardPixmap fallback = QStyle::SP_CustomBase);
    /// The icon records of `table` are shown with, as their type declares it (RecordKind::icon).
    static QIcon forRecord(const QString& table);
    /// A colour between the palette's window and `accent` (banners, markers); never a fixed colour.
    static QColor tint(const QColor& base, const QColor& accent, qreal amount);
};

} // namespace Fieldbook
