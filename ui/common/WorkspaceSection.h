#pragma once

#include <QWidget>

class QAction;

namespace Fieldbook {

class MessageBanner;

/// What the main window needs of each section it shows: the Record menu's actions, the status bar
/// text, the banner for what the user just did, and a chance to keep unsaved edits.
class WorkspaceSection : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Actions for the main window's "Record" menu (New, Save, Delete, ...).
    virtual QList<QAction*> recordActions() const = 0;
    /// "1,234 contacts" for the status bar.
    virtual QString statusText() const = 0;
    virtual MessageBanner* banner() const = 0;
    /// Asks about unsaved edits; false means stay.
    virtual bool confirmLeave() = 0;
    /// Shows the stored version again after sync changed the store underneath.
    virtual void refreshCurrentRecord() = 0;

signals:
    void statusChanged();
    /// Asks the main window to open a record of another section (a link, a timeline's event).
    void recordRequested(const QString& table, const QString& id);
};

} // namespace Fieldbook
