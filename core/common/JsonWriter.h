#pragma once

#include <QString>
#include <QStringView>

#include <utility>

namespace Fieldbook {

/// Compact JSON text written straight into a string, without building a document first: for the
/// hot write paths (outbox entries, list fields), where QJsonDocument's allocations cost more than
/// the database work. Strings and keys are escaped as RFC 8259 requires.
class JsonWriter final {
public:
    void beginObject() { open(u'{'); }
    void endObject() { close(u'}'); }
    void beginArray() { open(u'['); }
    void endArray() { close(u']'); }
    /// The next member's name; its value follows with one of the value calls.
    void key(QStringView name);
    void value(QStringView text);
    void value(qint64 number);
    void value(bool flag);
    void null();

    QString take() { return std::exchange(m_text, {}); }

private:
    void open(char16_t bracket);
    void close(char16_t bracket);
    void separate();
    void appendString(QStringView text);

    QString m_text;
    bool m_needComma = false;
};

} // namespace Fieldbook
