#include "Picklist.h"

#include <QCoreApplication>

namespace Fieldbook {

Picklist::Picklist(const char* context, QList<Entry> entries)
    : m_context(context)
    , m_entries(std::move(entries)) {}

QStringList Picklist::keys() const {
    QStringList keys;
    for (const Entry& e : m_entries)
        keys.append(QString::fromUtf8(e.key));
    return keys;
}

const Picklist::Entry* Picklist::find(const QString& value) const {
    const QString trimmed = value.trimmed();
    for (const Entry& e : m_entries)
        if (trimmed.compare(QString::fromUtf8(e.key), Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QString Picklist::name(const QString& value) const {
    const Entry* e = find(value);
    return e ? QCoreApplication::translate(m_context, e->text) : value;
}

QString Picklist::key(const QString& shown) const {
    const QString trimmed = shown.trimmed();
    for (const Entry& e : m_entries) {
        const QString names[] = {QString::fromUtf8(e.key), QString::fromUtf8(e.text),
                                 QCoreApplication::translate(m_context, e.text)};
        for (const QString& name : names)
            if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
                return QString::fromUtf8(e.key);
    }
    return trimmed;
}

bool Picklist::contains(const QString& value) const {
    return find(value) != nullptr;
}

} // namespace Fieldbook
