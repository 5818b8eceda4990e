#include "DocumentLanguage.h"

#include "Translations.h"

#include <QTranslator>

namespace Fieldbook {

DocumentLanguage::DocumentLanguage(const QLocale& locale)
    : m_locale(locale)
    , m_translator(loadTranslator(locale)) {}

QString DocumentLanguage::text(const char* context, const char* source) const {
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace Fieldbook
