#include "ContactsSection.h"

#include "ContactEditor.h"

#include "activities/LogActions.h"
#include "activities/TimelinePane.h"
#include "attachments/AttachmentsPane.h"
#include "common/DetailHeader.h"
#include "common/DuplicateDialog.h"
#include "models/ContactListModel.h"
#include "protocol/RecordType.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "widgets/FilterBar.h"
#include "widgets/ListPresentationProxy.h"
#include "widgets/MessageBanner.h"
#include "workflows/DuplicateCheckedSave.h"
#include "workflows/RecordMerge.h"
#include "telesales/NewCallListDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ContactsSection::ContactsSection(AppContext& context, QWidget* parent)
    : RecordSectionOf(context, RecordType::contacts(), new ContactListModel(context.db),
                      new FilterBar(context.db, RecordType::contacts()), parent) {
    setObjectName(u"contactsSection"_s);
    presentation()->setDoNotCallMarker(ContactListModel::Phone, ContactListModel::DoNotCallRole);
    setDetailPane(createDetailPane());
    addLogActions();
    showBlank();
}

QWidget* ContactsSection::createDetailPane() {
    auto* pane = new QWidget(this);
    m_header = new DetailHeader(pane);
    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_editor = new ContactEditor(m_context.db, m_tabs);
    m_timeline = new TimelinePane(m_context, m_tabs);
    m_attachments = new AttachmentsPane(m_context, m_tabs);
    m_tabs->addTab(m_editor, tr("&Details"));
    m_tabs->addTab(m_timeline, tr("Acti&vities"));
    m_tabs->addTab(m_attachments, tr("Attach&ments"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_editor, &ContactEditor::dirtyChanged, m_header, &DetailHeader::setDirty);
    connect(m_timeline, &TimelinePane::message, banner(),
            [this](const QString& text, MessageBanner::Type type) { banner()->showMessage(text, type, 4000); });
    connect(m_timeline, &TimelinePane::undoOffered, this, &ContactsSection::offerUndo);
    connect(m_timeline, &TimelinePane::recordRequested, this, &WorkspaceSection::recordRequested);
    connect(m_attachments, &AttachmentsPane::message, banner(),
            [this](const QString& text, MessageBanner::Type type) { banner()->showMessage(text, type); });
    connect(m_attachments, &AttachmentsPane::undoOffered, this, &ContactsSection::offerUndo);
    return pane;
}

void ContactsSection::addLogActions() {
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
                    NewCallListDialog::addSelection(m_context.db, CallListSource::Contacts, selectedIds(), this))
                banner()->showMessage(*text, MessageBanner::Type::Positive);
        });
}

void ContactsSection::showAccountContacts(const QString& accountId, const QString& accountName,
                                          const QString& contactId) {
    if (!confirmLeave())
        return;
    filterBar()->setAccountFilter(accountId, accountName);
    const QString id = contactId.isEmpty() ? model()->idAt(0) : contactId;
    if (!id.isEmpty())
        openRecord(id);
}

void ContactsSection::showBlank() {
    Contact blank;
    blank.ownerId = m_context.db.localUserId();
    m_editor->setContact(blank);
    m_header->setTitle(tr("New contact"));
    m_timeline->setRecord({}, TimelineOf::Contact);
    m_attachments->setRecord(u"contacts"_s, {});
}

void ContactsSection::showRecord(const QString& id) {
    if (id.isEmpty()) {
        showBlank();
        return;
    }
    auto contact = ContactRepository(m_context.db).get(id);
    if (!contact) {
        banner()->showMessage(contact.error().message, MessageBanner::Type::Error);
        showBlank();
        return;
    }
    m_editor->setContact(*contact);
    QStringList subtitle;
    if (!contact->title.isEmpty())
        subtitle.append(contact->title);
    if (!contact->accountId.isEmpty())
        if (auto account = AccountRepository(m_context.db).get(contact->accountId))
            subtitle.append(account->name);
    m_header->setTitle(contact->displayName(), subtitle.join(tr(", ")));
    m_timeline->setRecord(id, TimelineOf::Contact, contact->accountId);
    m_attachments->setRecord(u"contacts"_s, id);
}

