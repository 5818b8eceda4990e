#include "../ModalDialogs.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "SettingsDialog.h"

#include "SettableClock.h"
#include "common/Clock.h"
#include "models/PipelineBoardModel.h"
#include "opportunities/BoardColumn.h"
#include "opportunities/BoardColumnView.h"
#include "common/ReasonDialog.h"
#include "opportunities/OpportunitiesSection.h"
#include "opportunities/OpportunityDialog.h"
#include "opportunities/PipelineBoardView.h"
#include "store/records/CurrencySettings.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "widgets/CurrencyRatesEditor.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using Fieldbook::Test::whenShown;

namespace {

struct BoardFixture : Test::WorkspaceFixture {
    OpportunitiesSection* section = nullptr;
    QString accountId;

    BoardFixture() {
        Account account;
        account.name = u"苏州智远科技"_s;
        accountId = AccountRepository(tmp.db()).save(account)->id;
        section = window->opportunities();
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
        section->setMode(OpportunitiesSection::Mode::Board);
    }

    QString add(const QString& name, qint64 amount, const QString& currency, const QString& stage) {
        Opportunity o;
        o.name = name;
        o.accountId = accountId;
        o.amount = amount;
        o.currency = currency;
        o.stage = stage;
        o.closeDate = QDate(2026, 6, 30);
        auto saved = OpportunityRepository(tmp.db()).save(o);
        REQUIRE(saved);
        return saved->id;
    }

    Opportunity stored(const QString& id) { return OpportunityRepository(tmp.db()).get(id).value(); }

    BoardColumnView* columnView(const QString& stage) {
        BoardColumn* column = child<BoardColumn>(section, u"boardColumn_"_s + stage);
        return column->view();
    }

    /// What a drag from one column onto another delivers: the source model's MIME data for the
    /// card, entering, moving over and dropped on the target column's viewport.
    bool drop(const QString& id, const QString& toStage) {
        const QModelIndex card = section->boardModel()->cardIndex(id);
        REQUIRE(card.isValid());
        const std::unique_ptr<QMimeData> data(section->boardModel()->mimeData({card}));
        BoardColumnView* target = columnView(toStage);
        QWidget* viewport = target->viewport();
        const QPoint pos = viewport->rect().center();
        QDragEnterEvent enter(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QDropEvent dropped(QPointF(pos), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);
        return dropped.isAccepted();
    }
};

QStringList cards(BoardColumnView* view) {
    QStringList names;
    for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row)
        names.append(view->model()->index(row, 0, view->rootIndex()).data().toString());
    return names;
}

} // namespace

