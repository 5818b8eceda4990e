#include "TagsText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QStringList TagsText::split(const QString& text) {
    QStringList tags;
    // Chinese input methods type the full-width comma; accept it too.
    for (QString tag : text.split(QRegularExpression(u"[,，;]"_s), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString TagsText::join(const QStringList& tags) {
    return tags.join(u", "_s);
}

} // namespace Fieldbook