void ContactsSection::startNewRecord() {
    showBlank();
    // Coming from an account: the new contact most likely works there.
    const ListFilter filter = filterBar()->filter();
    if (!filter.accountId.isEmpty())
        if (auto account = AccountRepository(m_context.db).get(filter.accountId)) {
            m_editor->setAccount(account->id, account->name);
            m_editor->setContact(m_editor->contact()); // a prefilled account is not an edit
        }
    m_tabs->setCurrentWidget(m_editor);
    m_editor->focusFirstField();
}

bool ContactsSection::isDirty() const {
    return m_editor->isDirty();
}

std::optional<QString> ContactsSection::saveRecord() {
    if (m_editor->hasUnresolvedAccount()) {
        banner()->showMessage(tr("There is no account named “%1”. Pick one from the suggestions or clear the field.")
                                  .arg(m_editor->accountText()),
                              MessageBanner::Type::Error);
        return std::nullopt;
    }
    DuplicateCheckedSave saving(m_context.db);
    const Contact contact = m_editor->contact();
    auto checked = saving.check(contact);
    if (!checked) {
        banner()->showMessage(checked.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    bool proceed = true;
    if (auto next = resolveDuplicates(contact, *checked, &proceed); !proceed)
        return next;
    auto saved = saving.save(contact);
    if (!saved) {
        banner()->showMessage(saved.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    return saved->id;
}

std::optional<QString> ContactsSection::resolveDuplicates(const Contact& contact, const DuplicateCheck<Contact>& check,
                                                          bool* proceed) {
    if (check.duplicates.isEmpty())
        return std::nullopt;
    const auto answer = DuplicateDialog::ask(this, check.duplicates, check.record.displayName());
    switch (answer.choice) {
    case DuplicateDialog::Choice::CreateAnyway:
        return std::nullopt;
    case DuplicateDialog::Choice::Cancel:
        *proceed = false;
        return std::nullopt;
    case DuplicateDialog::Choice::OpenExisting:
        *proceed = false;
        banner()->showMessage(tr("Opened the existing contact; the new entry was not saved."),
                              MessageBanner::Type::Information, 6000);
        return answer.existingId;
    case DuplicateDialog::Choice::MergeIntoExisting:
        break;
    }
    *proceed = false;
    auto merged = DuplicateCheckedSave(m_context.db).saveInto(contact, answer.existingId);
    if (!merged) {
        banner()->showMessage(merged.error().message, MessageBanner::Type::Error);
        return std::nullopt;
    }
    banner()->showMessage(tr("Merged into “%1”.").arg(merged->displayName()), MessageBanner::Type::Positive, 6000);
    return merged->id;
}

Result<void> ContactsSection::removeRecord(const QString& id) {
    return ContactRepository(m_context.db).remove(id);
}

Result<void> ContactsSection::restoreRecord(const QString& id) {
    return ContactRepository(m_context.db).restore(id);
}

Result<QString> ContactsSection::mergeRecords(const QString& keepId, const QString& otherId) {
    auto merged = RecordMerge(m_context.db).contacts(keepId, otherId);
    if (!merged)
        return std::unexpected(merged.error());
    return merged->id;
}

QString ContactsSection::recordName(const QString& id) const {
    auto contact = ContactRepository(m_context.db).get(id);
    return contact ? contact->displayName() : QString();
}

QString ContactsSection::recordSummary(const QString& id) const {
    auto contact = ContactRepository(m_context.db).get(id);
    if (!contact)
        return {};
    QStringList parts;
    if (!contact->title.isEmpty())
        parts.append(contact->title);
    if (!contact->accountId.isEmpty())
        if (auto account = AccountRepository(m_context.db).get(contact->accountId))
            parts.append(account->name);
    for (const ContactPoint& point : std::as_const(contact->emails))
        parts.append(point.value);
    for (const ContactPoint& point : std::as_const(contact->phones))
        parts.append(point.value);
    return parts.join(tr(" · "));
}

QString ContactsSection::deletedText(int count) const {
    return count == 1 ? tr("Contact deleted.") : tr("%1 contacts deleted.").arg(QLocale().toString(count));
}

QString ContactsSection::countText(int count) const {
    return tr("Contacts: %1").arg(QLocale().toString(count));
}

QString ContactsSection::emptyText(bool filtering) const {
    return filtering ? tr("No contacts match the filter.") : tr("No contacts yet — press Ctrl+N to add one.");
}

} // namespace Fieldbook
