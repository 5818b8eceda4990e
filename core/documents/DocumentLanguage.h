#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Fieldbook {

/// The language a document is written in: its locale formats numbers and dates, and Fieldbook's
/// translation of that language gives the document's words, whatever language the application
/// itself runs in (the customer's language on a quote, not the user's).
class DocumentLanguage final {
public:
    explicit DocumentLanguage(const QLocale& locale);

    const QLocale& locale() const { return m_locale; }
    /// `source`, marked with QT_TRANSLATE_NOOP(context, ...), in this language; the source itself
    /// when the language has no translation of it.
    [[nodiscard]] QString text(const char* context, const char* source) const;

private:
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; ///< shared by copies; null without a translation
};

} // namespace Fieldbook
