#pragma once

#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Fieldbook::Test {

/// Texts not in the translation yet, from a file of "context<TAB>source<TAB>translation" lines
/// (screenshots only).
class ExtraTranslations final : public QTranslator {
public:
    explicit ExtraTranslations(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList parts = line.split(u'\t');
            if (parts.size() == 3)
                m_texts.insert(parts.at(0) + u'\x1f' + parts.at(1), parts.at(2));
        }
    }
    QString translate(const char* context, const char* source, const char*, int n) const override {
        QString text = m_texts.value(QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source));
        return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

/// The language of screenshot renders: for Chinese, Qt's and Fieldbook's translators and those of
/// the file FIELDBOOK_SCREENSHOT_TRANSLATIONS names are installed, and the default locale is
/// Chinese, as long as this lives.
class Language final {
public:
    explicit Language(bool chinese)
        : m_default(QLocale()) {
        if (!chinese)
            return;
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(zh);
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(zh, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_translators.push_back(std::move(qt));
        if (auto own = loadTranslator(zh))
            m_translators.push_back(std::move(own));
        if (const QString extra = qEnvironmentVariable("FIELDBOOK_SCREENSHOT_TRANSLATIONS"); !extra.isEmpty())
            m_translators.push_back(std::make_unique<ExtraTranslations>(extra));
        for (const auto& translator : m_translators)
            QCoreApplication::installTranslator(translator.get());
    }
    ~Language() {
        for (const auto& translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
        QLocale::setDefault(m_default);
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QLocale m_default;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Fieldbook::Test
