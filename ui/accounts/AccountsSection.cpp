#include "AccountsSection.h"

#include "AccountContactsList.h"
#include "AccountEditor.h"

#include "activities/LogActions.h"
#include "activities/TimelinePane.h"
#include "attachments/AttachmentsPane.h"
#include "common/DetailHeader.h"
#include "common/DuplicateDialog.h"
#include "domain/Industry.h"
#include "models/AccountListModel.h"
#include "protocol/RecordType.h"
#include "store/records/AccountRepository.h"
#include "store/db/Database.h"
#include "widgets/FilterBar.h"
#include "widgets/MessageBanner.h"
#include "workflows/DuplicateCheckedSave.h"
#include "workflows/RecordMerge.h"
#include "telesales/NewCallListDialog.h"

#include <QAction>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

AccountsSection::AccountsSection(AppContext& context, QWidget* parent)
    : RecordSectionOf(context, RecordType::accounts(), new AccountListModel(context.db),
                      new FilterBar(context.db, RecordType::accounts()), parent) {
    setObjectName(u"accountsSection"_s);
    setDetailPane(createDetailPane());
    addLogActions();
    showBlank();
}

QWidget* AccountsSection::createDetailPane() {
    auto* pane = new QWidget(this);
    m_header = new DetailHeader(pane);
    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_editor = new AccountEditor(m_context.db, m_tabs);
    m_contacts = new AccountContactsList(m_context.db, m_tabs);
    m_timeline = new TimelinePane(m_context, m_tabs);
    m_attachments = new AttachmentsPane(m_context, m_tabs);
    m_tabs->addTab(m_editor, tr("&Details"));
    m_tabs->addTab(m_contacts, tr("&People"));
    m_tabs->addTab(m_timeline, tr("Acti&vities"));
    m_tabs->addTab(m_attachments, tr("Attach&ments"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_editor, &AccountEditor::dirtyChanged, m_header, &DetailHeader::setDirty);
    connect(m_contacts, &AccountContactsList::countChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_contacts), m_contacts->hasAccount()
                                                            ? tr("&People (%1)").arg(QLocale().toString(count))
                                                            : tr("&People"));
    });
    connect(m_contacts, &AccountContactsList::contactActivated, this, [this](const QString& contactId) {
        if (!currentId().isEmpty())
            emit contactsRequested(currentId(), m_header->title(), contactId);
    });
    connect(m_timeline, &TimelinePane::message, banner(),
            [this](const QString& text, MessageBanner::Type type) { banner()->showMessage(text, type, 4000); });
    connect(m_timeline, &TimelinePane::undoOffered, this, &AccountsSection::offerUndo);
    connect(m_timeline, &TimelinePane::recordRequested, this, &WorkspaceSection::recordRequested);
    connect(m_attachments, &AttachmentsPane::message, banner(),
            [this](const QString& text, MessageBanner::Type type) { banner()->showMessage(text, type); });
    connect(m_attachments, &AttachmentsPane::undoOffered, this, &AccountsSection::offerUndo);
    return pane;
}

void AccountsSection::addLogActions() {
    for (const LogActions::Spec& spec : LogActions::specs()) {
        QAction* action = addRecordAction(spec.text, spec.icon, spec.shortcut, spec.objectName);
        connect(action, &QAction::triggered, this, [this, kind = spec.kind] {
            m_tabs->setCurrentWidget(m_timeline);
            m_timeline->startLog(kind);
        });
    }
    connect(
        addRecordAction(tr("Add to call &list…"), u"call-start"_s, {}, u"addToCallListAction"_s, Placement::MenuOnly),
        &QAction::triggered, this, [this] {
            if (const auto text =
                    NewCallListDialog::addSelection(m_context.db, CallListSource::Accounts, selectedIds(), this))
                banner()->showMessage(*text, MessageBanner::Type::Positive);
        });
}

void AccountsSection::showBlank() {
    Account blank;
    blank.ownerId = m_context.db.localUserId();
    m_editor->setAccount(blank);
    m_header->setTitle(tr("New account"));
    m_contacts->setAccount({});
    m_timeline->setRecord({}, TimelineOf::Account);
    m_attachments->setRecord(u"accounts"_s, {});
}