TEST_CASE("a card dragged onto another column is saved in that stage, and undo puts it back", "[ui][board]") {
    BoardFixture f;
    const QString id = f.add(u"年度框架协议"_s, 50'000'000, u"CNY"_s, u"prospecting"_s);
    CHECK(cards(f.columnView(u"prospecting"_s)) == QStringList{u"年度框架协议"_s});

    REQUIRE(f.drop(id, u"proposal"_s));
    CHECK(f.stored(id).stage == u"proposal"_s);
    CHECK(f.stored(id).probability == 50);
    CHECK(cards(f.columnView(u"prospecting"_s)).isEmpty());
    CHECK(cards(f.columnView(u"proposal"_s)) == QStringList{u"年度框架协议"_s});
    CHECK(f.section->banner()->text().contains(u"Proposal"_s));
    CHECK(f.child<QLabel>(f.columnView(u"proposal"_s)->parentWidget(), u"stageCount"_s)->text() == u"1"_s);

    REQUIRE(f.section->banner()->triggerAction()); // Undo
    CHECK(f.stored(id).stage == u"prospecting"_s);
    CHECK(f.stored(id).probability == 10);
    CHECK(cards(f.columnView(u"prospecting"_s)) == QStringList{u"年度框架协议"_s});

    // A drop of something else than cards is refused.
    QMimeData text;
    text.setText(u"not a card"_s);
    QWidget* viewport = f.columnView(u"won"_s)->viewport();
    QDragEnterEvent enter(viewport->rect().center(), Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("moving a card to Lost asks for the reason, and cancelling leaves it where it was", "[ui][board]") {
    BoardFixture f;
    const QString id = f.add(u"Pilot"_s, 100'000, u"EUR"_s, u"negotiation"_s);

    bool asked = false;
    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    f.drop(id, u"lost"_s);
    CHECK(asked);
    CHECK(f.stored(id).stage == u"negotiation"_s);
    CHECK(cards(f.columnView(u"negotiation"_s)) == QStringList{u"Pilot"_s});

    whenShown<ReasonDialog>([](ReasonDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no reason yet
        auto* reason = dialog->findChild<QComboBox*>(u"lossReasonCombo"_s);
        QTest::keyClicks(reason->lineEdit(), u"Chose a cheaper vendor"_s);
        CHECK(ok->isEnabled());
        ok->click();
    });
    REQUIRE(f.drop(id, u"lost"_s));
    const Opportunity lost = f.stored(id);
    CHECK(lost.stage == u"lost"_s);
    CHECK(lost.closeReason == u"Chose a cheaper vendor"_s);
    CHECK(lost.probability == 0);
    CHECK(cards(f.columnView(u"lost"_s)) == QStringList{u"Pilot"_s});
}

TEST_CASE("board columns show totals in the reporting currency and what they could not convert", "[ui][board]") {
    BoardFixture f;
    CurrencyRates rates(u"EUR"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
    REQUIRE(CurrencySettings::save(f.tmp.db(), rates));
    f.section->reloadCurrencySettings();
    f.add(u"Alpha"_s, 100'000, u"EUR"_s, u"proposal"_s);  // 1,000.00 EUR
    f.add(u"Bravo"_s, 50'000, u"USD"_s, u"proposal"_s);   // 500.00 USD = 460.00 EUR
    f.add(u"Charlie"_s, 70'000, u"GBP"_s, u"proposal"_s); // no rate
    QWidget* column = f.columnView(u"proposal"_s)->parentWidget();
    CHECK(f.child<QLabel>(column, u"stageCount"_s)->text() == u"3"_s);
    CHECK(f.child<QLabel>(column, u"stageTotal"_s)->text() == u"1,460.00 EUR"_s);
    CHECK(f.child<QLabel>(column, u"stageWeighted"_s)->text() == u"Weighted: 730.00 EUR"_s);
    auto* unconverted = f.child<QLabel>(column, u"stageUnconverted"_s);
    CHECK(unconverted->isVisible());
    CHECK(unconverted->text() == u"1 in other currencies not converted"_s);
}

TEST_CASE("arrows move between cards across columns and Enter opens the card", "[ui][board]") {
    BoardFixture f;
    f.add(u"Alpha"_s, 100, u"EUR"_s, u"prospecting"_s);
    f.add(u"Bravo"_s, 100, u"EUR"_s, u"prospecting"_s);
    const QString charlie = f.add(u"Charlie"_s, 100, u"EUR"_s, u"negotiation"_s);
    f.section->board()->focusCards();
    BoardColumnView* prospecting = f.columnView(u"prospecting"_s);
    REQUIRE(QApplication::focusWidget() == prospecting);
    QTest::keyClick(prospecting, Qt::Key_Down);
    CHECK(prospecting->currentIndex().row() == 1);
    QTest::keyClick(prospecting, Qt::Key_Right); // past the empty Qualification and Proposal columns
    CHECK(QApplication::focusWidget() == f.columnView(u"negotiation"_s));
    CHECK(f.section->currentId() == charlie);

    QString opened;
    whenShown<OpportunityDialog>([&](OpportunityDialog* dialog) {
        opened = dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text();
        dialog->reject();
    });
    QTest::keyClick(f.columnView(u"negotiation"_s), Qt::Key_Return);
    CHECK(opened == u"Charlie"_s);
}

TEST_CASE("an opportunity created in the editor is stored and appears on the board", "[ui][board]") {
    BoardFixture f;
    auto* empty = f.child<QLabel>(f.section, u"emptyStateLabel"_s);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(u"No opportunities yet"_s));

    whenShown<OpportunityDialog>([&](OpportunityDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Framework agreement"_s);
        auto* account = dialog->findChild<QLineEdit*>(u"accountPicker"_s);
        for (const QChar c : u"苏州智远科技"_s) // keyClicks types Latin-1 only
            QTest::sendKeyEvent(QTest::KeyAction::Click, account, Qt::Key_unknown, c, Qt::NoModifier);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"1,234.5"_s);
        dialog->findChild<QComboBox*>(u"currencyCombo"_s)->setCurrentText(u"USD"_s);
        auto* stage = dialog->findChild<QComboBox*>(u"stageCombo"_s);
        stage->setCurrentIndex(stage->findData(u"qualification"_s));
        dialog->save();
    });
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(cards(f.columnView(u"qualification"_s)) == QStringList{u"Framework agreement"_s});
    BoardColumnView* qualification = f.columnView(u"qualification"_s);
    const QString id =
        qualification->model()->index(0, 0, qualification->rootIndex()).data(PipelineBoardModel::IdRole).toString();
    REQUIRE_FALSE(id.isEmpty());
    const Opportunity saved = f.stored(id);
    CHECK(saved.accountId == f.accountId);
    CHECK(saved.amount == 123'450);
    CHECK(saved.currency == u"USD"_s);
    CHECK(saved.probability == 25);
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("the opportunity list filters by stage and sorts by amount", "[ui][board]") {
    BoardFixture f;
    f.add(u"Small"_s, 100, u"EUR"_s, u"prospecting"_s);
    f.add(u"Large"_s, 900, u"EUR"_s, u"prospecting"_s);
    f.add(u"Other"_s, 500, u"EUR"_s, u"proposal"_s);
    f.section->setMode(OpportunitiesSection::Mode::List);
    auto* list = f.child<QTableView>(f.section, u"opportunityList"_s);
    REQUIRE(list->isVisible());
    CHECK(list->model()->rowCount() == 3);
    list->sortByColumn(3, Qt::DescendingOrder); // amount
    CHECK(list->model()->index(0, 0).data().toString() == u"Large"_s);
    CHECK(list->model()->index(0, 3).data().toString() == u"9.00 EUR"_s);
    auto* stage = f.child<QComboBox>(f.section, u"stageFilter"_s);
    stage->setCurrentIndex(stage->findData(u"proposal"_s));
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString() == u"Other"_s);
    CHECK(f.window->currentSection()->statusText() == u"Opportunities: 1"_s);
}

TEST_CASE("the reporting currency and rates are set in the settings and the board adds up with them", "[ui][board]") {
    BoardFixture f;
    f.add(u"Alpha"_s, 100'000, u"USD"_s, u"proposal"_s); // 1,000.00 USD
    SettingsDialog dialog(f.tmp.db(), f.window.get());
    auto* reporting = f.child<QComboBox>(&dialog, u"reportingCurrencyCombo"_s);
    reporting->setCurrentText(u"CNY"_s);
    auto* editor = f.child<CurrencyRatesEditor>(&dialog, u"currencyRatesEditor"_s);
    editor->addRow(u"usd"_s, u"7,1234"_s); // a decimal comma is read as well
    editor->addRow(u"EURO"_s, u"7.8"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept(); // refused: the code names no currency
    CHECK(MessageBox::lastText().contains(u"EURO"_s));
    CHECK(f.tmp->setting(CurrencySettings::reportingCurrencyKey()).isEmpty()); // nothing saved

    auto* table = f.child<QTableWidget>(&dialog, u"ratesTable"_s);
    table->item(1, 0)->setText(u"EUR"_s);
    dialog.accept();
    const CurrencyRates saved = CurrencySettings::load(f.tmp.db());
    CHECK(saved.reportingCurrency() == u"CNY"_s);
    CHECK(saved.rate(u"USD"_s) == ExchangeRate::parse(u"7.1234"));
    CHECK(saved.rate(u"EUR"_s) == ExchangeRate::parse(u"7.8"));

    f.section->reloadCurrencySettings(); // what the main window does when the dialog is accepted
    QWidget* column = f.columnView(u"proposal"_s)->parentWidget();
    CHECK(f.child<QLabel>(column, u"stageTotal"_s)->text() == u"7,123.40 CNY"_s); // 1,000.00 × 7.1234
}

TEST_CASE("a card moved to Won or Lost closes today unless the loss dialog names another day, and undo and redo "
          "follow",
          "[ui][board]") {
    BoardFixture f;
    const QDate today(2026, 11, 5);
    const Test::SettableClock clock(QDateTime(QDate(2026, 11, 5), QTime(10, 0)));   // back at the end, also on failure
    const QString won = f.add(u"Framework"_s, 100'000, u"EUR"_s, u"negotiation"_s); // expected 2026-06-30
    REQUIRE(f.drop(won, u"won"_s));
    CHECK(f.stored(won).closeDate == today);

    auto* undo = f.child<QAction>(f.window.get(), u"undoAction"_s);
    auto* redo = f.child<QAction>(f.window.get(), u"redoAction"_s);
    undo->trigger();
    CHECK(f.stored(won).stage == u"negotiation"_s);
    CHECK(f.stored(won).closeDate == QDate(2026, 6, 30));
    REQUIRE(redo->isEnabled());
    redo->trigger();
    CHECK(f.stored(won).stage == u"won"_s);
    CHECK(f.stored(won).closeDate == today);

    // Moved with the keyboard in the list: the same rule.
    const QString listed = f.add(u"Sensors"_s, 100, u"EUR"_s, u"negotiation"_s);
    f.section->setMode(OpportunitiesSection::Mode::List);
    f.section->moveToStage({listed}, u"won"_s);
    CHECK(f.stored(listed).closeDate == today);

    const QString lost = f.add(u"Pilot"_s, 100'000, u"EUR"_s, u"proposal"_s);
    QDate offered;
    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        auto* date = dialog->findChild<QDateEdit*>(u"lossDateEdit"_s);
        offered = date->date();
        date->setDate(QDate(2026, 10, 28));
        auto* reason = dialog->findChild<QComboBox*>(u"lossReasonCombo"_s);
        reason->setCurrentIndex(reason->findData(u"No budget this year"_s));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    f.section->moveToStage({lost}, u"lost"_s);
    CHECK(offered == today);
    CHECK(f.stored(lost).stage == u"lost"_s);
    CHECK(f.stored(lost).closeDate == QDate(2026, 10, 28));
    CHECK(f.stored(lost).closeReason == u"No budget this year"_s);
}
