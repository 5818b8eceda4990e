// Renders the quota grid of a manager with two levels below her, by quarters and by months, on a
// 1366x768 laptop, light and dark, in English and Chinese, and checks what must hold in each: the
// grid's headers and names keep their room, the quarters fit without scrolling sideways, the
// muted sums of parts differ from the quotas entered. With the environment variable
// FIELDBOOK_QUOTA_SCREENSHOTS set to a folder the renders are saved there as
// quota-<view>-<palette>-<language>.png. For the Chinese renders, FIELDBOOK_SCREENSHOT_TRANSLATIONS may
// name a file of "context<TAB>source<TAB>translation" lines for texts the translation lacks.
#include "../calendar/Screenshots.h"
#include "ScreenshotLanguage.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "AppContext.h"
#include "dashboard/QuotaGridDialog.h"
#include "dashboard/QuotaGridView.h"
#include "models/QuotaGridModel.h"
#include "store/records/CurrencySettings.h"
#include "store/records/ForecastSource.h"
#include "store/records/QuotaRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// Dana Whitfield manages Ada Okafor (Bo Chen, 王芳), Carlos Ruiz (Eve Martin, Søren Kjær) and Li
/// Wei; the fiscal year starts in April; amounts in USD, EUR at 1.08, GBP without a rate.
struct QuotaTeam {
    Test::TempDatabase tmp;
    QMap<QString, QString> ids;

    QuotaTeam() {
        CurrencyRates rates(u"USD"_s);
        rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"1.08"));
        REQUIRE(CurrencySettings::save(tmp.db(), rates));
        REQUIRE(ForecastSource::setFiscalFirstMonth(tmp.db(), 4));
        UserRepository users(tmp.db());
        User me = *users.localUser();
        me.name = u"Dana Whitfield"_s;
        REQUIRE(users.save(me));
        ids.insert(me.name, me.id);
        for (const auto& [name, manager] :
             {std::pair{u"Ada Okafor"_s, u"Dana Whitfield"_s}, std::pair{u"Carlos Ruiz"_s, u"Dana Whitfield"_s},
              std::pair{u"Li Wei"_s, u"Dana Whitfield"_s}, std::pair{u"Bo Chen"_s, u"Ada Okafor"_s},
              std::pair{u"王芳"_s, u"Ada Okafor"_s}, std::pair{u"Eve Martin"_s, u"Carlos Ruiz"_s},
              std::pair{u"Søren Kjær"_s, u"Carlos Ruiz"_s}}) {
            User u;
            u.name = name;
            u.managerId = ids.value(manager);
            ids.insert(name, users.save(u)->id);
        }
        for (int q = 0; q < 4; ++q) {
            quota(u"Bo Chen"_s, u"quarter"_s, QDate(2026, 4, 1).addMonths(3 * q), 120'000'00);
            quota(u"Søren Kjær"_s, u"quarter"_s, QDate(2026, 4, 1).addMonths(3 * q), (90'000 + 5'000 * q) * 100,
                  q == 0 ? u"EUR"_s : u"USD"_s);
        }
        for (int m = 0; m < 12; ++m)
            quota(u"王芳"_s, u"month"_s, QDate(2026, 4, 1).addMonths(m), (38'000 + 500 * m) * 100);
        quota(u"Eve Martin"_s, u"year"_s, QDate(2026, 4, 1), 500'000'00);
        quota(u"Eve Martin"_s, u"quarter"_s, QDate(2026, 4, 1), 100'000'00);
        quota(u"Ada Okafor"_s, u"year"_s, QDate(2026, 4, 1), 1'000'000'00);
        quota(u"Li Wei"_s, u"quarter"_s, QDate(2026, 7, 1), 30'000'00, u"GBP"_s);
        me.role = UserRole::Manager;
        REQUIRE(users.save(me));
    }
    void quota(const QString& user, const QString& kind, QDate first, qint64 amount,
               const QString& currency = u"USD"_s) {
        REQUIRE(QuotaRepository(tmp.db()).set({.id = {},
                                               .userId = ids.value(user),
                                               .periodKind = kind,
                                               .periodStart = first,
                                               .amount = amount,
                                               .currency = currency}));
    }
};

/// Every header and the people's names have the room their text needs.
void checkColumns(const QuotaGridView* view) {
    const QFontMetrics fm = view->horizontalHeader()->fontMetrics();
    const QAbstractItemModel* model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        INFO(header.toStdString());
        for (const QString& line : header.split(u'\n'))
            CHECK(view->columnWidth(column) >= fm.horizontalAdvance(line));
    }
    const QFontMetrics cells = view->fontMetrics();
    for (int row = 0; row < model->rowCount(); ++row) {
        QFont bold = view->font();
        bold.setBold(true);
        const QString name = model->index(row, 0).data().toString();
        INFO(name.toStdString());
        CHECK(view->columnWidth(0) >= QFontMetrics(bold).horizontalAdvance(name));
        for (int column = 1; column < model->columnCount(); ++column)
            CHECK(view->columnWidth(column) >= cells.horizontalAdvance(model->index(row, column).data().toString()));
    }
}

} // namespace

TEST_CASE("the quota grid on a laptop, by quarters and months, light and dark, in two languages",
          "[ui][dashboard][quota][screenshots]") {
    QuotaTeam team;
    UndoHistory undo;
    AppContext context{team.tmp.db(), undo};
    for (const bool chinese : {false, true}) {
        for (const bool dark : {false, true}) {
            const Test::Language language(chinese);
            QuotaGridDialog dialog(context);
            if (dark)
                dialog.setPalette(Test::darkPalette());
            dialog.resize(1300, 700); // a 1366x768 screen under a panel and the window's frame
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            for (const bool months : {false, true}) {
                dialog.showYear(2027, months);
                QApplication::processEvents();
                QuotaGridView* view = dialog.view();
                checkColumns(view);
                if (!months)
                    CHECK(view->horizontalScrollBar()->maximum() == 0);
                const QModelIndex sum =
                    view->model()->index(dialog.grid()->rowOf(team.ids.value(u"王芳"_s)), dialog.grid()->yearColumn());
                CHECK(sum.data(Qt::ForegroundRole).value<QBrush>().color() ==
                      view->palette().color(QPalette::PlaceholderText));
                CHECK(view->palette().color(QPalette::PlaceholderText) != view->palette().color(QPalette::Text));
                Test::saveScreenshot(Test::grabbed(dialog), "FIELDBOOK_QUOTA_SCREENSHOTS",
                                     u"quota-%1-%2-%3.png"_s.arg(months ? u"months"_s : u"quarters"_s,
                                                                 dark ? u"dark"_s : u"light"_s,
                                                                 chinese ? u"zh"_s : u"en"_s));
            }
        }
    }
}
