#include "SyncEngine.h"

#include "SyncHttpClient.h"
#include "store/journal/PullApplier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Pulled pages are also stored once this long after the first of them arrived (a slow network).
constexpr qint64 kPullBatchMs = 1000;
/// Pages in a row with nothing for this device before a run stops (each still moves the position:
/// the server reads up to a boundary per page; 2,000 is over 4 million changes for others).
constexpr int kMaxEmptyPages = 2000;

} // namespace

/// Pulled pages not stored yet, and what the run received so far.
struct SyncEngine::PullBatch {
    QList<Wire::PullPage> pages;
    int rows = 0;
    QElapsedTimer age; ///< since the first of `pages` arrived
    int received = 0;  ///< rows stored in this run
    qint64 total = 0;  ///< what the whole sync brings, when the server said (a first sync)
};

Result<void> SyncEngine::pull(SyncSummary& summary) {
    auto state = m_journal.state();
    if (!state || !*state)
        return std::unexpected(state ? Error{ErrorCode::Database,
                                             QCoreApplication::translate("SyncEngine", "The sync state is missing."),
                                             {}}
                                     : state.error());
    QString cursor = (*state)->pullCursor;
    Wire::Limits limits = m_limits;
    const int pageSize = std::min(m_options.pageSize, m_limits.maxPullLimit);
    limits.maxPullLimit = pageSize; // a page holds at most what was asked for
    const QString path = u"/v1/sync/pull"_s;
    auto queryFor = [pageSize](const QString& after) {
        QUrlQuery query;
        query.addQueryItem(u"cursor"_s, after);
        query.addQueryItem(u"limit"_s, QString::number(pageSize));
        return query;
    };
    report(SyncProgress::Phase::Pulling, 0);

    // Pages are stored a batch at a time (one commit per batch: a commit flushes the search index)
    // while the next page is already on its way, so the server and the network work while this
    // device writes.
    PullBatch batch;
    // What arrived before a failure is kept: the next run goes on after it.
    auto failed = [&](const Error& error) -> Result<void> {
        if (auto kept = storePulled(batch, summary); !kept)
            return kept;
        return std::unexpected(error);
    };

    if (auto wanted = stillWanted(); !wanted)
        return wanted;
    QUrlQuery query = queryFor(cursor);
    auto request = m_http->startGet(path, query, m_accessToken);
    QSet<QString> positions{cursor}; // a server that leads back to where it was would never end
    int emptyPages = 0;
    for (;;) {
        auto page = pulledPage(m_http->wait(*request), query, limits);
        if (!page)
            return failed(page.error());
        emptyPages = page->changes.isEmpty() ? emptyPages + 1 : 0;
        if (page->hasMore && (positions.contains(page->nextCursor) || emptyPages > kMaxEmptyPages))
            return failed(Error{ErrorCode::ServerFailure,
                                QCoreApplication::translate("SyncEngine", "The server kept sending pages without "
                                                                          "moving on; sync stopped. What arrived "
                                                                          "is kept."),
                                {}});
        positions.insert(page->nextCursor);
        checkpoint("pull:after-receive");
        if (page->total > 0)
            batch.total = page->total;
        cursor = page->nextCursor;
        const bool more = page->hasMore;
        if (batch.pages.isEmpty())
            batch.age.start();
        batch.rows += int(page->changes.size());
        batch.pages.append(std::move(*page));
        if (more) {
            query = queryFor(cursor);
            request = m_http->startGet(path, query, m_accessToken);
        }
        if (!more || batch.rows >= m_options.batchRows || batch.age.elapsed() >= kPullBatchMs)
            if (auto r = storePulled(batch, summary); !r)
                return r;
        if (!more)
            return {};
        if (auto wanted = stillWanted(); !wanted)
            return failed(wanted.error());
    }
}

Result<Wire::PullPage> SyncEngine::pulledPage(HttpAnswer answer, const QUrlQuery& query, const Wire::Limits& limits) {
    int status = 0;
    auto body = answered(std::move(answer), "GET", u"/v1/sync/pull"_s, query, {}, &status, true);
    if (!body)
        return std::unexpected(body.error());
    if (status != 200)
        return std::unexpected(answerError(status, *body));
    auto page = Wire::parsePullPage(*body, limits);
    if (!page)
        return fail(ErrorCode::ServerFailure, QCoreApplication::translate("SyncEngine", "The server's changes are "
                                                                                        "unreadable: %1")
                                                  .arg(page.error().message));
    return page;
}

Result<void> SyncEngine::storePulled(PullBatch& batch, SyncSummary& summary) {
    if (batch.pages.isEmpty())
        return {};
    auto applied = PullApplier(m_db).apply(batch.pages);
    if (!applied)
        return std::unexpected(applied.error());
    if (applied->setAside > 0)
        (void)m_journal.log(u"warning"_s,
                            QCoreApplication::translate("SyncEngine",
                                                        "%n received record(s) could not be stored on this "
                                                        "computer and were set aside (see Sync issues).",
                                                        "", applied->setAside));
    checkpoint("pull:after-apply");
    batch.received += batch.rows;
    summary.pulled += batch.rows;
    batch.pages.clear();
    batch.rows = 0;
    report(SyncProgress::Phase::Pulling, batch.received, batch.total);
    return {};
}

} // namespace Fieldbook
