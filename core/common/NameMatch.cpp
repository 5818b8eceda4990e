#include "NameMatch.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::NameMatch {

QString normalized(const QString& name, bool isCompany) {
    QString folded = name.toCaseFolded();
    if (isCompany) {
        static const QList<QString> suffixes{
            u"有限责任公司"_s,  u"股份有限公司"_s, u"有限公司"_s, u"集团"_s,     u"公司"_s,
            u" incorporated"_s, u" corporation"_s, u" company"_s, u" limited"_s, u" inc."_s,
            u" inc"_s,          u" corp."_s,       u" corp"_s,    u" ltd."_s,    u" ltd"_s,
            u" llc"_s,          u" gmbh"_s,        u" ag"_s,      u" s.a."_s,    u" sa"_s,
            u" plc"_s,          u" co."_s,         u" co"_s,      u" group"_s,   u","_s};
        bool stripped = true;
        while (stripped) {
            stripped = false;
            folded = folded.trimmed();
            for (const auto& suffix : suffixes) {
                if (folded.endsWith(suffix) && folded.size() > suffix.size()) {
                    folded.chop(suffix.size());
                    stripped = true;
                }
            }
        }
    }
    QString out;
    out.reserve(folded.size());
    for (const QChar c : std::as_const(folded))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

int distance(const QString& a, const QString& b, int limit) {
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool similar(const QString& a, const QString& b, bool isCompany) {
    const QString x = normalized(a, isCompany);
    const QString y = normalized(b, isCompany);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    const int shorter = int(std::min(x.size(), y.size()));
    if (shorter < 5)
        return false; // short names: only exact matches count
    const int allowed = shorter >= 12 ? 2 : 1;
    return distance(x, y, allowed) <= allowed;
}

} // namespace Fieldbook::NameMatch
