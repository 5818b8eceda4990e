#include "UrlCatcher.h"

#include <QDesktopServices>

namespace Fieldbook::Test {

UrlCatcher::UrlCatcher(QString scheme)
    : m_scheme(std::move(scheme)) {
    QDesktopServices::setUrlHandler(m_scheme, this, "open");
}

UrlCatcher::~UrlCatcher() {
    QDesktopServices::unsetUrlHandler(m_scheme);
}

} // namespace Fieldbook::Test
