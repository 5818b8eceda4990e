#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Fieldbook {

/// The demo-data word lists (resources/demo/*.txt), parsed once; immutable and shared between threads.
struct DemoWordLists {
    /// A name with its ASCII form for e-mail addresses and domains ("Müller" -> "muller", "王" -> "wang").
    struct Name {
        QString text;
        QString ascii;
    };
    /// A word of a company name and the industries it implies (empty: any).
    struct CompanyWord {
        QString text;
        QString ascii;
        QStringList industries;
    };
    struct Country {
        QString code;
        QString name;
        QString currency;
        QString topLevelDomain;
        QString streetFormat;
        int utcOffsetMinutes = 0;
        QStringList phoneFormats;
        QStringList mobileFormats;
        QStringList companySuffixes;
    };
    struct City {
        QString shortName; ///< Chinese cities: the prefix of company names
        QString name;
        QString region;
        QString areaCode;
        QString postalFormat;
        QStringList districts;
        qsizetype country = 0;    ///< index into countries
        qsizetype streetList = 0; ///< index into streetLists
    };
    struct Team {
        QString name;
        QStringList countryCodes;
    };

    /// The lists embedded under ":/demo/"; loaded on first use.
    static const DemoWordLists& instance();
    /// Loads every list from a directory (":/demo" or a file system path). Missing or empty lists get a
    /// placeholder entry and a warning, so that generation never indexes an empty list.
    static DemoWordLists load(const QString& directory);

    /// Names of lists that were missing or empty when loading.
    QStringList problems;

    QList<Name> westernFirstNames;
    QList<Name> westernLastNames;
    QList<Name> chineseSurnames;
    QList<quint32> chineseSurnameWeights; ///< cumulative
    QList<Name> chineseGivenNames;

    QList<Name> westernCompanyRoots;
    QList<CompanyWord> westernCompanyWords;
    QList<CompanyWord> chineseCompanyWords;
    QList<CompanyWord> chineseCompanySuffixes;
    QStringList industries;

    QList<Country> countries;
    QHash<QString, qsizetype> countryByName;
    qsizetype chinaCountry = 0;
    QList<City> westernCities;
    QList<City> chineseCities;
    QList<QStringList> streetLists;

    QStringList jobTitles;
    QStringList jobTitlesZh;
    QStringList tags;
    QList<Team> teams;
    QStringList westernEmailProviders;
    QStringList chineseEmailProviders;

    QStringList callOutcomes;
    QList<quint32> callOutcomeWeights;  ///< cumulative
    static constexpr int kindCount = 6; ///< ActivityKind values
    std::array<QStringList, kindCount> subjects;
    std::array<QStringList, kindCount> subjectsZh;

    enum class NoteKind { Account, Contact, Activity };
    std::array<QStringList, 3> notes;
    std::array<QStringList, 3> notesZh;
};

} // namespace Fieldbook
