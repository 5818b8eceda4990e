#pragma once

#include "Translations.h"

#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

namespace Fieldbook::Test {

/// The dark palette the screenshot tests render with, as a dark desktop theme sets it.
inline QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Light, QColor(90, 90, 90));
    dark.setColor(QPalette::Midlight, QColor(70, 70, 70));
    dark.setColor(QPalette::Mid, QColor(80, 80, 80));
    dark.setColor(QPalette::Dark, QColor(30, 30, 30));
    dark.setColor(QPalette::Shadow, QColor(15, 15, 15));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::ToolTipBase, QColor(53, 53, 53));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    return dark;
}

/// `widget` as it is painted, checked to be the widget's size (a failed grab is empty).
inline QImage grabbed(QWidget& widget) {
    const QImage image = widget.grab().toImage();
    CHECK(image.size() == widget.size());
    return image;
}

/// Saves `image` as `name` in the folder the environment variable `folderVariable` names, when it
/// names one: the renders to look at.
inline void saveScreenshot(const QImage& image, const char* folderVariable, const QString& name) {
    const QString folder = qEnvironmentVariable(folderVariable);
    if (!folder.isEmpty() && QDir().mkpath(folder))
        CHECK(image.save(QDir(folder).filePath(name)));
}

/// Texts not in the translation yet, from a file of tab-separated lines (screenshots only).
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

/// The language of the renders (English, or Chinese with FIELDBOOK_SCREENSHOT_TRANSLATIONS): its translators are
/// installed as long as this lives.
struct ScreenshotLanguage {
    explicit ScreenshotLanguage(bool chinese)
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
    ~ScreenshotLanguage() {
        for (const auto& translator : m_translators)
            QCoreApplication::removeTranslator(translator.get());
        QLocale::setDefault(m_default);
    }
    ScreenshotLanguage(const ScreenshotLanguage&) = delete;
    ScreenshotLanguage& operator=(const ScreenshotLanguage&) = delete;

private:
    QLocale m_default;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Fieldbook::Test
