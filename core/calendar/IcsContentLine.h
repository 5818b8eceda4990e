#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Fieldbook {

/// One parameter of a content line: the name in upper case, the value without its quotes (a list
/// of values stays joined by commas).
struct IcsParameter {
    QByteArray name;
    QString value;
};

/// One logical line of an iCalendar file (RFC 5545, 3.1): NAME;PARAM=VALUE:value.
struct IcsContentLine {
    int line = 0;    ///< the physical line (1-based) where it starts
    QByteArray name; ///< upper case
    QList<IcsParameter> parameters;
    QString value; ///< as written (TEXT still escaped)

    bool hasParameter(QByteArrayView parameterName) const;
    /// The parameter's value, empty when it is absent.
    QString parameter(QByteArrayView parameterName) const;
};

/// Splits iCalendar bytes into content lines and writes them back, folded.
class IcsContentLines final {
public:
    struct Parsed {
        QList<IcsContentLine> lines;
        QList<int> unreadable; ///< lines that are not NAME[;PARAMS]:VALUE
        QList<int> notUtf8;    ///< lines read as Latin-1 because they are not UTF-8
    };

    /// CRLF, LF or CR line ends; unfolds on bytes before decoding, so a fold inside a UTF-8 sequence
    /// joins it again; a UTF-8 byte order mark is skipped. Never fails: what cannot be read is listed.
    static Parsed parse(const QByteArray& bytes);
    /// One content line folded at 75 octets (never inside a UTF-8 sequence), each piece ending CRLF.
    static QByteArray fold(const QByteArray& line);
};

} // namespace Fieldbook
