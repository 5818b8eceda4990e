#include "GuiPhase.h"

#include "BenchTimer.h"
#include "MainWindow.h"
#include "common/RecordSection.h"
#include "contacts/ContactsSection.h"
#include "models/RecordListModel.h"
#include "store/db/Database.h"

#include <QApplication>
#include <QFile>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

double residentMegabytes() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

QJsonObject runGuiPhase(const QString& dbPath) {
    // The real workspace window, as the user starts it: open the store, build the window, paint.
    QElapsedTimer t;
    t.start();
    auto db = Database::open(dbPath);
    if (!db)
        return {{u"error"_s, db.error().message}};
    MainWindow window(**db);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    (void)window.grab(); // forces the first page to be painted
    const double open = elapsedMs(t);

    RecordListModel* model = window.contacts()->model();
    QTableView* table = window.contacts()->table();
    Samples pages;
    while (model->rowCount() < 20'000 && model->canFetchMore({})) {
        QElapsedTimer p;
        p.start();
        model->fetchMore({});
        table->scrollToBottom();
        (void)table->grab();
        pages.add(elapsedMs(p));
    }
    return {{u"open_to_first_page_ms"_s, open},
            {u"list_scroll_page_ms"_s, pages.percentile(95)},
            {u"list_rows_loaded"_s, model->rowCount()},
            {u"rss_mb"_s, residentMegabytes()}};
}

} // namespace Fieldbook::Bench
