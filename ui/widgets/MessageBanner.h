#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace Fieldbook {

/// An inline message above a view: what just happened, what went wrong and how to fix it,
/// optionally with one action ("Undo"). Colours are derived from the palette.
class MessageBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    /// Shows `text`; hides itself after `autoHideMs` when positive (0: stays).
    void showMessage(const QString& text, Type type, int autoHideMs = 0);
    /// Shows `text` with a button that runs `action` and closes the banner.
    void showAction(const QString& text, Type type, const QString& actionText, std::function<void()> action,
                    int autoHideMs = 0);
    void hideMessage();
    QString text() const;
    Type type() const { return m_type; }
    /// Runs the action button's action, as a click would (keyboard users, tests).
    bool triggerAction();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    QTimer* m_hideTimer;
    std::function<void()> m_callback;
    Type m_type = Type::Information;
};

} // namespace Fieldbook
