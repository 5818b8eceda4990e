#include "DemoGenerator.h"

#include "DemoFormat.h"
#include "DemoRandom.h"
#include "DemoShared.h"
#include "DemoWordLists.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace Fieldbook {

namespace {

using namespace Qt::StringLiterals;
using namespace DemoShared;

bool isChineseText(const QString& text) {
    if (text.isEmpty())
        return false;
    const char16_t u = text.front().unicode();
    return u >= 0x3400 && u <= 0x9FFF;
}

/// A stand-in for index * stride mod size with stride coprime to size: a permutation, so that the first
/// `size` indexes get distinct company names.
quint64 permute(quint64 index, quint64 size, quint64 offset) {
    static constexpr quint64 strides[] = {1'000'003, 999'983, 15'485'863, 7'919};
    quint64 stride = 1;
    for (const quint64 candidate : strides) {
        if (std::gcd(candidate, size) == 1) {
            stride = candidate;
            break;
        }
    }
    return (index % size * stride + offset) % size;
}

QString joinWords(const QString& a, const QString& b, const QString& c) {
    QString out = a;
    if (!b.isEmpty())
        out += u' ' + b;
    if (!c.isEmpty())
        out += u' ' + c;
    return out;
}

QStringView domainOf(const QString& website) {
    QStringView d(website);
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://"), QLatin1String("www.")}) {
        if (d.startsWith(prefix))
            d = d.mid(prefix.size());
    }
    return d;
}

/// Cents in the account's currency: log-normal around 20 million US dollars, between 100 thousand and
/// 5 billion; integer arithmetic only.
qint64 annualRevenueDollars(DemoRandom& random) {
    int sum = 0; // Irwin-Hall: four uniforms approximate a normal distribution, mean 2000, sd ~578
    for (int i = 0; i < 4; ++i)
        sum += int(random.bounded(1001));
    const int centiDecades = std::clamp(730 + (sum - 2000) * 75 / 578, 500, 969);
    return qint64(DemoFormat::roundSignificant(DemoFormat::powerOfTen(centiDecades), 3));
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, qint64 nowMs)
    : m_seed(seed)
    , m_nowMs(nowMs)
    , m_today(QDate(1970, 1, 1).addDays(nowMs / day))
    , m_lists(DemoWordLists::instance()) {
    for (qsizetype i = 0; i < m_lists.westernCities.size(); ++i)
        m_westernCityByName.insert(m_lists.westernCities.at(i).name, i);
    for (qsizetype i = 0; i < m_lists.chineseCities.size(); ++i)
        m_chineseCityByName.insert(m_lists.chineseCities.at(i).name, i);
    users(DemoSizes{}.users);
}

DemoGenerator::Person DemoGenerator::person(DemoRandom& random, bool chinese) const {
    if (chinese) {
        const auto& surname = m_lists.chineseSurnames.at(random.weightedIndex(m_lists.chineseSurnameWeights));
        const auto& given = random.pick(m_lists.chineseGivenNames);
        return {given.text, surname.text, given.ascii, surname.ascii, true};
    }
    const auto& first = random.pick(m_lists.westernFirstNames);
    const auto& last = random.pick(m_lists.westernLastNames);
    return {first.text, last.text, first.ascii, last.ascii, false};
}

QList<User> DemoGenerator::users(int count) {
    count = std::max(1, count);
    const auto& teams = m_lists.teams;
    const bool withTeamLeads = count >= 10;
    QList<int> teamLead(teams.size(), -1);
    QSet<QString> names;
    QSet<QString> emails;
    QList<User> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        DemoRandom random(DemoRandom::deriveSeed(m_seed, UserStream, quint64(i)));
        const qsizetype team = i == 0 || teams.size() == 1 ? 0 : 1 + (i - 1) % (teams.size() - 1);
        const bool chineseTeam = teams.at(team).countryCodes.contains(u"CN"_s);
        Person who;
        QString name;
        for (int attempt = 0; attempt < 50 && (name.isEmpty() || names.contains(name)); ++attempt) {
            who = person(random, random.chance(chineseTeam ? 0.8 : 0.1));
            name = who.chinese ? QString(who.lastName + who.firstName) : QString(who.firstName + u' ' + who.lastName);
        }
        names.insert(name);
        User user;
        user.name = name;
        QString local = who.firstAscii + u'.' + who.lastAscii;
        if (emails.contains(local))
            local += QString::number(i);
        emails.insert(local);
        user.email = local + u"@fieldbook-demo.com"_s;
        user.team = teams.at(team).name;
        if (i == 0) {
            user.role = UserRole::Manager;
        } else if (withTeamLeads && teamLead[team] < 0) {
            user.role = UserRole::Manager;
            user.managerId = result.first().id;
            teamLead[team] = i;
        } else {
            user.managerId = teamLead[team] >= 0 ? result.at(teamLead[team]).id : result.first().id;
        }
        user.createdAt = m_nowMs - 4 * year + i * day + random.uniformInt64(0, 8 * hour);
        user.updatedAt = user.createdAt + random.uniformInt64(0, year);
        user.id = DemoFormat::uuid7(user.createdAt, random);
        result.append(user);
    }

    m_users = result;
    m_reps.clear();
    m_repsByCountry.clear();
    for (int i = count > 1 ? 1 : 0; i < count; ++i) {
        m_reps.append(i);
        const qsizetype team = i == 0 || teams.size() == 1 ? 0 : 1 + (i - 1) % (teams.size() - 1);
        for (const QString& code : teams.at(team).countryCodes)
            m_repsByCountry[code].append(i);
    }
    return result;
}

