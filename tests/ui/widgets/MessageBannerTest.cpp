#include "../ListChecks.h"
#include "StringMakers.h"

#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("a banner floating over a view lies over its foot and follows its size", "[ui][banner]") {
    QWidget window;
    auto* title = new QLabel(u"Contacts"_s, &window);
    auto* view = new QTableView(&window);
    QStandardItemModel model(30, 2);
    view->setModel(&model);
    auto* banner = new MessageBanner(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    banner->floatOver(view);
    window.resize(500, 400);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect viewBefore = view->geometry();

    banner->showMessage(u"Deleted “Ada Lovelace”."_s, MessageBanner::Type::Information);
    Test::settle();
    CHECK(view->geometry() == viewBefore); // the layout did not make room: nothing moved
    CHECK(banner->isVisible());
    CHECK(viewBefore.contains(banner->geometry()));
    CHECK(banner->geometry().bottom() > viewBefore.center().y());

    // A long message wraps to more lines, still inside the view; a resize carries the banner along.
    banner->showMessage(u"word "_s.repeated(40), MessageBanner::Type::Error);
    window.resize(320, 500);
    Test::settle();
    CHECK(view->geometry().contains(banner->geometry()));
    CHECK(banner->width() > view->width() / 2);
}
