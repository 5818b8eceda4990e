#pragma once

#include "ImportReport.h"
#include "WorkProgress.h"
#include "common/Error.h"

#include <QCoreApplication>

class QIODevice;

namespace Fieldbook {

class Database;

/// What to import from a vCard file. Give either an open `device` or a `path`.
struct VCardImportRequest {
    QIODevice* device = nullptr;
    QString path;
    bool dryRun = false;
};

/// Imports contacts from vCard 3.0 / 4.0.
///
/// - Upsert: a card's UID is kept as the contact's external id, so re-importing a file updates;
///   a card without UID matches the live contact with its first e-mail address.
/// - On an update, what the card carries replaces the stored value; what it lacks (empty fields,
///   no e-mails, no ORG) keeps the stored value. Owner and do-not-call are never touched.
/// - ORG names the account: matched by name (ignoring case), created when there is none, rejected
///   when several accounts share the name.
/// - Broken cards are rejected rows numbered by the line of their BEGIN:VCARD; everything else is
///   written in one transaction, or nothing on a dry run, a cancel or a store failure.
class VCardImporter final {
    Q_DECLARE_TR_FUNCTIONS(VCardImporter)

public:
    [[nodiscard]] static Result<ImportReport> run(Database& db, const VCardImportRequest& request,
                                                  const ProgressFn& progress = {});
};

} // namespace Fieldbook