QString DemoGenerator::ownerFor(DemoRandom& random, const QString& countryCode) const {
    const auto it = m_repsByCountry.constFind(countryCode);
    if (it != m_repsByCountry.constEnd() && random.chance(0.8))
        return m_users.at(random.pick(*it)).id;
    return m_users.at(random.pick(m_reps)).id;
}

QString DemoGenerator::accountId(int index) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, AccountStream, quint64(index)));
    const qint64 createdAt = skewedLow(random, m_nowMs - 3 * year, m_nowMs - 30 * day);
    return DemoFormat::uuid7(createdAt, random);
}

void DemoGenerator::nameCompany(DemoRandom& random, int index, bool chinese, qsizetype cityIndex, Account& account,
                                QString& domain) const {
    const quint64 offset = DemoRandom::deriveSeed(m_seed, NameStream, chinese ? 1 : 0);
    const QStringList* industries = nullptr;
    if (chinese) {
        const auto& words = m_lists.chineseCompanyWords;
        const auto& suffixes = m_lists.chineseCompanySuffixes;
        const quint64 combination = permute(quint64(index), quint64(words.size() * suffixes.size()), offset);
        const auto& word = words.at(qsizetype(combination % quint64(words.size())));
        const auto& suffix = suffixes.at(qsizetype(combination / quint64(words.size())));
        const QString cityPrefix = random.chance(0.3) ? m_lists.chineseCities.at(cityIndex).shortName : QString();
        account.name = cityPrefix + word.text + suffix.text;
        const int tld = random.uniformInt(0, 9);
        domain = word.ascii + u'-' + suffix.ascii + (tld < 5 ? u".com.cn"_s : tld < 8 ? u".cn"_s : u".com"_s);
        industries = &suffix.industries;
    } else {
        const auto& roots = m_lists.westernCompanyRoots;
        const auto& words = m_lists.westernCompanyWords;
        const quint64 combination = permute(quint64(index), quint64(roots.size() * (words.size() + 1)), offset);
        const auto& root = roots.at(qsizetype(combination % quint64(roots.size())));
        const qsizetype wordIndex = qsizetype(combination / quint64(roots.size()));
        const auto* word = wordIndex < words.size() ? &words.at(wordIndex) : nullptr;
        const auto& country = m_lists.countries.at(m_lists.westernCities.at(cityIndex).country);
        account.name = joinWords(root.text, word ? word->text : QString(), random.pick(country.companySuffixes));
        const QString& tld = random.chance(0.35) ? u"com"_s : country.topLevelDomain;
        domain = (word && random.chance(0.5) ? root.ascii + u'-' + word->ascii : root.ascii) + u'.' + tld;
        industries = word ? &word->industries : nullptr;
    }
    account.industry =
        industries && !industries->isEmpty() ? random.pick(*industries) : random.pick(m_lists.industries);
}

PostalAddress DemoGenerator::address(DemoRandom& random, qsizetype cityIndex, bool chinese) const {
    const auto& city = chinese ? m_lists.chineseCities.at(cityIndex) : m_lists.westernCities.at(cityIndex);
    const auto& country = m_lists.countries.at(city.country);
    const QString number = QString::number(1 + skewedLow(random, 0, 299));
    const QString district = city.districts.isEmpty() ? QString() : random.pick(city.districts);
    const QString& street = random.pick(m_lists.streetLists.at(city.streetList));
    PostalAddress address;
    address.street = DemoFormat::expand(country.streetFormat, random, {city.areaCode, street, number, district});
    address.city = city.name;
    address.region = city.region;
    address.postalCode = DemoFormat::expand(city.postalFormat, random);
    address.country = country.name;
    return address;
}

