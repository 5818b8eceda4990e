#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Fieldbook {

std::unique_ptr<QTranslator> loadTranslator(const QLocale& locale) {
    // A language without its own translation still gets the English plural forms.
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("fieldbook"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QLocale(QLocale::English), QStringLiteral("fieldbook"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        return own;
    return nullptr;
}

QString installTranslations(const QLocale& locale) {
    auto* app = QCoreApplication::instance();
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    std::unique_ptr<QTranslator> own = loadTranslator(locale);
    if (!own)
        return {};
    own->setParent(app);
    QCoreApplication::installTranslator(own.get());
    return own.release()->language();
}

QStringList translatedLanguages() {
    QStringList languages;
    const QString prefix = QStringLiteral("fieldbook_");
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files))
        languages.append(QLocale(file.mid(prefix.size()).chopped(3)).name()); // "fieldbook_en.qm" -> "en_US"
    languages.sort();
    return languages;
}

QString translationLanguage(const QLocale& locale) {
    QTranslator probe;
    if (locale.language() != QLocale::C &&
        probe.load(locale, QStringLiteral("fieldbook"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return probe.language();
    return QStringLiteral("en_US");
}

} // namespace Fieldbook
