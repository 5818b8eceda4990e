#pragma once

#include "common/Error.h"
#include "store/records/CallListCandidates.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// What building a call list did (docs/telesales.md, Building a list).
struct CallListBuildReport {
    int added = 0;
    int doNotCall = 0;    ///< people who asked not to be called, or a number of such a person
    int duplicates = 0;   ///< a number already on the list, or met before in this build
    int noNumber = 0;     ///< nobody with a number that can be dialled
    int newLeads = 0;     ///< CSV rows of nobody in the store, added as leads
    QStringList problems; ///< CSV rows left out, "Row 5: ..."
};

/// A list just created and what building it did.
struct CallListCreated {
    CallList list;
    CallListBuildReport report;
};

/// Fills a call list from the store or from a CSV file: numbers in E.164 with the user's default
/// region, those of people who asked not to be called left out, one entry per number.
class CallListBuilder final {
    Q_DECLARE_TR_FUNCTIONS(CallListBuilder)

public:
    /// `region`: where numbers written the local way are read (PhoneRegion).
    CallListBuilder(Database& db, QString region);

    /// Saves the new `list` and fills it: from the CSV file `csvPath` when given, else with what
    /// `filter` keeps of `from` (contacts, leads or accounts). A list whose building fails is
    /// removed again: nothing half-built is left behind.
    [[nodiscard]] Result<CallListCreated> create(CallList list, CallListSource from, const CallListFilter& filter,
                                                 const QString& csvPath = {});
    /// Adds the contacts, leads or accounts `filter` keeps to the list `listId`, in one transaction.
    [[nodiscard]] Result<CallListBuildReport> fromStore(const QString& listId, CallListSource source,
                                                        const CallListFilter& filter);
    /// Adds the rows of the CSV file at `path` (a header naming a phone column, and optionally name
    /// and company) in one transaction: a number of a contact or lead calls them, any other becomes
    /// a new lead.
    [[nodiscard]] Result<CallListBuildReport> fromCsv(const QString& listId, const QString& path);

    /// The accounts of the RFM segment `segment` (its key, "champions", or its name) as of `asOf`
    /// (docs/rfm.md); InvalidInput naming the segments for an unknown one.
    [[nodiscard]] static Result<QStringList> segmentAccounts(Database& db, const QString& segment, QDate asOf);
    /// `text` as E.164 ("+49301234567") read in `region`; "" when it is no number.
    [[nodiscard]] static QString e164(const QString& text, const QString& region);

private:
    struct Build;
    [[nodiscard]] Result<Build> start(const QString& listId) const;
    /// Adds `candidate` to `build` (or counts why not), calling its first number that can be dialled.
    void take(Build& build, const CallCandidate& candidate) const;
    [[nodiscard]] Result<void> takeCsvRow(Build& build, const QString& name, const QString& company,
                                          const QString& phone, int row);
    [[nodiscard]] Result<CallListBuildReport> finish(const QString& listId, Build& build);

    Database& m_db;
    QString m_region;
};

} // namespace Fieldbook
