#include "FirstConnectQuestion.h"

#include "store/db/Database.h"
#include "store/journal/LocalOnlyRecords.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QGuiApplication>

namespace Fieldbook {

namespace {

bool carriedOut(QWidget* parent, const Result<void>& done) {
    if (done)
        return true;
    MessageBox::critical(parent, FirstConnectQuestion::tr("Connect to server"), done.error().message,
                         done.error().detail);
    return false;
}

} // namespace

bool FirstConnectQuestion::settle(QWidget* parent, Database& db) {
    LocalOnlyRecords records(db);
    const auto count = records.count();
    if (!carriedOut(parent, count ? Result<void>() : std::unexpected(count.error())) || *count == 0)
        return count.has_value();
    const QString backup = LocalOnlyRecords::backupPathFor(db.path());
    const auto answer = MessageBox::question(
        parent, tr("Records of other users"),
        tr("This store holds %n record(s) of users who exist only on this computer (such as the demo's sales "
           "team). The server would refuse every one of them.\n\n"
           "Yes: take them over as yours; they are sent to the server as your records.\n"
           "No: start from the server's data; this file is kept as the backup %1 and the store is emptied.",
           "", int(std::min<qint64>(*count, INT_MAX)))
            .arg(QDir::toNativeSeparators(backup)),
        MessageBox::Buttons(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel), QMessageBox::Yes);
    if (answer == QMessageBox::Cancel)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> done;
    if (answer == QMessageBox::Yes) {
        if (auto taken = records.takeOver(); !taken)
            done = std::unexpected(taken.error());
    } else {
        done = records.startFresh(backup);
    }
    QGuiApplication::restoreOverrideCursor();
    return carriedOut(parent, done);
}

} // namespace Fieldbook
