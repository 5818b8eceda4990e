#include "../ModalDialogs.h"
#include "StringMakers.h"

#include "SettableClock.h"
#include "common/Clock.h"
#include "common/ReasonDialog.h"
#include "domain/Opportunity.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using Fieldbook::Test::whenShown;

namespace {

QPushButton* okButton(const ReasonDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QStringList items(const QComboBox* combo) {
    QStringList list;
    for (int i = 0; i < combo->count(); ++i)
        list.append(combo->itemText(i));
    return list;
}

} // namespace

TEST_CASE("the reason dialog offers the usual reasons, takes the user's words, and OK waits for a reason",
          "[ui][reasons]") {
    ReasonDialog dialog({u"whyDialog"_s,
                         u"Why"_s,
                         u"Why did it end?"_s,
                         u"whyCombo"_s,
                         {u"Too late"_s, u"Too dear"_s},
                         {},
                         {},
                         {},
                         {},
                         u"End it"_s});
    auto* reasons = dialog.findChild<QComboBox*>(u"whyCombo"_s);
    REQUIRE(reasons);
    CHECK(dialog.objectName() == u"whyDialog"_s);
    CHECK(dialog.windowTitle() == u"Why"_s);
    CHECK(dialog.findChild<QLabel*>()->text() == u"Why did it end?"_s);
    CHECK(items(reasons) == QStringList{u"Too late"_s, u"Too dear"_s});
    CHECK(reasons->currentIndex() == -1);
    CHECK(dialog.findChild<QDateEdit*>() == nullptr); // no date asked
    CHECK(okButton(&dialog)->text() == u"End it"_s);
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    QTest::keyClicks(reasons->lineEdit(), u"   "_s);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    QTest::keyClicks(reasons->lineEdit(), u"Moved abroad  "_s);
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(dialog.reason() == u"Moved abroad"_s);
    CHECK(dialog.date().isNull());
}

TEST_CASE("disqualifying asks why, naming one lead or counting several", "[ui][reasons][leads]") {
    QString question;
    QStringList offered;
    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        CHECK(dialog->objectName() == u"disqualifyDialog"_s);
        CHECK(dialog->windowTitle() == u"Disqualify"_s);
        question = dialog->findChild<QLabel*>()->text();
        auto* reasons = dialog->findChild<QComboBox*>(u"disqualifyReasonCombo"_s);
        offered = items(reasons);
        CHECK(okButton(dialog)->text() == u"Disqualify"_s);
        reasons->setCurrentIndex(1);
        okButton(dialog)->click();
    });
    CHECK(ReasonDialog::askDisqualify(nullptr, u"Ada Lovelace"_s, 1) == u"No need"_s);
    CHECK(question == u"Why is “Ada Lovelace” disqualified?"_s);
    CHECK(offered == QStringList{u"No budget"_s, u"No need"_s, u"Chose a competitor"_s, u"Cannot be reached"_s,
                                 u"Not a decision maker"_s, u"Duplicate"_s, u"Spam or fake"_s});

    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        question = dialog->findChild<QLabel*>()->text();
        dialog->reject();
    });
    CHECK_FALSE(ReasonDialog::askDisqualify(nullptr, {}, 3).has_value());
    CHECK(question == u"Why are these 3 leads disqualified?"_s);
}

TEST_CASE("losing asks why and when, and keeps a usual reason by its key", "[ui][reasons][opportunities]") {
    const Test::SettableClock clock(QDateTime(QDate(2026, 11, 5), QTime(10, 0))); // back at the end, also on failure
    const QString key = lossReasons().constFirst();
    QDate offered;
    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        CHECK(dialog->objectName() == u"lossReasonDialog"_s);
        CHECK(dialog->windowTitle() == u"Closed as lost"_s);
        CHECK(dialog->findChild<QLabel*>()->text() == u"Why was “Pilot” lost?"_s);
        CHECK(okButton(dialog)->text() == u"Close as lost"_s);
        auto* date = dialog->findChild<QDateEdit*>(u"lossDateEdit"_s);
        REQUIRE(date);
        offered = date->date();
        date->setDate(QDate(2026, 10, 28));
        auto* reasons = dialog->findChild<QComboBox*>(u"lossReasonCombo"_s);
        REQUIRE(reasons->findData(key) >= 0);
        // Typed as shown, in other case and with spaces around: still the usual reason.
        QTest::keyClicks(reasons->lineEdit(), u"  "_s + lossReasonName(key).toUpper() + u" "_s);
        okButton(dialog)->click();
    });
    const auto answer = ReasonDialog::askLoss(nullptr, u"“Pilot”"_s);
    REQUIRE(answer);
    CHECK(offered == QDate(2026, 11, 5));
    CHECK(answer->date == QDate(2026, 10, 28));
    CHECK(answer->reason == key);

    whenShown<ReasonDialog>([](ReasonDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QComboBox*>(u"lossReasonCombo"_s)->lineEdit(), u"Went with a friend"_s);
        okButton(dialog)->click();
    });
    CHECK(ReasonDialog::askLoss(nullptr, u"“Pilot”"_s)->reason == u"Went with a friend"_s);
}
