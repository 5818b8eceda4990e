#pragma once

#include "AppContext.h"
#include "common/WorkspaceSection.h"
#include "common/Error.h"

#include <optional>

class QAction;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Fieldbook {

class FilterBar;
class ListPresentationProxy;
class MessageBanner;
class RecordListModel;

/// A workspace section over one record type: filter bar, lazily paged list, detail pane.
/// Owns the list-side workflow (selection, leaving a dirty record, next/previous, delete with
/// undo, merge); subclasses provide the detail pane and the repository calls.
class RecordSection : public WorkspaceSection {
    Q_OBJECT
public:
    RecordSection(AppContext& context, RecordListModel* model, const QString& table, QWidget* parent);
    ~RecordSection() override;

    /// Actions for the main window's "Record" menu (New, Save, Delete, Merge, ...).
    QList<QAction*> recordActions() const override { return m_actions; }
    /// "1,234 contacts" for the status bar.
    QString statusText() const override;
    QString currentId() const { return m_currentId; }
    RecordListModel* model() const { return m_model; }
    FilterBar* filterBar() const { return m_filterBar; }
    QTableView* table() const { return m_table; }
    MessageBanner* banner() const override { return m_banner; }

    void focusSearch();
    void newRecord();
    void save();
    void deleteSelected();
    void mergeSelected();
    void selectNext() { moveSelection(+1); }
    void selectPrevious() { moveSelection(-1); }
    /// Shows the record, clearing the filter if it hides it; asks first when edits are unsaved.
    void openRecord(const QString& id);
    /// Asks Save/Discard/Cancel when the detail pane has unsaved edits; false means stay.
    bool confirmLeave() override;
    /// Shows the stored version of the open record again after sync changed the store underneath;
    /// unsaved edits are left alone.
    void refreshCurrentRecord() override;

protected:
    /// Places the detail pane; called once by the subclass constructor.
    void setDetailPane(QWidget* detail);
    /// Inserts an action into the section toolbar and the Record menu.
    QAction* addRecordAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                             const QString& objectName);
    void addSeparator();
    /// Selects `id` in the list without asking about unsaved edits (after save, merge, undo).
    void selectQuietly(const QString& id);
    void setCurrentRecord(const QString& id);
    QString settingsGroup() const { return m_tableName; }
    ListPresentationProxy* presentation() const { return m_proxy; }
    /// Shows `text` in the banner with an "Undo" button for the undo entry `token`.
    void offerUndo(const QString& text, int token);

    virtual void showRecord(const QString& id) = 0;
    virtual void startNewRecord() = 0;
    virtual bool isDirty() const = 0;
    /// Saves the detail pane; the id to show next, or nullopt when it failed (banner shown) or was cancelled.
    virtual std::optional<QString> saveRecord() = 0;
    [[nodiscard]] virtual Result<void> removeRecord(const QString& id) = 0;
    [[nodiscard]] virtual Result<void> restoreRecord(const QString& id) = 0;
    [[nodiscard]] virtual Result<QString> mergeRecords(const QString& keepId, const QString& otherId) = 0;
    virtual QString recordName(const QString& id) const = 0;
    virtual QString recordSummary(const QString& id) const = 0;
    virtual QString deletedText(int count) const = 0;
    virtual QString countText(int count) const = 0;
    virtual QString emptyText(bool filtering) const = 0;

    AppContext& m_context;

private:
    void createActions();
    void onCurrentChanged(const QModelIndex& current);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void moveSelection(int delta);
    void updateEmptyState();
    QStringList selectedIds() const;
    /// Deletes the records, stopping at the first refusal; `removed` gets those deleted. When the
    /// open record is among them, the next one opens.
    [[nodiscard]] Result<void> removeRecords(const QStringList& ids, QStringList* removed);

    RecordListModel* m_model;
    ListPresentationProxy* m_proxy;
    QString m_tableName;
    QToolBar* m_toolBar;
    MessageBanner* m_banner;
    FilterBar* m_filterBar;
    QStackedWidget* m_listStack;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QSplitter* m_splitter;
    QList<QAction*> m_actions;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_currentId;
    int m_quiet = 0;
};

} // namespace Fieldbook