void AccountsSection::showRecord(const QString& id) {
    if (id.isEmpty()) {
        showBlank();
        return;
    }
    auto account = AccountRepository(m_context.db).get(id);
    if (!account) {
        banner()->showMessage(account.error().message, MessageBanner::Type::Error);
        showBlank();
        return;
    }
    m_editor->setAccount(*account);
    QStringList subtitle;
    for (const QString& part : {industryName(account->industry), account->address.city, account->address.country})
        if (!part.isEmpty())
            subtitle.append(part);
    m_header->setTitle(account->name, subtitle.join(tr(", ")));
    m_contacts->setAccount(id);
    m_timeline->setRecord(id, TimelineOf::Account);
    m_attachments->setRecord(u"accounts"_s, id);
}

void AccountsSection::startNewRecord() {
    showBlank();
    m_tabs->setCurrentWidget(m_editor);
    m_editor->focusFirstField();
}

bool AccountsSection::isDirty() const {
    return m_editor->isDirty();
}

std::optional<QString> AccountsSection::saveRecord() {
    QString problem;
    const auto account = m_editor->account(&problem);
    if (!account) {
        banner()->showMessage(problem, MessageBanner::Type::Error);
        return std::nullopt;
    }
    DuplicateCheckedSave saving(m_context.db);
    auto checked = saving.check(*account);
    if (!checked) {
        banner()->showMessage(checked.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    bool proceed = true;
    if (auto next = resolveDuplicates(*account, *checked, &proceed); !proceed)
        return next;
    auto saved = saving.save(*account);
    if (!saved) {
        banner()->showMessage(saved.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    return saved->id;
}

std::optional<QString> AccountsSection::resolveDuplicates(const Account& account, const DuplicateCheck<Account>& check,
                                                          bool* proceed) {
    if (check.duplicates.isEmpty())
        return std::nullopt;
    const auto answer = DuplicateDialog::ask(this, check.duplicates, check.record.name);
    switch (answer.choice) {
    case DuplicateDialog::Choice::CreateAnyway:
        return std::nullopt;
    case DuplicateDialog::Choice::Cancel:
        *proceed = false;
        return std::nullopt;
    case DuplicateDialog::Choice::OpenExisting:
        *proceed = false;
        banner()->showMessage(tr("Opened the existing account; the new entry was not saved."),
                              MessageBanner::Type::Information, 6000);
        return answer.existingId;
    case DuplicateDialog::Choice::MergeIntoExisting:
        break;
    }
    *proceed = false;
    auto merged = DuplicateCheckedSave(m_context.db).saveInto(account, answer.existingId);
    if (!merged) {
        banner()->showMessage(merged.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    banner()->showMessage(tr("Merged into “%1”.").arg(merged->name), MessageBanner::Type::Positive, 6000);
    return merged->id;
}

Result<void> AccountsSection::removeRecord(const QString& id) {
    return AccountRepository(m_context.db).remove(id);
}

Result<void> AccountsSection::restoreRecord(const QString& id) {
    return AccountRepository(m_context.db).restore(id);
}

Result<QString> AccountsSection::mergeRecords(const QString& keepId, const QString& otherId) {
    auto merged = RecordMerge(m_context.db).accounts(keepId, otherId);
    if (!merged)
        return std::unexpected(merged.error());
    return merged->id;
}

QString AccountsSection::recordName(const QString& id) const {
    auto account = AccountRepository(m_context.db).get(id);
    return account ? account->name : QString();
}

QString AccountsSection::recordSummary(const QString& id) const {
    auto account = AccountRepository(m_context.db).get(id);
    if (!account)
        return {};
    QStringList parts;
    for (const QString& part : {industryName(account->industry), account->website, account->address.city})
        if (!part.isEmpty())
            parts.append(part);
    for (const ContactPoint& point : std::as_const(account->phones))
        parts.append(point.value);
    return parts.join(tr(" · "));
}

QString AccountsSection::deletedText(int count) const {
    return count == 1 ? tr("Account deleted.") : tr("%1 accounts deleted.").arg(QLocale().toString(count));
}

QString AccountsSection::countText(int count) const {
    return tr("Accounts: %1").arg(QLocale().toString(count));
}

QString AccountsSection::emptyText(bool filtering) const {
    return filtering ? tr("No accounts match the filter.") : tr("No accounts yet — press Ctrl+N to add one.");
}

} // namespace Fieldbook
