#include "DemoFormat.h"
#include "DemoGenerator.h"
#include "DemoShared.h"
#include "DemoWordLists.h"

namespace Fieldbook {

namespace {

using namespace Qt::StringLiterals;
using namespace DemoShared;

// Weights of the lead sources the form offers (leadSources()), cumulative.
const QList<quint32> kLeadSourceWeights{30, 45, 63, 73, 83, 90, 100};
const QStringList kDisqualifyReasons{u"No budget this year"_s, u"Not the decision maker"_s,
                                     u"Happy with a competitor"_s, u"Too small for our products"_s,
                                     u"No answer after several attempts"_s};
const QStringList kDisqualifyReasonsZh{u"今年没有预算"_s, u"不是决策人"_s, u"已选用竞争对手的产品"_s, u"规模太小"_s,
                                       u"多次联系未回复"_s};
const QStringList kLeadNotes{u"Downloaded the gateway white paper."_s, u"Asked for prices for about 50 sensors."_s,
                             u"Visited our booth; wants a demo on site."_s,
                             u"Call back next quarter, budget is being planned."_s,
                             u"Evaluating a retrofit of two production lines."_s};
const QStringList kLeadNotesZh{u"下载了工业网关白皮书。"_s, u"询问约50个传感器的价格。"_s,
                               u"在展会上交换了名片，希望现场演示。"_s, u"下季度再联系，预算正在规划中。"_s};

} // namespace

Lead DemoGenerator::lead(int index) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, LeadStream, quint64(index)));
    Lead lead;
    // Captured within the past year, more of them recently.
    lead.createdAt = m_nowMs - skewedLow(random, hour, year);
    lead.id = DemoFormat::uuid7(lead.createdAt, random);

    const bool chineseCompany = random.chance(chineseAccountShare);
    const qsizetype cityIndex = qsizetype(
        random.bounded(quint64(chineseCompany ? m_lists.chineseCities.size() : m_lists.westernCities.size())));
    const auto& city = chineseCompany ? m_lists.chineseCities.at(cityIndex) : m_lists.westernCities.at(cityIndex);
    const auto& country = m_lists.countries.at(city.country);
    Account company;
    QString domain;
    // Company names from further along the accounts' sequence: mostly companies that are not customers.
    nameCompany(random, index + 7919, chineseCompany, cityIndex, company, domain);
    lead.company = company.name;

    const Person who =
        person(random, random.chance(chineseCompany ? chineseNameAtChineseAccount : chineseNameAtWesternAccount));
    lead.firstName = who.firstName;
    lead.lastName = who.lastName;
    if (random.chance(0.85))
        lead.title = random.pick(who.chinese && chineseCompany ? m_lists.jobTitlesZh : m_lists.jobTitles);
    if (random.chance(0.9))
        lead.email = email(random, who, domain);
    if (random.chance(0.75))
        lead.phone = DemoFormat::expand(random.pick(random.chance(0.5) ? country.mobileFormats : country.phoneFormats),
                                        random, city.areaCode);
    static const QStringList sources = leadSources();
    lead.source = sources.at(random.weightedIndex(kLeadSourceWeights));

    const int statusRoll = random.uniformInt(0, 99);
    lead.status = statusRoll < 42   ? LeadStatus::New
                  : statusRoll < 78 ? LeadStatus::Working
                  : statusRoll < 90 ? LeadStatus::Qualified
                                    : LeadStatus::Disqualified;
    if (lead.status == LeadStatus::Disqualified)
        lead.disqualifyReason =
            random.pick(who.chinese && random.chance(0.7) ? kDisqualifyReasonsZh : kDisqualifyReasons);
    // Qualified leads have been looked at; new ones often not yet.
    const int ratingRoll = random.uniformInt(0, 99);
    if (lead.status == LeadStatus::Qualified)
        lead.rating = ratingRoll < 50 ? LeadRating::Hot : LeadRating::Warm;
    else if (lead.status == LeadStatus::Disqualified)
        lead.rating = ratingRoll < 70 ? LeadRating::Cold : LeadRating::None;
    else
        lead.rating = ratingRoll < 35   ? LeadRating::None
                      : ratingRoll < 50 ? LeadRating::Hot
                      : ratingRoll < 78 ? LeadRating::Warm
                                        : LeadRating::Cold;
    if (random.chance(0.25))
        lead.notes = random.pick(who.chinese && random.chance(0.8) ? kLeadNotesZh : kLeadNotes);
    lead.ownerId = ownerFor(random, country.code);
    lead.externalId = DemoFormat::externalId(u"LEAD-", index + 1);
    lead.updatedAt = lead.status == LeadStatus::New && random.chance(0.7)
                         ? lead.createdAt
                         : random.uniformInt64(lead.createdAt, m_nowMs);
    return lead;
}

} // namespace Fieldbook
