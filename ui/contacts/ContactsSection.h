#pragma once

#include "common/RecordSectionOf.h"
// Defined, not declared ahead: lupdate loses the class's namespace after a template declaration.
#include "workflows/DuplicateCheckedSave.h"

class QTabWidget;

namespace Fieldbook {

class FilterBar;
class RecordListModel;
class AttachmentsPane;
class ContactEditor;
class DetailHeader;
class TimelinePane;

/// The Contacts section: list and filters, the contact form, its timeline and attachments.
class ContactsSection final : public RecordSectionOf<RecordListModel, FilterBar> {
    Q_OBJECT
public:
    explicit ContactsSection(AppContext& context, QWidget* parent = nullptr);

    /// Lists the contacts of one account and opens `contactId` (empty: the first one).
    void showAccountContacts(const QString& accountId, const QString& accountName, const QString& contactId);
    ContactEditor* editor() const { return m_editor; }
    TimelinePane* timeline() const { return m_timeline; }

protected:
    void showRecord(const QString& id) override;
    void startNewRecord() override;
    bool isDirty() const override;
    std::optional<QString> saveRecord() override;
    [[nodiscard]] Result<void> removeRecord(const QString& id) override;
    [[nodiscard]] Result<void> restoreRecord(const QString& id) override;
    [[nodiscard]] Result<QString> mergeRecords(const QString& keepId, const QString& otherId) override;
    QString recordName(const QString& id) const override;
    QString recordSummary(const QString& id) const override;
    QString deletedText(int count) const override;
    QString countText(int count) const override;
    QString emptyText(bool filtering) const override;

private:
    QWidget* createDetailPane();
    void addLogActions();
    void showBlank();
    /// Warns about likely duplicates of a new contact; returns what save should do next.
    std::optional<QString> resolveDuplicates(const Contact& contact, const DuplicateCheck<Contact>& check,
                                             bool* proceed);

    DetailHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    ContactEditor* m_editor = nullptr;
    TimelinePane* m_timeline = nullptr;
    AttachmentsPane* m_attachments = nullptr;
};

} // namespace Fieldbook
