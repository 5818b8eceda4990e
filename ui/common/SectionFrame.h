#pragma once

#include "AppContext.h"
#include "common/WorkspaceSection.h"

#include <QFlags>

#include <functional>

class QKeySequence;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace Fieldbook {

class MessageBanner;
class SectionFilter;
struct RecordType;

/// The frame every workspace section stands in (docs/architecture.md, "Sections"): the toolbar of
/// record actions, which the main window's Record menu shows as well; an optional strip under it
/// (Leads' quick add); the filter bar over the list; the list, or another view in its place (the
/// pipeline board), with a text where there is nothing to show; an optional detail pane beside
/// them; and the banner floating over the list for what the user just did, with Undo.
///
/// A section names the record type it shows: its window state is kept under the type's table, and
/// it follows store changes by record type (onStoreChange()), never by comparing table names.
class SectionFrame : public WorkspaceSection {
    Q_OBJECT
public:
    /// Where a record action or separator goes; ToolBarOnly is for separators.
    enum class Placement { ToolBarAndMenu, MenuOnly, ToolBarOnly };
    /// What the store reports of a record type: changed records, or a reset (import, sync's first pull).
    enum class StoreChange { Records = 0x1, Reset = 0x2 };
    Q_DECLARE_FLAGS(StoreChanges, StoreChange)

    ~SectionFrame() override;

    /// Actions for the main window's "Record" menu, in the order of the section's toolbar.
    QList<QAction*> recordActions() const override { return m_actions; }
    MessageBanner* banner() const override { return m_banner; }
    /// The list of records; a section may show another view in its place (showView()).
    QTableView* table() const { return m_table; }
    /// Puts the cursor into the filter bar's search field.
    void focusSearch();
    /// Shows `message` as an error in the banner.
    void showError(const QString& message);

protected:
    /// `filterBar` is the bar over the list, `filter` the same object seen as a SectionFilter;
    /// `strip`, if any, goes between the toolbar and the list (Leads' quick add). The frame takes
    /// both, which have no parent yet, in the order of the focus chain.
    SectionFrame(AppContext& context, const RecordType& type, QWidget* filterBar, SectionFilter* filter,
                 QWidget* parent, QWidget* strip = nullptr);
    /// Places `detail` beside the filter bar and the list, with a splitter the user can drag
    /// (`sizes` until they do); called at most once. Without it the list takes the whole width.
    void addDetailPane(QWidget* detail, const QList<int>& sizes);
    /// Adds a view that can stand in place of the list (Opportunities' board).
    void addView(QWidget* view);
    void removeView(QWidget* view);
    /// Shows `view` (the list or one added with addView()), or `emptyText` in its place when `empty`.
    void showView(QWidget* view, bool empty, const QString& emptyText);
    /// Restores the list's columns as the user left them, then fits them to the width with
    /// `stretchColumn` taking the room left (RecordTable). The list needs its model first.
    void restoreListColumns(int stretchColumn);
    /// Where the section's window state is kept: its record type's table.
    QString settingsGroup() const { return m_settingsGroup; }

    /// Adds an action to the toolbar (unless MenuOnly) and the Record menu; a shortcut is named
    /// in its tooltip.
    QAction* addRecordAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                             const QString& objectName, Placement placement = Placement::ToolBarAndMenu);
    /// A separator in the toolbar, and with ToolBarAndMenu in the Record menu as well.
    void addSeparator(Placement placement = Placement::ToolBarAndMenu);
    /// Find (Ctrl+F), in the Record menu only: the cursor into the search field.
    QAction* addFindAction();
    QToolBar* toolBar() const { return m_toolBar; }

    /// Shows `text` in the banner with an "Undo" button for the undo entry `token`.
    void offerUndo(const QString& text, int token);
    /// Calls `react` whenever the store reports `changes` to records of `type` (saved here, by sync,
    /// by an import or by another window).
    void onStoreChange(const RecordType& type, StoreChanges changes, std::function<void()> react);
    /// Runs `write`, a change of the section's own that it shows afterwards itself: the reactions
    /// of onStoreChange() stay quiet meanwhile (the store reports changes while they are written).
    void writingOwn(const std::function<void()>& write);

    AppContext& m_context;
    MessageBanner* m_banner; ///< banner(), for the sections' own code

private:
    bool m_writingOwn = false;
    QString m_settingsGroup;
    QWidget* m_filterBar;
    SectionFilter* m_filter;
    QVBoxLayout* m_layout;
    QToolBar* m_toolBar;
    QStackedWidget* m_views;
    QLabel* m_emptyLabel;
    QTableView* m_table;
    QSplitter* m_splitter = nullptr;
    QList<QAction*> m_actions;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SectionFrame::StoreChanges)

} // namespace Fieldbook
