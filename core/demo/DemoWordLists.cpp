#include "DemoWordLists.h"

#include "domain/Activity.h"
#include "domain/Industry.h"

#include <QFile>
#include <QLoggingCategory>

namespace Fieldbook {

Q_LOGGING_CATEGORY(lcDemo, "fieldbook.demo")

namespace {

using namespace Qt::StringLiterals;

/// The data lines of one list: trimmed, without blank lines and '#' comments.
QStringList readLines(const QString& directory, const QString& file, QStringList& problems) {
    QFile in(directory + u'/' + file);
    QStringList lines;
    if (!in.open(QIODevice::ReadOnly)) {
        problems.append(file);
        qCWarning(lcDemo) << "demo word list missing:" << in.fileName();
        return lines;
    }
    const QString text = QString::fromUtf8(in.readAll());
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines.append(trimmed.toString());
    }
    if (lines.isEmpty()) {
        problems.append(file);
        qCWarning(lcDemo) << "demo word list empty:" << in.fileName();
    }
    return lines;
}

/// '|'-separated fields, padded to at least `count` so that lines with trailing empty fields parse.
QStringList fields(const QString& line, qsizetype count) {
    QStringList parts = line.split(u'|');
    for (QString& part : parts)
        part = part.trimmed();
    while (parts.size() < count)
        parts.append(QString());
    return parts;
}

QStringList listField(const QString& field) {
    return field.isEmpty() ? QStringList() : field.split(u';', Qt::SkipEmptyParts);
}

/// Lower-case ASCII for e-mail local parts and domains: accents dropped, a few letters spelled out.
QString asciiSlug(const QString& text) {
    QString out;
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            out.append(c);
        else if (u == u'ß')
            out.append(u"ss"_s);
        else if (u == u'ø')
            out.append(u'o');
        else if (u == u'æ')
            out.append(u"ae"_s);
        else if (u == u'œ')
            out.append(u"oe"_s);
        else if (u == u'ł')
            out.append(u'l');
    }
    return out.isEmpty() ? u"x"_s : out;
}

QList<DemoWordLists::Name> plainNames(const QStringList& lines) {
    QList<DemoWordLists::Name> names;
    names.reserve(lines.size());
    for (const QString& line : lines)
        names.append({line, asciiSlug(line)});
    if (names.isEmpty())
        names.append({u"Alex"_s, u"alex"_s});
    return names;
}

/// "王 wang 74": text, romanisation, optional weight (appended cumulatively when weights is given).
QList<DemoWordLists::Name> romanisedNames(const QStringList& lines, QList<quint32>* weights) {
    QList<DemoWordLists::Name> names;
    quint32 total = 0;
    for (const QString& line : lines) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() < 2)
            continue;
        names.append({parts.at(0), asciiSlug(parts.at(1))});
        if (weights) {
            total += parts.size() > 2 ? std::max(1u, parts.at(2).toUInt()) : 1u;
            weights->append(total);
        }
    }
    if (names.isEmpty()) {
        names.append({u"李"_s, u"li"_s});
        if (weights)
            weights->append(1);
    }
    return names;
}

QStringList orPlaceholder(QStringList list, const QString& placeholder) {
    if (list.isEmpty())
        list.append(placeholder);
    return list;
}

