#pragma once

#include <QStringList>

namespace Fieldbook {

/// Tags as typed in one field: "vip, newsletter" <-> {"vip", "newsletter"}.
class TagsText final {
public:
    static QStringList split(const QString& text);
    static QString join(const QStringList& tags);
};

} // namespace Fieldbook
