#pragma once

#include <QList>
#include <QStringList>

namespace Fieldbook {

/// Values people pick from a list, stored as stable English keys and shown in the user's
/// language. Each entry's English text is marked with QT_TRANSLATE_NOOP in the picklist's context,
/// so that the translations find it; a value the list does not know (typed, imported, written by a
/// newer release) is shown and stored as it is.
class Picklist final {
public:
    struct Entry {
        const char* key;  ///< as stored; matched without regard to case
        const char* text; ///< the English name, marked for translation in `context`
    };

    Picklist(const char* context, QList<Entry> entries);

    /// Every key, in the list's order.
    QStringList keys() const;
    /// `value` as shown: the translated name of a known key, else `value` itself.
    QString name(const QString& value) const;
    /// What to store for a name the user picked or typed: the key whose translated or English name
    /// (or key) it is, ignoring case and surrounding spaces; else the trimmed text.
    QString key(const QString& shown) const;
    bool contains(const QString& value) const;

private:
    const Entry* find(const QString& value) const;

    const char* m_context;
    QList<Entry> m_entries;
};

} // namespace Fieldbook
