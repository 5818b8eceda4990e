#include "LanguageSettings.h"

#include "store/db/Database.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString LanguageSettings::key() {
    return u"ui.language"_s;
}

QLocale LanguageSettings::userLocale(const Database& db) {
    const QString chosen = db.setting(key());
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace Fieldbook
