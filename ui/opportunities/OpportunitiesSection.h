#pragma once

#include "AppContext.h"
#include "common/WorkspaceSection.h"
#include "domain/Pipeline.h"

class QComboBox;
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
/// errors are told in the section's banner, moves and deletions with Undo. With more than one
/// pipeline, a chooser in the toolbar says which one the board and the list show (remembered).
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
    /// The pipeline the board and the list show.
    const Pipeline& pipeline() const { return m_pipeline; }
    /// Shows the pipeline `key` on the board and in the list (if it is one of the active pipelines).
    void choosePipeline(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureContent();
    void createActions();
    QAction* addAction(const QString& text, const QString& icon, const QKeySequence& shortcut,
                       const QString& objectName);
    void createList();
    /// Reads the pipelines and shows the chosen one, rebuilding the models when it changed.
    void reloadPipelines();
    /// Builds the board and list models (and the board) for m_pipeline, replacing earlier ones.
    void createModels();
    void updateEmptyState();
    void offerUndo(const QString& text, int token);
    QString nameOf(const QString& id) const;

    AppContext& m_context;
    Pipeline m_pipeline;
    QList<Pipeline> m_pipelines;
    QToolBar* m_toolBar;
    QComboBox* m_pipelineChooser = nullptr;
    QAction* m_pipelineChooserAction = nullptr;
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
