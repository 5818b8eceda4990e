#include "../ModalDialogs.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "dashboard/QuotaGridDialog.h"
#include "dashboard/QuotaGridView.h"
#include "models/QuotaGridModel.h"
#include "store/records/CurrencySettings.h"
#include "store/records/QuotaRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// Numbers as in English whatever the machine's locale; the locale before is put back.
struct EnglishNumbers {
    QLocale before;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishNumbers() { QLocale::setDefault(before); }
    Q_DISABLE_COPY_MOVE(EnglishNumbers)
};

/// Dana (the local user, a manager) and Bo and Cy below her; amounts in EUR, the fiscal year is
/// the calendar year. The grid shows FY2027's quarters: columns Q1–Q4 are 1–4.
struct QuotaDialogFixture {
    EnglishNumbers english;
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QMap<QString, QString> ids;
    std::unique_ptr<QuotaGridDialog> dialog;

    explicit QuotaDialogFixture(UserRole role = UserRole::Manager) {
        REQUIRE(CurrencySettings::save(tmp.db(), CurrencyRates(u"EUR"_s)));
        UserRepository users(tmp.db());
        User me = *users.localUser();
        me.name = u"Dana"_s;
        me.role = role;
        REQUIRE(users.save(me));
        ids.insert(u"Dana"_s, me.id);
        for (const QString& name : {u"Bo"_s, u"Cy"_s}) {
            User u;
            u.name = name;
            u.managerId = me.id;
            ids.insert(name, users.save(u)->id);
        }
        dialog = std::make_unique<QuotaGridDialog>(context);
        dialog->showYear(2027, false);
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }
    QuotaGridView* view() const { return dialog->view(); }
    /// The grid's index of a person's row and a column, as the view shows it.
    QModelIndex cell(const QString& name, int column) const {
        const int row = dialog->grid()->rowOf(ids.value(name));
        REQUIRE(row >= 0);
        return view()->model()->index(row, column);
    }
    qint64 stored(const QString& name, QDate first) {
        const auto all = QuotaRepository(tmp.db()).all();
        REQUIRE(all);
        for (const Quota& q : *all)
            if (q.userId == ids.value(name) && q.periodKind == u"quarter"_s && q.periodStart == first)
                return q.amount;
        return -1;
    }
};

/// Types `text` into the grid: the first key opens the cell's editor, the rest go to the editor.
void type(QuotaGridView* view, const QString& text) {
    QTest::keyClick(view, text.at(0).toLatin1());
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
}

} // namespace

