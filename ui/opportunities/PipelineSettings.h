#pragma once

#include "common/Error.h"
#include "domain/Pipeline.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Fieldbook {

class Database;
class MessageBanner;

/// The Pipelines tab of the settings: the organisation's pipelines (add, rename, deactivate) and
/// the stages of the chosen one (name, probability, forecast category, outcome; add, remove and
/// move with Alt+Up and Alt+Down). A rule a pipeline breaks is told below the stages at once;
/// changes are saved with save(). Reps see the pipelines but cannot change them.
class PipelineSettings final : public QWidget {
    Q_OBJECT
public:
    explicit PipelineSettings(Database& db, QWidget* parent = nullptr);

    /// Whether the local user may change pipelines.
    bool isEditable() const { return m_editable; }
    bool isDirty() const;
    /// Saves the pipelines that changed, then (de)activations. The first refusal is returned and
    /// told below the stages, with its pipeline selected; what was saved before it stays saved.
    [[nodiscard]] Result<void> save();

    /// The pipelines as edited, in the list's order.
    QList<Pipeline> pipelines() const;
    void selectPipeline(int row);
    void addPipeline();
    void toggleActive();
    void addStage();
    void removeStage();
    /// Moves the current stage one row up (-1) or down (+1).
    void moveStage(int delta);

private:
    struct Entry {
        Pipeline pipeline; ///< as edited; a new one has no key yet
        Pipeline saved;    ///< as stored; compared to tell what changed
        bool isNew = false;
    };

    void createLayout();
    void setUpStagesTable();
    /// Alt+Up and Alt+Down on the stages, and the buttons beside them, move the current stage.
    void addMoveShortcuts();
    void placeWidgets();
    void connectWidgets();
    void fillList();
    void showStages();
    void fillRow(int row, const PipelineStage& stage);
    void readRow(int row);
    /// The rule the current pipeline breaks, below the stages; hidden when none.
    void updateProblem();
    void updateButtons();
    /// Why `entry` cannot be saved as it is, or empty.
    QString problemOf(const Entry& entry) const;
    Entry* current();
    void showFailure(int row, const QString& message);

    Database& m_db;
    bool m_editable = false;
    QList<Entry> m_entries;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_active;
    QLabel* m_stagesLabel;
    QTableWidget* m_stages;
    QPushButton* m_addStage;
    QPushButton* m_removeStage;
    QPushButton* m_up;
    QPushButton* m_down;
    MessageBanner* m_problem;
    QLabel* m_note;
};

} // namespace Fieldbook