qsizetype DemoGenerator::cityOf(const PostalAddress& address, bool chinese) const {
    return (chinese ? m_chineseCityByName : m_westernCityByName).value(address.city, 0);
}

Account DemoGenerator::account(int index) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, AccountStream, quint64(index)));
    Account account;
    // These first draws are repeated by accountId().
    account.createdAt = skewedLow(random, m_nowMs - 3 * year, m_nowMs - 30 * day);
    account.id = DemoFormat::uuid7(account.createdAt, random);

    const bool chinese = random.chance(chineseAccountShare);
    const qsizetype cityIndex =
        qsizetype(random.bounded(quint64(chinese ? m_lists.chineseCities.size() : m_lists.westernCities.size())));
    const auto& city = chinese ? m_lists.chineseCities.at(cityIndex) : m_lists.westernCities.at(cityIndex);
    const auto& country = m_lists.countries.at(city.country);
    QString domain;
    nameCompany(random, index, chinese, cityIndex, account, domain);
    account.website = random.chance(0.8) ? u"https://www."_s + domain : u"https://"_s + domain;
    account.address = address(random, cityIndex, chinese);
    if (chinese)
        account.language = u"zh_CN"_s; // their quotes print in Chinese; the others in the user's language
    account.phones.append({u"work"_s, DemoFormat::expand(random.pick(country.phoneFormats), random, city.areaCode)});
    if (random.chance(0.3))
        account.phones.append({u"fax"_s, DemoFormat::expand(random.pick(country.phoneFormats), random, city.areaCode)});

    const qint64 dollars = annualRevenueDollars(random);
    account.currency = country.currency;
    const qint64 local = account.currency == u"CNY"_s   ? dollars * 72 / 10
                         : account.currency == u"EUR"_s ? dollars * 92 / 100
                                                        : dollars;
    account.annualRevenue = qint64(DemoFormat::roundSignificant(quint64(local), 3)) * 100;
    const qint64 revenuePerEmployee = random.uniformInt64(120'000, 450'000);
    const qint64 employees = std::max<qint64>(2, dollars / revenuePerEmployee);
    account.employees = int(DemoFormat::roundSignificant(quint64(employees), employees >= 100 ? 2 : 3));

    if (index > 0 && random.chance(0.1))
        account.parentId = accountId(int(random.bounded(quint64(index))));
    account.ownerId = ownerFor(random, country.code);
    const int tagCount = random.uniformInt(0, 3);
    for (int i = 0; i < tagCount; ++i) {
        const QString& tag = random.pick(m_lists.tags);
        if (!account.tags.contains(tag))
            account.tags.append(tag);
    }
    if (random.chance(0.2))
        account.notes = random.pick((chinese ? m_lists.notesZh : m_lists.notes)[0]);
    account.externalId = DemoFormat::externalId(u"ACC-", index + 1);
    account.updatedAt = random.chance(0.5) ? account.createdAt : random.uniformInt64(account.createdAt, m_nowMs);
    return account;
}

QString DemoGenerator::email(DemoRandom& random, const Person& who, QStringView domain) const {
    const QString& first = who.firstAscii;
    const QString& last = who.lastAscii;
    const QStringView initial = QStringView(first).left(1);
    const int style = random.uniformInt(0, 99);
    // Built in one expression each, so that an address costs a single allocation.
    if (who.chinese) {
        if (style < 35)
            return first + u'.' + last + u'@' + domain;
        if (style < 55)
            return last + u'.' + first + u'@' + domain;
        if (style < 80)
            return last + first + u'@' + domain;
        return initial + u'.' + last + u'@' + domain;
    }
    if (style < 50)
        return first + u'.' + last + u'@' + domain;
    if (style < 70)
        return initial + u'.' + last + u'@' + domain;
    if (style < 85)
        return initial + last + u'@' + domain;
    if (style < 95)
        return first + last + u'@' + domain;
    return first + u'@' + domain;
}

