#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Fieldbook::Test {

/// Takes the links of `scheme` that the program opens (QDesktopServices::openUrl) for the length of
/// a test, instead of the desktop: what was opened is in urls().
class UrlCatcher final : public QObject {
    Q_OBJECT
public:
    explicit UrlCatcher(QString scheme);
    ~UrlCatcher() override;

    const QList<QUrl>& urls() const { return m_urls; }

public slots:
    void open(const QUrl& url) { m_urls.append(url); }

private:
    QString m_scheme;
    QList<QUrl> m_urls;
};

} // namespace Fieldbook::Test
