#include "QuoteSender.h"

#include "QuoteDocument.h"
#include "common/Clock.h"
#include "services/QuoteDelivery.h"
#include "services/QuoteSheet.h"
#include "workflows/QuoteLifecycle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuoteSender::QuoteSender(Database& db, SaveLocation saveLocation)
    : m_db(db)
    , m_saveLocation(std::move(saveLocation)) {}

QString QuoteSender::mailProgram() {
    return QStandardPaths::findExecutable(u"xdg-email"_s);
}

QStringList QuoteSender::mailArguments(const QString& attachment, const QString& subject, const QString& address) {
    QStringList arguments{u"--attach"_s, attachment, u"--subject"_s, subject};
    if (!address.isEmpty())
        arguments.append(address);
    return arguments;
}

Result<QuoteSender::Outcome> QuoteSender::send(const QString& quoteId) {
    if (auto sendable = QuoteLifecycle(m_db).checkSendable(quoteId, QDate::currentDate()); !sendable)
        return std::unexpected(sendable.error());
    auto sheet = QuoteSheet::load(m_db, quoteId);
    if (!sheet)
        return std::unexpected(sheet.error());
    // The document as the customer receives it: sent, and dated, now.
    sheet->quote.status = QuoteStatus::Sent;
    sheet->quote.sentAt = Clock::nowMs();
    const QuoteDocument document(*sheet, DocumentLanguage(sheet->documentLocale(QLocale())));
    const QString fileName = sheet->quote.displayNumber() + u".pdf"_s;
    const QString program = mailProgram();
    QString path;
    if (program.isEmpty()) {
        path = m_saveLocation(fileName);
        if (path.isEmpty())
            return Outcome{}; // cancelled: nothing happened
    } else {
        // Where the mail program picks the attachment up; kept, since it may read it later.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/quotes"_s;
        if (!QDir().mkpath(folder))
            return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        path = QDir(folder).filePath(fileName);
    }
    if (auto written = document.writePdf(path); !written)
        return std::unexpected(written.error());
    auto address = QuoteDelivery(m_db).recipient(sheet->quote);
    if (!address)
        return std::unexpected(address.error());
    return handOver(quoteId, path, document.mailSubject(), *address, program);
}

Result<QuoteSender::Outcome> QuoteSender::handOver(const QString& quoteId, const QString& path, const QString& subject,
                                                   const QString& address, const QString& program) {
    const QString shown = QDir::toNativeSeparators(path);
    const QString fileName = QFileInfo(path).fileName();
    QString notes;
    if (program.isEmpty())
        notes = tr("Saved as %1 to be sent to the customer.").arg(shown);
    else if (address.isEmpty())
        notes = tr("Handed to the mail program with %1 attached.").arg(fileName);
    else
        notes = tr("Sent to %1 through the mail program, with %2 attached.").arg(address, fileName);
    auto sent = QuoteLifecycle(m_db).markSent(quoteId, QDate::currentDate(),
                                              program.isEmpty() ? ActivityKind::Note : ActivityKind::Email, notes);
    if (!sent) {
        QFile::remove(path); // it would show a quote as sent that is not
        return std::unexpected(sent.error());
    }
    const QString number = sent->displayNumber();
    if (program.isEmpty())
        return Outcome{true,
                       tr("Quote %1 is sent and locked. There is no mail program (xdg-email) here, so it was saved as "
                          "%2: send that file to the customer.")
                           .arg(number, shown),
                       MessageBanner::Type::Positive};
    if (!QProcess::startDetached(program, mailArguments(path, subject, address)))
        return Outcome{true,
                       tr("Quote %1 is sent and locked, but the mail program did not start. Send %2 to the customer "
                          "yourself.")
                           .arg(number, shown),
                       MessageBanner::Type::Warning};
    if (address.isEmpty())
        return Outcome{
            true,
            tr("Quote %1 is sent and locked. Your mail program has it; add the customer's address there.").arg(number),
            MessageBanner::Type::Positive};
    return Outcome{true,
                   tr("Quote %1 is sent and locked. Your mail program has it, addressed to %2.").arg(number, address),
                   MessageBanner::Type::Positive};
}

} // namespace Fieldbook
