#pragma once

#include "common/RecordSectionOf.h"
// Defined, not declared ahead: lupdate loses the class's namespace after a template declaration.
#include "workflows/DuplicateCheckedSave.h"

class QTabWidget;

namespace Fieldbook {

class FilterBar;
class RecordListModel;
class AccountContactsList;
class AccountEditor;
class AttachmentsPane;
class DetailHeader;
class TimelinePane;

/// The Accounts section: list and filters, the account form, its contacts, timeline and attachments.
class AccountsSection final : public RecordSectionOf<RecordListModel, FilterBar> {
    Q_OBJECT
public:
    explicit AccountsSection(AppContext& context, QWidget* parent = nullptr);

    AccountEditor* editor() const { return m_editor; }

signals:
    /// The user wants to see the account's contacts (and open `contactId` if not empty).
    void contactsRequested(const QString& accountId, const QString& accountName, const QString& contactId);

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
    std::optional<QString> resolveDuplicates(const Account& account, const DuplicateCheck<Account>& check,
                                             bool* proceed);

    DetailHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    AccountEditor* m_editor = nullptr;
    AccountContactsList* m_contacts = nullptr;
    TimelinePane* m_timeline = nullptr;
    AttachmentsPane* m_attachments = nullptr;
};

} // namespace Fieldbook
