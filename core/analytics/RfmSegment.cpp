#include "RfmSegment.h"

#include "common/KeyTable.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr KeyName<RfmSegment> kSegments[] = {
    {RfmSegment::Champions, u"champions", QT_TRANSLATE_NOOP("RfmSegment", "Champions")},
    {RfmSegment::Loyal, u"loyal", QT_TRANSLATE_NOOP("RfmSegment", "Loyal")},
    {RfmSegment::PotentialLoyalists, u"potential_loyalists", QT_TRANSLATE_NOOP("RfmSegment", "Potential loyalists")},
    {RfmSegment::NewCustomers, u"new_customers", QT_TRANSLATE_NOOP("RfmSegment", "New customers")},
    {RfmSegment::Promising, u"promising", QT_TRANSLATE_NOOP("RfmSegment", "Promising")},
    {RfmSegment::NeedAttention, u"need_attention", QT_TRANSLATE_NOOP("RfmSegment", "Need attention")},
    {RfmSegment::AboutToSleep, u"about_to_sleep", QT_TRANSLATE_NOOP("RfmSegment", "About to sleep")},
    {RfmSegment::AtRisk, u"at_risk", QT_TRANSLATE_NOOP("RfmSegment", "At risk")},
    {RfmSegment::CantLose, u"cant_lose", QT_TRANSLATE_NOOP("RfmSegment", "Can't lose")},
    {RfmSegment::Hibernating, u"hibernating", QT_TRANSLATE_NOOP("RfmSegment", "Hibernating")},
    {RfmSegment::Lost, u"lost", QT_TRANSLATE_NOOP("RfmSegment", "Lost")},
};

using enum RfmSegment;

/// The rule table of docs/rfm.md: rows are the recency score 5 down to 1, columns the combined
/// frequency–monetary score 1 to 5.
constexpr RfmSegment kGrid[5][5] = {
    /* R=5 */ {NewCustomers, PotentialLoyalists, PotentialLoyalists, Champions, Champions},
    /* R=4 */ {Promising, PotentialLoyalists, PotentialLoyalists, Loyal, Loyal},
    /* R=3 */ {AboutToSleep, AboutToSleep, NeedAttention, Loyal, Loyal},
    /* R=2 */ {Hibernating, Hibernating, AtRisk, AtRisk, CantLose},
    /* R=1 */ {Lost, Lost, AtRisk, AtRisk, CantLose},
};

} // namespace

QList<RfmSegment> allRfmSegments() {
    QList<RfmSegment> all;
    for (const auto& entry : kSegments)
        all.append(entry.value);
    return all;
}

QString rfmSegmentKey(RfmSegment segment) {
    return keyOf(kSegments, segment);
}

bool parseRfmSegment(QStringView text, RfmSegment* segment) {
    QString key;
    for (const QChar c : text.trimmed()) {
        if (c == u' ' || c == u'-' || c == u'_')
            key += u'_';
        else if (c != u'\'' && c != u'\u2019')
            key += c.toLower();
    }
    return parseKey(kSegments, key, segment);
}

QString rfmSegmentName(RfmSegment segment) {
    return QCoreApplication::translate("RfmSegment", nameOf(kSegments, segment));
}

int rfmFmScore(int f, int m) {
    return (std::clamp(f, 1, 5) + std::clamp(m, 1, 5) + 1) / 2;
}

RfmSegment rfmSegmentFor(int r, int fm) {
    return kGrid[5 - std::clamp(r, 1, 5)][std::clamp(fm, 1, 5) - 1];
}

} // namespace Fieldbook
