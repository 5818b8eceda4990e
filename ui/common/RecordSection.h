#pragma once

#include "common/Error.h"
#include "common/SectionFrame.h"

#include <memory>
#include <optional>

class QAbstractProxyModel;
class QModelIndex;

namespace Fieldbook {

class PagedRecords;

/// A section whose records open in a detail pane beside a lazily paged list (Contacts, Accounts,
/// Leads): the list-side workflow in the section frame. It owns selection, leaving a record with
/// unsaved edits, next and previous, delete with undo, and merge; subclasses provide the detail
/// pane and the repository calls. Subclass RecordSectionOf, which names the model and filter bar.
class RecordSection : public SectionFrame {
    Q_OBJECT
public:
    /// The record actions the section starts with.
    enum class Actions {
        Full,    ///< New, Save, Delete, Merge, next and previous record, Find
        Editing, ///< New, Save, Delete: the section adds the rest
    };

    ~RecordSection() override;

    /// "1,234 contacts" for the status bar.
    QString statusText() const override;
    QString currentId() const { return m_currentId; }
    /// The selected records, or the open one when none is selected.
    QStringList selectedIds() const;

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
    /// `records` pages the list shown through `presentation`; `filterBar` is also `filter`; `strip`
    /// goes under the toolbar (SectionFrame).
    RecordSection(AppContext& context, const RecordType& type, std::unique_ptr<PagedRecords> records,
                  QWidget* filterBar, SectionFilter* filter, QAbstractProxyModel* presentation, Actions actions,
                  QWidget* parent, QWidget* strip);

    /// Places the detail pane (`sizes` until the user drags the splitter) and opens the first
    /// record; called once by the subclass constructor.
    void setDetailPane(QWidget* detail, const QList<int>& sizes = {600, 460});
    /// Selects `id` in the list without asking about unsaved edits (after save, merge, undo).
    void selectQuietly(const QString& id);
    void setCurrentRecord(const QString& id);
    /// The proxy between the list model and the list (RecordSectionOf::presentation()).
    QAbstractProxyModel* presentationModel() const { return m_presentation; }
    /// Runs `change`, which moves rows under the selection, without taking that for the user
    /// choosing another record.
    void quietly(const std::function<void()>& change);

    virtual void showRecord(const QString& id) = 0;
    virtual void startNewRecord() = 0;
    virtual bool isDirty() const = 0;
    /// Saves the detail pane; the id to show next, or nullopt when it failed (banner shown) or was cancelled.
    virtual std::optional<QString> saveRecord() = 0;
    [[nodiscard]] virtual Result<void> removeRecord(const QString& id) = 0;
    [[nodiscard]] virtual Result<void> restoreRecord(const QString& id) = 0;
    virtual QString deletedText(int count) const = 0;
    virtual QString countText(int count) const = 0;
    virtual QString emptyText(bool filtering) const = 0;
    /// What Save/Discard/Cancel asks before the user leaves unsaved edits.
    virtual QString unsavedQuestion() const;
    // Merge (Actions::Full) needs these three.
    [[nodiscard]] virtual Result<QString> mergeRecords(const QString& keepId, const QString& otherId);
    virtual QString recordName(const QString& id) const;
    virtual QString recordSummary(const QString& id) const;

private:
    void createActions(Actions actions);
    void onCurrentChanged(const QModelIndex& current);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void moveSelection(int delta);
    void updateEmptyState();
    /// Deletes the records, stopping at the first refusal; `removed` gets those deleted. When the
    /// open record is among them, the next one opens.
    [[nodiscard]] Result<void> removeRecords(const QStringList& ids, QStringList* removed);

    std::unique_ptr<PagedRecords> m_records;
    SectionFilter* m_filter;
    QAbstractProxyModel* m_presentation;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_currentId;
    int m_quiet = 0;
};

} // namespace Fieldbook
