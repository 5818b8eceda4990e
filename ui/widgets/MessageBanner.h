#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace Fieldbook {

/// An inline message about a view: what just happened, what went wrong and how to fix it,
/// optionally with one action ("Undo"). Colours are derived from the palette. In a layout it takes
/// room when shown; floatOver() lays it over the foot of a view instead, so that nothing moves.
class MessageBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    /// Shows the banner over the bottom edge of `area` (the banner's parent or a widget inside it),
    /// following its size, instead of in a layout: a message appearing never moves the rows or
    /// fields under the pointer. The banner must not be in a layout.
    void floatOver(QWidget* area);

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
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyColours();
    /// Follows the area floatOver() named.
    void place();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    QTimer* m_hideTimer;
    std::function<void()> m_callback;
    Type m_type = Type::Information;
    QPointer<QWidget> m_area;
};

} // namespace Fieldbook
