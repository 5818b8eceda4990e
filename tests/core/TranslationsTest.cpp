#include "StringMakers.h"
#include "Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// Removes what installTranslations() added, so other tests see the untranslated sources.
struct TranslatorsRemoved {
    ~TranslatorsRemoved() {
        for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

QString checkedRows(int n) {
    return QCoreApplication::translate("ProgressText", "Checked %Ln row(s)", nullptr, n);
}

} // namespace

TEST_CASE("English counts read naturally in any language without its own translation", "[translations]") {
    TranslatorsRemoved cleanup;
    CHECK(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == u"en_US"_s);
    CHECK(checkedRows(1) == u"Checked 1 row"_s);
    CHECK(checkedRows(3) == u"Checked 3 rows"_s);
}

TEST_CASE("Chinese is used where the system language is Chinese", "[translations]") {
    TranslatorsRemoved cleanup;
    CHECK(installTranslations(QLocale(QLocale::Chinese, QLocale::China)) == u"zh_CN"_s);
    CHECK_FALSE(checkedRows(3).contains(u"row"_s));
    CHECK(checkedRows(3).contains(u"3"_s));
}
