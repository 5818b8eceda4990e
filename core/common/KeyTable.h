#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace Fieldbook {

/// One value of an enumeration with the key it is stored and sent as, and its name for people
/// (marked with QT_TRANSLATE_NOOP, translated by the caller in its own context).
template<typename Enum>
struct KeyName {
    Enum value;
    const char16_t* key;
    const char* name;
};

/// The storage key of `value` in `table`, which must list every value.
template<typename Enum, std::size_t N>
QString keyOf(const KeyName<Enum> (&table)[N], Enum value) {
    const auto* it = std::find_if(std::begin(table), std::end(table), [&](const auto& e) { return e.value == value; });
    return it == std::end(table) ? QString() : QString::fromUtf16(it->key);
}

/// The untranslated name of `value` in `table`.
template<typename Enum, std::size_t N>
const char* nameOf(const KeyName<Enum> (&table)[N], Enum value) {
    const auto* it = std::find_if(std::begin(table), std::end(table), [&](const auto& e) { return e.value == value; });
    return it == std::end(table) ? "" : it->name;
}

/// Sets `*value` to the entry whose key is `key`; false (and `*value` untouched) when none is.
template<typename Enum, std::size_t N>
bool parseKey(const KeyName<Enum> (&table)[N], QStringView key, Enum* value) {
    for (const auto& e : table)
        if (key == QStringView(e.key)) {
            *value = e.value;
            return true;
        }
    return false;
}

} // namespace Fieldbook
