#pragma once

#include <QColor>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QWidget>

#include <catch2/catch.hpp>

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
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
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

} // namespace Fieldbook::Test