Contact DemoGenerator::contact(int index, const Account& account) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, ContactStream, quint64(index)));
    Contact contact;
    contact.createdAt = skewedLow(random, account.createdAt + hour, std::max(account.createdAt + hour, m_nowMs - day));
    contact.id = DemoFormat::uuid7(contact.createdAt, random);

    const bool chineseAccount = account.currency == u"CNY"_s;
    const Person who =
        person(random, random.chance(chineseAccount ? chineseNameAtChineseAccount : chineseNameAtWesternAccount));
    contact.firstName = who.firstName;
    contact.lastName = who.lastName;
    if (random.chance(0.97))
        contact.title = random.pick(who.chinese && chineseAccount ? m_lists.jobTitlesZh : m_lists.jobTitles);
    contact.accountId = account.id;

    if (random.chance(0.95))
        contact.emails.append({u"work"_s, email(random, who, domainOf(account.website))});
    if (random.chance(0.15)) {
        const QString& provider =
            random.pick(who.chinese ? m_lists.chineseEmailProviders : m_lists.westernEmailProviders);
        // QQ mail addresses are the account number; others the name, often with a number.
        const QString local =
            provider == u"qq.com"_s
                ? DemoFormat::expand(random.chance(0.5) ? u"%#######" : u"%########", random)
                : QString((who.chinese ? who.lastAscii + who.firstAscii : who.firstAscii + who.lastAscii) +
                          DemoFormat::expand(random.chance(0.5) ? u"##" : u"", random));
        contact.emails.append({u"home"_s, local + u'@' + provider});
    }

    const qsizetype cityIndex = cityOf(account.address, chineseAccount);
    const auto& city = chineseAccount ? m_lists.chineseCities.at(cityIndex) : m_lists.westernCities.at(cityIndex);
    const auto& country = m_lists.countries.at(city.country);
    if (random.chance(0.85))
        contact.phones.append(
            {u"work"_s, DemoFormat::expand(random.pick(country.phoneFormats), random, city.areaCode)});
    if (random.chance(chineseAccount ? 0.9 : 0.7))
        contact.phones.append(
            {u"mobile"_s, DemoFormat::expand(random.pick(country.mobileFormats), random, city.areaCode)});
    contact.address = random.chance(0.7) ? account.address : address(random, cityIndex, chineseAccount);

    if (random.chance(0.25))
        contact.birthday = m_today.addYears(-random.uniformInt(23, 64)).addDays(-random.uniformInt(0, 364));
    contact.ownerId =
        random.chance(0.85) || account.ownerId.isEmpty() ? account.ownerId : m_users.at(random.pick(m_reps)).id;
    const int tagRoll = random.uniformInt(0, 9);
    for (int i = 0; i < (tagRoll < 6 ? 0 : tagRoll < 9 ? 1 : 2); ++i) {
        const QString& tag = random.pick(m_lists.tags);
        if (!contact.tags.contains(tag))
            contact.tags.append(tag);
    }
    if (random.chance(0.15))
        contact.notes = random.pick((who.chinese ? m_lists.notesZh : m_lists.notes)[1]);
    contact.doNotCall = random.chance(0.05);
    contact.externalId = DemoFormat::externalId(u"CON-", index + 1);
    contact.updatedAt = random.chance(0.5) ? contact.createdAt : random.uniformInt64(contact.createdAt, m_nowMs);
    return contact;
}

