#pragma once

#include "common/SectionFrame.h"
#include "domain/Pipeline.h"

namespace Fieldbook {

class OpportunityFilterBar;
class OpportunityListModel;
class PipelineBoardModel;
class PipelineBoardView;
class PipelineChooser;
struct Opportunity;

/// The Opportunities section: the pipeline board (drag a card to another stage) and the list with
/// filters and sorting; opportunities are created and edited in a dialog. Moves, deletions and
/// errors are told in the section's banner, moves and deletions with Undo. With more than one
/// pipeline, a chooser in the toolbar says which one the board and the list show (remembered).
/// The board stands in the section frame in place of the list; there is no detail pane.
class OpportunitiesSection final : public SectionFrame {
    Q_OBJECT
public:
    enum class Mode { Board, List };

    explicit OpportunitiesSection(AppContext& context, QWidget* parent = nullptr);
    ~OpportunitiesSection() override;

    QString statusText() const override;
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
    OpportunitiesSection(AppContext& context, OpportunityFilterBar* filterBar, QWidget* parent);
    void ensureContent();
    void createActions();
    void setUpList();
    /// Reads the pipelines and shows the chosen one, rebuilding the models when it changed.
    void reloadPipelines();
    /// Builds the board and list models (and the board) for m_pipeline, replacing earlier ones.
    void createModels();
    /// The board and list models for m_pipeline, for the list view kept across pipelines.
    void replaceListModel();
    void applyFilter();
    void updateEmptyState();
    QString nameOf(const QString& id) const;

    Pipeline m_pipeline;
    QList<Pipeline> m_pipelines;
    OpportunityFilterBar* m_filterBar;
    PipelineChooser* m_pipelineChooser = nullptr;
    QAction* m_pipelineChooserAction = nullptr;
    PipelineBoardModel* m_boardModel = nullptr;
    OpportunityListModel* m_listModel = nullptr;
    PipelineBoardView* m_board = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_boardAction = nullptr;
    QAction* m_listAction = nullptr;
};

} // namespace Fieldbook
