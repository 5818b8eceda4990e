#include "QuoteNumbering.h"

#include "store/db/Database.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuoteNumbering::QuoteNumbering(Database& db)
    : m_db(db) {}

QString QuoteNumbering::deviceTag() const {
    const QString assigned = m_db.setting(u"device_number"_s);
    if (!assigned.isEmpty())
        return u"D"_s + assigned;
    // Before the server numbers this device: 25 bits of a hash of the device id in Crockford's
    // base 32 (no I, L, O, U), after an X that no server-given tag starts with.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray hash = QCryptographicHash::hash(m_db.deviceId().toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    QString tag = u"X"_s;
    for (int i = 0; i < 5; ++i, bits >>= 5)
        tag += QLatin1Char(kAlphabet[bits & 31]);
    return tag;
}

Result<QString> QuoteNumbering::next(const QDate& date) {
    // Inside the caller's transaction, so two quotes never take one number.
    const qint64 counter = m_db.setting(u"quote_counter"_s, u"0"_s).toLongLong() + 1;
    if (auto ok = m_db.setSetting(u"quote_counter"_s, QString::number(counter)); !ok)
        return std::unexpected(ok.error());
    return u"Q-%1-%2-%3"_s.arg(date.year()).arg(deviceTag()).arg(counter, 4, 10, QLatin1Char('0'));
}

} // namespace Fieldbook
