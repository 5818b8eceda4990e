#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace Fieldbook {

/// Every keyboard shortcut of the window, read from its actions rather than written down: one
/// group per menu (or section), each action that has a shortcut with its text and its shortcuts
/// as the platform writes them.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    struct Group {
        QString title;
        QList<QAction*> actions;
    };

    /// The property an action whose text changes ("Undo: Contact deleted") names itself with here.
    static constexpr const char* kNameProperty = "shortcutName";

    ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    /// One group per menu of `bar`, in its order, with the actions of its submenus; `skip` leaves
    /// out a menu whose actions are listed otherwise.
    static QList<Group> menuGroups(const QMenuBar* bar, const QList<const QMenu*>& skip = {});
    /// An action's or menu's text as a reader wants it: without mnemonics ("&Save", "保存(&S)") and
    /// a trailing ellipsis.
    static QString plainText(const QString& text);
    /// What the list calls `action`: its kNameProperty, else its plain text.
    static QString actionName(const QAction* action);

private:
    QTreeWidget* m_list;
};

} // namespace Fieldbook
