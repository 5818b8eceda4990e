#pragma once

#include "common/Error.h"
#include "widgets/MessageBanner.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace Fieldbook {

class Database;

/// Sends a quote to its customer: the PDF, in the customer's language, goes to the desktop's mail
/// program (xdg-email) addressed to the quote's contact, or, where there is no mail program, to a
/// file the user chooses to pass on. Once the PDF is written the quote is marked sent and the
/// customer's timeline notes how it went (QuoteLifecycle::markSent), then the mail program starts.
class QuoteSender final {
    Q_DECLARE_TR_FUNCTIONS(QuoteSender)
public:
    /// Asks where to save the PDF (the suggested file name given); empty when the user cancels.
    using SaveLocation = std::function<QString(const QString& suggestedName)>;

    /// What happened, for the editor's banner.
    struct Outcome {
        bool sent = false;
        QString message; ///< empty when the user cancelled
        MessageBanner::Type type = MessageBanner::Type::Positive;
    };

    QuoteSender(Database& db, SaveLocation saveLocation);

    /// The mail program on PATH, or an empty string without one.
    static QString mailProgram();
    /// xdg-email's arguments: the attachment, the subject and, when known, the address.
    static QStringList mailArguments(const QString& attachment, const QString& subject, const QString& address);

    [[nodiscard]] Result<Outcome> send(const QString& quoteId);

private:
    [[nodiscard]] Result<Outcome> handOver(const QString& quoteId, const QString& path, const QString& subject,
                                           const QString& address, const QString& program);

    Database& m_db;
    SaveLocation m_saveLocation;
};

} // namespace Fieldbook
