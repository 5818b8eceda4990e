#pragma once

#include <QMessageBox>

#include <optional>

namespace Fieldbook {

/// The one way to ask the user for a decision. Tests answer the next question in advance with
/// setNextAnswer(), so no modal dialog ever blocks a test run.
class MessageBox final {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                           Button defaultButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);

    /// Test hook: the next dialog is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    /// The text of the last dialog answered through the hook (for test assertions).
    static QString lastText();

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       Buttons buttons, Button defaultButton, const QString& details = {});
    static std::optional<Button> s_nextAnswer;
    static QString s_lastText;
};

} // namespace Fieldbook