void loadCompanies(DemoWordLists& lists, const QString& dir) {
    lists.westernCompanyRoots = plainNames(readLines(dir, u"western_company_roots.txt"_s, lists.problems));
    for (const QString& line : readLines(dir, u"western_company_words.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 2);
        lists.westernCompanyWords.append({f.at(0), asciiSlug(f.at(0)), listField(f.at(1))});
    }
    for (const QString& line : readLines(dir, u"chinese_company_words.txt"_s, lists.problems)) {
        const QStringList parts = line.simplified().split(u' ');
        if (parts.size() >= 2)
            lists.chineseCompanyWords.append({parts.at(0), asciiSlug(parts.at(1)), {}});
    }
    for (const QString& line : readLines(dir, u"chinese_company_suffixes.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 3);
        lists.chineseCompanySuffixes.append({f.at(0), asciiSlug(f.at(1)), listField(f.at(2))});
    }
    if (lists.westernCompanyWords.isEmpty())
        lists.westernCompanyWords.append({u"Systems"_s, u"systems"_s, {}});
    if (lists.chineseCompanyWords.isEmpty())
        lists.chineseCompanyWords.append({u"华信"_s, u"huaxin"_s, {}});
    if (lists.chineseCompanySuffixes.isEmpty())
        lists.chineseCompanySuffixes.append({u"有限公司"_s, u"co"_s, {}});
    lists.industries = industries();
}

qsizetype streetListFor(const QHash<QString, qsizetype>& byLanguage, const QString& language) {
    const auto it = byLanguage.constFind(language);
    if (it != byLanguage.constEnd())
        return *it;
    return byLanguage.value(u"en"_s, 0);
}

void loadPlaces(DemoWordLists& lists, const QString& dir) {
    QHash<QString, qsizetype> countryByCode;
    for (const QString& line : readLines(dir, u"countries.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 9);
        DemoWordLists::Country country{f.at(0),
                                       f.at(1),
                                       f.at(2),
                                       f.at(3),
                                       f.at(4),
                                       f.at(5).toInt(),
                                       listField(f.at(6)),
                                       listField(f.at(7)),
                                       listField(f.at(8))};
        if (country.phoneFormats.isEmpty())
            country.phoneFormats.append(u"+1 ({a}) %##-####"_s);
        if (country.mobileFormats.isEmpty())
            country.mobileFormats = country.phoneFormats;
        if (country.companySuffixes.isEmpty())
            country.companySuffixes.append(QString());
        countryByCode.insert(country.code, lists.countries.size());
        lists.countryByName.insert(country.name, lists.countries.size());
        lists.countries.append(country);
    }
    if (lists.countries.isEmpty()) {
        lists.countries.append({u"US"_s,
                                u"United States"_s,
                                u"USD"_s,
                                u"com"_s,
                                u"{n} {s}"_s,
                                -300,
                                {u"+1 ({a}) %##-####"_s},
                                {u"+1 ({a}) %##-####"_s},
                                {u"Inc."_s}});
        countryByCode.insert(u"US"_s, 0);
        lists.countryByName.insert(u"United States"_s, 0);
    }
    lists.chinaCountry = countryByCode.value(u"CN"_s, 0);

    QHash<QString, qsizetype> streetsByLanguage;
    for (const QString& line : readLines(dir, u"street_names.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 2);
        auto it = streetsByLanguage.find(f.at(0));
        if (it == streetsByLanguage.end()) {
            it = streetsByLanguage.insert(f.at(0), lists.streetLists.size());
            lists.streetLists.append(QStringList());
        }
        lists.streetLists[*it].append(f.at(1));
    }
    if (lists.streetLists.isEmpty())
        lists.streetLists.append({u"Main Street"_s});

    for (const QString& line : readLines(dir, u"western_cities.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 6);
        lists.westernCities.append({f.at(0),
                                    f.at(0),
                                    f.at(1),
                                    f.at(3),
                                    f.at(4),
                                    {},
                                    countryByCode.value(f.at(2), 0),
                                    streetListFor(streetsByLanguage, f.at(5))});
    }
    for (const QString& line : readLines(dir, u"chinese_cities.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 6);
        lists.chineseCities.append({f.at(0), f.at(1), f.at(2), f.at(3), f.at(4), listField(f.at(5)), lists.chinaCountry,
                                    streetListFor(streetsByLanguage, u"zh"_s)});
    }
    if (lists.westernCities.isEmpty())
        lists.westernCities.append({u"Springfield"_s, u"Springfield"_s, QString(), u"555"_s, u"#####"_s, {}, 0, 0});
    if (lists.chineseCities.isEmpty())
        lists.chineseCities.append(
            {u"北京"_s, u"北京市"_s, u"北京市"_s, u"10"_s, u"100###"_s, {}, lists.chinaCountry, 0});
}

void loadPeople(DemoWordLists& lists, const QString& dir) {
    lists.westernFirstNames = plainNames(readLines(dir, u"western_first_names.txt"_s, lists.problems));
    lists.westernLastNames = plainNames(readLines(dir, u"western_last_names.txt"_s, lists.problems));
    lists.chineseSurnames =
        romanisedNames(readLines(dir, u"chinese_surnames.txt"_s, lists.problems), &lists.chineseSurnameWeights);
    lists.chineseGivenNames = romanisedNames(readLines(dir, u"chinese_given_names.txt"_s, lists.problems), nullptr);
    lists.jobTitles = orPlaceholder(readLines(dir, u"job_titles.txt"_s, lists.problems), u"Manager"_s);
    lists.jobTitlesZh = orPlaceholder(readLines(dir, u"job_titles_zh.txt"_s, lists.problems), u"经理"_s);
    lists.tags = orPlaceholder(readLines(dir, u"tags.txt"_s, lists.problems), u"demo"_s);
    for (const QString& line : readLines(dir, u"teams.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 2);
        lists.teams.append({f.at(0), listField(f.at(1))});
    }
    if (lists.teams.isEmpty())
        lists.teams.append({u"Sales"_s, {}});
    for (const QString& line : readLines(dir, u"email_providers.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 2);
        (f.at(0) == u"zh"_s ? lists.chineseEmailProviders : lists.westernEmailProviders).append(f.at(1));
    }
    lists.westernEmailProviders = orPlaceholder(lists.westernEmailProviders, u"example.com"_s);
    lists.chineseEmailProviders = orPlaceholder(lists.chineseEmailProviders, u"example.cn"_s);
}

void loadKindLists(std::array<QStringList, DemoWordLists::kindCount>& out, const QStringList& lines) {
    for (const QString& line : lines) {
        const QStringList f = fields(line, 2);
        ActivityKind kind;
        if (parseActivityKind(f.at(0), &kind))
            out[std::size_t(kind)].append(f.at(1));
    }
}

void loadActivities(DemoWordLists& lists, const QString& dir) {
    quint32 total = 0;
    for (const QString& line : readLines(dir, u"call_outcomes.txt"_s, lists.problems)) {
        const QStringList f = fields(line, 2);
        total += std::max(1u, f.at(0).toUInt());
        lists.callOutcomes.append(f.at(1));
        lists.callOutcomeWeights.append(total);
    }
    if (lists.callOutcomes.isEmpty()) {
        lists.callOutcomes.append(u"connected"_s);
        lists.callOutcomeWeights.append(1);
    }
    loadKindLists(lists.subjects, readLines(dir, u"activity_subjects.txt"_s, lists.problems));
    loadKindLists(lists.subjectsZh, readLines(dir, u"activity_subjects_zh.txt"_s, lists.problems));
    for (int kind = 0; kind < DemoWordLists::kindCount; ++kind) {
        const QString fallback = activityKindName(ActivityKind(kind));
        lists.subjects[std::size_t(kind)] = orPlaceholder(lists.subjects[std::size_t(kind)], fallback);
        lists.subjectsZh[std::size_t(kind)] =
            orPlaceholder(lists.subjectsZh[std::size_t(kind)], lists.subjects[std::size_t(kind)].first());
    }

    const auto loadNotes = [&](std::array<QStringList, 3>& out, const QString& file) {
        static const QString kinds[] = {u"account"_s, u"contact"_s, u"activity"_s};
        for (const QString& line : readLines(dir, file, lists.problems)) {
            const QStringList f = fields(line, 2);
            for (std::size_t k = 0; k < 3; ++k) {
                if (f.at(0) == kinds[k])
                    out[k].append(f.at(1));
            }
        }
        for (QStringList& list : out)
            list = orPlaceholder(list, u"-"_s);
    };
    loadNotes(lists.notes, u"notes.txt"_s);
    loadNotes(lists.notesZh, u"notes_zh.txt"_s);
}

} // namespace

const DemoWordLists& DemoWordLists::instance() {
    static const DemoWordLists lists = load(u":/demo"_s);
    return lists;
}

DemoWordLists DemoWordLists::load(const QString& directory) {
    DemoWordLists lists;
    loadPeople(lists, directory);
    loadCompanies(lists, directory);
    loadPlaces(lists, directory);
    loadActivities(lists, directory);
    return lists;
}

} // namespace Fieldbook