qint64 DemoGenerator::activityStart(DemoRandom& random, ActivityKind kind, const Contact& contact, bool* future) const {
    const double futureShare = kind == ActivityKind::Task      ? 0.3
                               : kind == ActivityKind::Meeting ? 0.05
                               : kind == ActivityKind::Visit   ? 0.03
                                                               : 0.0;
    *future = futureShare > 0 && random.chance(futureShare);
    const qint64 low =
        *future ? m_nowMs + hour : std::min(std::max(contact.createdAt + hour, m_nowMs - 2 * year), m_nowMs - hour);
    const qint64 high = *future ? m_nowMs + 30 * day : m_nowMs;
    // More recent activity is denser: the later of two draws, for most of them.
    const qint64 a = random.uniformInt64(low, high);
    const qint64 raw = random.chance(0.6) ? std::max(a, random.uniformInt64(low, high)) : a;

    // Move to local office hours on a weekday, when that stays inside the window.
    const qint64 offset =
        m_lists.countries.at(m_lists.countryByName.value(contact.address.country, 0)).utcOffsetMinutes * minute;
    qint64 localDay = (raw + offset) / day;
    const qint64 weekday = (localDay + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    localDay -= weekday == 6 ? 1 : weekday == 0 ? 2 : 0;
    const bool scheduled = kind == ActivityKind::Meeting || kind == ActivityKind::Visit || kind == ActivityKind::Task;
    const qint64 localMinute = scheduled ? 8 * 60 + 15 * random.uniformInt(0, 36) : random.uniformInt(8 * 60, 18 * 60);
    const qint64 start = localDay * day + localMinute * minute - offset;
    if (start >= low && start <= high)
        return start;
    return raw / minute * minute;
}

Activity DemoGenerator::activity(int index, const Contact& contact) const {
    static constexpr ActivityKind kinds[] = {ActivityKind::Call,  ActivityKind::Email, ActivityKind::Meeting,
                                             ActivityKind::Visit, ActivityKind::Note,  ActivityKind::Task};
    static const QList<quint32> kindWeights = {35, 55, 67, 74, 86, 100}; // cumulative; calls most
    DemoRandom random(DemoRandom::deriveSeed(m_seed, ActivityStream, quint64(index)));
    Activity activity;
    activity.kind = kinds[random.weightedIndex(kindWeights)];
    bool future = false;
    activity.startsAt = activityStart(random, activity.kind, contact, &future);
    switch (activity.kind) {
    case ActivityKind::Call:
        activity.durationMinutes = 1 + int(skewedLow(random, 0, 29));
        activity.outcome = m_lists.callOutcomes.at(random.weightedIndex(m_lists.callOutcomeWeights));
        break;
    case ActivityKind::Meeting:
        activity.durationMinutes = 15 * random.uniformInt(2, 8);
        break;
    case ActivityKind::Visit:
        activity.durationMinutes = 30 * random.uniformInt(2, 8);
        break;
    default:
        break;
    }
    activity.done = activity.kind == ActivityKind::Task ? !future && random.chance(0.85) : !future;

    const bool chinese = isChineseText(contact.lastName) && random.chance(0.5);
    const std::size_t kind = std::size_t(activity.kind);
    activity.subject = random.pick((chinese ? m_lists.subjectsZh : m_lists.subjects)[kind]);
    if (activity.subject.contains(u"{name}"))
        activity.subject.replace(u"{name}"_s, contact.displayName());
    const double noteShare = activity.kind == ActivityKind::Note    ? 0.9
                             : activity.kind == ActivityKind::Email ? 0.1
                                                                    : 0.25;
    if (random.chance(noteShare))
        activity.notes = random.pick((chinese ? m_lists.notesZh : m_lists.notes)[2]);
    activity.contactId = contact.id;
    activity.accountId = contact.accountId;
    activity.ownerId =
        random.chance(0.85) || contact.ownerId.isEmpty() ? contact.ownerId : m_users.at(random.pick(m_reps)).id;

    // Logged work is recorded just after it happened; open tasks and plans some days before.
    if (activity.done)
        activity.createdAt =
            std::min(m_nowMs, activity.startsAt + activity.durationMinutes * minute + random.uniformInt64(0, 3 * hour));
    else
        activity.createdAt = std::min(m_nowMs, activity.startsAt) - random.uniformInt64(hour, 14 * day);
    activity.createdAt = std::max(activity.createdAt, contact.createdAt + minute);
    activity.updatedAt = random.chance(0.8)
                             ? activity.createdAt
                             : random.uniformInt64(activity.createdAt, std::max(activity.createdAt, m_nowMs));
    activity.id = DemoFormat::uuid7(activity.createdAt, random);
    return activity;
}

int DemoGenerator::accountIndexForContact(int contactIndex, int accountCount) const {
    if (accountCount <= 0)
        return 0;
    if (contactIndex < accountCount)
        return contactIndex;
    DemoRandom random(DemoRandom::deriveSeed(m_seed, MappingStream, quint64(contactIndex)));
    // The product of two uniforms favours low indexes: a few large accounts, a long tail of small ones.
    return int(random.bounded(quint64(accountCount)) * random.bounded(quint64(accountCount)) / quint64(accountCount));
}

int DemoGenerator::contactIndexForActivity(int activityIndex, int contactCount) const {
    if (contactCount <= 0)
        return 0;
    if (activityIndex < contactCount)
        return activityIndex;
    DemoRandom random(DemoRandom::deriveSeed(m_seed, MappingStream + 1, quint64(activityIndex)));
    return int(random.bounded(quint64(contactCount)) * random.bounded(quint64(contactCount)) / quint64(contactCount));
}

} // namespace Fieldbook
