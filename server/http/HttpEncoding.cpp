#include "HttpEncoding.h"

#include <QList>
#include <QtEndian>

namespace Fieldbook::Server::HttpEncoding {

bool acceptsGzip(const QByteArray& acceptEncoding) {
    for (const QByteArray& item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        if (coding != "gzip" && coding != "x-gzip" && coding != "*")
            continue;
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double q = parameter.mid(2).toDouble(&ok);
                refused = !ok || q <= 0.0;
            }
        }
        if (!refused)
            return true;
    }
    return false;
}

qint64 gzipDeclaredSize(const QByteArray& gzip) {
    constexpr qsizetype kMinimumGzip = 18; // 10 bytes of header, 8 of trailer
    if (gzip.size() < kMinimumGzip)
        return -1;
    return qFromLittleEndian<quint32>(gzip.constData() + gzip.size() - 4);
}

} // namespace Fieldbook::Server::HttpEncoding
