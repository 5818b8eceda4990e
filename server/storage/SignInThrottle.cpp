#include "SignInThrottle.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

/// A null QString binds as SQL NULL: the keys are never null, "" at the least.
QString nonNull(const QString& text) {
    return text.isNull() ? u""_s : text;
}

QString keyOf(const QString& name) {
    return nonNull(name.trimmed().toLower());
}

} // namespace

SignInThrottle::SignInThrottle(ServerDatabase& db)
    : m_db(db) {}

Result<qint64> SignInThrottle::waitMs(const QString& address, const QString& name, qint64 now) {
    auto until = m_db.scalar(u"SELECT MAX(locked_until) FROM signin_throttle WHERE address = ? AND name IN (?, '')"_s,
                             {nonNull(address), keyOf(name)});
    if (!until)
        return std::unexpected(until.error());
    return std::max<qint64>(0, until->toLongLong() - now);
}

Result<void> SignInThrottle::countFailure(const QString& address, const QString& name, qint64 now) {
    // Counted in the database, so that attempts on several connections or servers add up.
    return m_db.transaction([&]() -> Result<void> {
        if (auto ok = count(nonNull(address), keyOf(name), kFreePerName, now); !ok)
            return ok;
        return count(nonNull(address), u""_s, kFreePerAddress, now);
    });
}

Result<void> SignInThrottle::count(const QString& address, const QString& key, int free, qint64 now) {
    if (auto ok = m_db.execute(u"INSERT INTO signin_throttle (address, name) VALUES (?, ?) "
                               u"ON CONFLICT (address, name) DO NOTHING"_s,
                               {address, key});
        !ok)
        return ok;
    auto q = m_db.run(u"SELECT failures, last_failure_at FROM signin_throttle WHERE address = ? AND name = ?"_s,
                      {address, key});
    if (!q)
        return std::unexpected(q.error());
    int failures = 1;
    if ((*q)->next() && now - (*q)->value(1).toLongLong() <= kForgetAfterMs)
        failures = (*q)->value(0).toInt() + 1; // else forgotten: the count starts again
    (*q)->finish();
    // 1 s after the free attempts, doubling with each further failure, at most 15 minutes.
    const int over = failures - free;
    const qint64 lock = over >= 0 ? std::min(kMaxLockMs, qint64(1000) << std::clamp(over, 0, 20)) : 0;
    return m_db.execute(u"UPDATE signin_throttle SET failures = ?, last_failure_at = ?, locked_until = ? "
                        u"WHERE address = ? AND name = ?"_s,
                        {failures, now, lock > 0 ? now + lock : 0, address, key});
}

Result<void> SignInThrottle::clear(const QString& address, const QString& name) {
    return m_db.execute(u"DELETE FROM signin_throttle WHERE address = ? AND name = ?"_s,
                        {nonNull(address), keyOf(name)});
}

} // namespace Fieldbook::Server