TEST_CASE("typing into a cell of the quota grid stores the quota, Enter moves down and Undo takes it back",
          "[ui][dashboard][quota]") {
    QuotaDialogFixture f;
    QuotaGridView* view = f.view();
    view->setFocus();
    view->setCurrentIndex(f.cell(u"Bo"_s, 1));
    type(view, u"12500.5"_s);
    REQUIRE(view->isEditing());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!view->isEditing());
    CHECK(f.stored(u"Bo"_s, QDate(2027, 1, 1)) == 12'500'50);
    CHECK(f.cell(u"Bo"_s, 1).data().toString() == u"12,500.50"_s);
    CHECK(f.cell(u"Bo"_s, 5).data().toString() == u"12,500.50"_s);   // the year: the sum of its quarters
    CHECK(f.cell(u"Dana"_s, 6).data().toString() == u"12,500.50"_s); // Dana's team
    CHECK(view->currentIndex() == f.cell(u"Cy"_s, 1));

    // Tab moves right: Cy's Q1, then Q2.
    type(view, u"7"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(f.stored(u"Cy"_s, QDate(2027, 1, 1)) == 7'00);
    CHECK(view->currentIndex().column() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    auto* undo = f.dialog->findChild<QPushButton*>(u"quotaUndoButton"_s);
    REQUIRE(undo->isEnabled());
    undo->click();
    CHECK(f.stored(u"Cy"_s, QDate(2027, 1, 1)) == -1);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 1, 1)) == 12'500'50);
    undo->click();
    CHECK(f.stored(u"Bo"_s, QDate(2027, 1, 1)) == -1);
    CHECK(f.cell(u"Bo"_s, 1).data().toString().isEmpty());
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("a block of numbers from a spreadsheet pastes into the quota grid as one undo step",
          "[ui][dashboard][quota]") {
    QuotaDialogFixture f;
    QuotaGridView* view = f.view();
    view->setFocus();
    view->setCurrentIndex(f.cell(u"Bo"_s, 2));
    QApplication::clipboard()->setText(u"1,000\t2000\t3000.25\r\n4000\t\t6000\r\n"_s);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 4, 1)) == 1'000'00);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 7, 1)) == 2'000'00);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 10, 1)) == 3'000'25);
    CHECK(f.stored(u"Cy"_s, QDate(2027, 4, 1)) == 4'000'00);
    CHECK(f.stored(u"Cy"_s, QDate(2027, 7, 1)) == -1); // an empty cell removes (here: sets nothing)
    CHECK(f.stored(u"Cy"_s, QDate(2027, 10, 1)) == 6'000'00);
    CHECK(f.cell(u"Bo"_s, 5).data().toString() == u"6,000.25"_s);
    CHECK(f.undo.undoDescription() == u"5 quotas changed"_s);

    // A block with a word in it writes nothing and says why.
    view->setCurrentIndex(f.cell(u"Bo"_s, 1));
    view->pasteText(u"5\tfive\n"_s);
    CHECK(f.dialog->banner()->isVisible());
    CHECK(f.dialog->banner()->text() == u"“five” is not an amount in EUR."_s);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 1, 1)) == -1);

    REQUIRE(f.undo.undo());
    CHECK(f.stored(u"Bo"_s, QDate(2027, 10, 1)) == -1);
    CHECK(f.stored(u"Cy"_s, QDate(2027, 4, 1)) == -1);

    // Delete clears the selected quotas.
    REQUIRE(f.undo.redo());
    view->selectionModel()->select(QItemSelection(f.cell(u"Bo"_s, 2), f.cell(u"Cy"_s, 2)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 4, 1)) == -1);
    CHECK(f.stored(u"Cy"_s, QDate(2027, 4, 1)) == -1);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 7, 1)) == 2'000'00);
}

TEST_CASE("the quota grid imports a CSV file through the import services and lists its rejected rows",
          "[ui][dashboard][quota]") {
    QuotaDialogFixture f;
    const QString path = f.tmp.dir() + u"/quotas.csv"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("user,period,amount\nBo,FY2027-Q4,5000\nNobody,FY2027-Q4,1\nCy,FY2027-Q9,1\n");
    file.close();
    f.dialog->importCsv(path);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 10, 1)) == 5'000'00);
    QTRY_COMPARE(f.cell(u"Bo"_s, 4).data().toString(), u"5,000.00"_s);
    MessageBanner* banner = f.dialog->banner();
    CHECK(banner->type() == MessageBanner::Type::Warning);
    CHECK(banner->text() == u"quotas.csv: 1 new, 0 updated, 2 rejected."_s);
    QStringList rejected;
    Test::whenShown<QDialog>([&](QDialog* shown) {
        const QAbstractItemModel* rows = shown->findChild<QTableView*>()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            rejected.append(rows->index(row, 0).data().toString() + u' ' + rows->index(row, 1).data().toString());
        shown->reject();
    });
    REQUIRE(banner->triggerAction());
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).startsWith(u"3 "_s)); // the header is row 1
    CHECK(rejected.at(0).contains(u"Nobody"_s));
    CHECK(rejected.at(1).startsWith(u"4 "_s));
    CHECK(rejected.at(1).contains(u"FY2027-Q9"_s));
}

TEST_CASE("a representative sees the quota grid read-only", "[ui][dashboard][quota]") {
    QuotaDialogFixture f(UserRole::Rep);
    CHECK(f.dialog->findChild<QLabel*>(u"quotaNote"_s)
              ->text()
              .startsWith(u"Only managers and administrators can set quotas"_s));
    CHECK_FALSE(f.dialog->findChild<QPushButton*>(u"quotaImportButton"_s)->isEnabled());
    QuotaGridView* view = f.view();
    view->setFocus();
    view->setCurrentIndex(f.cell(u"Bo"_s, 1));
    QTest::keyClicks(view, u"5"_s);
    CHECK_FALSE(view->isEditing());
    view->pasteText(u"5\n"_s);
    CHECK(f.dialog->banner()->text() == u"Only managers and administrators can set quotas."_s);
    CHECK(f.stored(u"Bo"_s, QDate(2027, 1, 1)) == -1);
}
