#include "ServerAddress.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::ServerAddress {

QString normalised(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return url.toString();
    QUrl clean;
    const QString scheme = url.scheme().toLower();
    clean.setScheme(scheme);
    clean.setHost(url.host().toLower());
    const int defaultPort = scheme == u"http"_s ? 80 : 443;
    if (url.port() > 0 && url.port() != defaultPort)
        clean.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    clean.setPath(path);
    return clean.toString();
}

bool same(const QString& a, const QString& b) {
    return normalised(QUrl(a)) == normalised(QUrl(b));
}

} // namespace Fieldbook::ServerAddress
