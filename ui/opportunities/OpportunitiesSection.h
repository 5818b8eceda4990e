#pragma once

#include "AppContext.h"
#include "common/WorkspaceSection.h"
#include "domain/Pipeline.h"

class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Fieldbook {

class MessageBanner;
class OpportunityFilterBar;
class OpportunityListModel;
class PipelineBoardModel;
class PipelineBoardView;
struct Opportunity;

/// The Opportunities section: the pipeline board (drag a card to another stage) and the list with
/// filters and sorting; opportunities are created and edited in a dialog. Moves, deletions and
/// errors are told in the section's banner, moves and deletions with Undo.
class OpportunitiesSection final : public WorkspaceSection {
    Q_OBJECT
public:
    enum class Mode { Board, List };

    explicit OpportunitiesSection(AppContext& context, QWidget* parent = nullptr);
    ~OpportunitiesSection() override;

    QList<QAction*> recordActions() const override { return m_actions; }
    QString statusText() const override;
    MessageBanner* banner() const override { return m_banner; }
    bool confirmLeave() override { return true; } // edits happen in a modal dialog
    void refreshCurrentRecord() override {}       // the models follow the store

    // The models read the store when the section is first shown, not while the window is built.
    PipelineBoardModel* boardModel();
    OpportunityListModel* listModel();
    PipelineBoardView* board();
    QTableView* list();
    Mode mode() const;
    void setMode(Mode mode);
    /// The opportunity the board's or the list's current card or row shows.
    QString currentId() const;

    void newOpportunity();
    void openOpportunity(const QString& id);
    void deleteCurrent();
    /// Moves the opportunities to `stageKey`; Lost asks for the reason first (cancel: nothing moves).
    void moveToStage(const QStringList& ids, const QString& stageKey);
    /// Moves the current card one stage on (+1) or back (-1).
    void moveCurrent(int direction);
    /// The reporting currency or rates changed in the settings.
    void reloadCurrencySettings();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureContent();
    void createActions();
    QAction* addAction(const QString& text, const QString& icon, const QKeySequence& shortcut,
                       const QString& objectName);
    void createList();
    void updateEmptyState();
    void offerUndo(const QString& text, int token);
    QString nameOf(const QString& id) const;

    AppContext& m_context;
    Pipeline m_pipeline;
    QToolBar* m_toolBar;
    MessageBanner* m_banner;
    OpportunityFilterBar* m_filterBar;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    PipelineBoardModel* m_boardModel = nullptr;
    OpportunityListModel* m_listModel = nullptr;
    PipelineBoardView* m_board = nullptr;
    QTableView* m_list = nullptr;
    QList<QAction*> m_actions;
    QAction* m_boardAction = nullptr;
    QAction* m_listAction = nullptr;
};

} // namespace Fieldbook
