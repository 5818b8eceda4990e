#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Fieldbook {

QString installTranslations(const QLocale& locale) {
    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // A language without its own translation still gets the English plural forms.
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("fieldbook"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QLocale(QLocale::English), QStringLiteral("fieldbook"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return own->language();
    }
    delete own;
    return {};
}

QString translationLanguage(const QLocale& locale) {
    QTranslator probe;
    if (locale.language() != QLocale::C &&
        probe.load(locale, QStringLiteral("fieldbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return probe.language();
    return QStringLiteral("en_US");
}

} // namespace Fieldbook
