#include "AttachmentsPane.h"

#include "widgets/FileDialog.h"
#include "store/write/AttachmentContents.h"
#include "store/records/AttachmentRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"
#include "widgets/Icons.h"
#include "widgets/UndoHistory.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
enum Column { NameColumn, SizeColumn, AddedColumn, StateColumn };
constexpr int kHereRole = Qt::UserRole + 1; ///< whether the file's bytes are on this computer

QPushButton* makeButton(QWidget* parent, const QString& text, const QString& icon, const QString& objectName) {
    auto* button = new QPushButton(Icons::get(icon), text, parent);
    button->setObjectName(objectName);
    return button;
}

/// Where the bytes of a file that is not here are (docs/sync-protocol.md, Attachment contents).
QString stateText(const ContentState& state, qint64 size) {
    switch (state.problem) {
    case ContentProblem::NotUploaded:
        return AttachmentsPane::tr("Not on the server yet");
    case ContentProblem::NoAccess:
        return AttachmentsPane::tr("No longer shared with you");
    case ContentProblem::Damaged:
        return AttachmentsPane::tr("Arrived damaged; downloading again");
    case ContentProblem::TooLarge:
        return AttachmentsPane::tr("Too large to download");
    case ContentProblem::Interrupted:
        return AttachmentsPane::tr("Download interrupted; it goes on at the next sync");
    case ContentProblem::None:
        break;
    }
    if (state.received > 0)
        return AttachmentsPane::tr("Downloading… %1 of %2")
            .arg(QLocale().formattedDataSize(state.received), QLocale().formattedDataSize(size));
    return state.requested ? AttachmentsPane::tr("Downloading…") : AttachmentsPane::tr("Not downloaded yet");
}
} // namespace

AttachmentsPane::AttachmentsPane(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QTreeWidget(this))
    , m_add(makeButton(this, tr("Add…"), u"list-add"_s, u"addAttachmentButton"_s))
    , m_open(makeButton(this, tr("Open"), u"document-open"_s, u"openAttachmentButton"_s))
    , m_saveAs(makeButton(this, tr("Save as…"), u"document-save-as"_s, u"saveAttachmentButton"_s))
    , m_remove(makeButton(this, tr("Remove"), u"edit-delete"_s, u"removeAttachmentButton"_s))
    , m_download(makeButton(this, tr("Download"), u"emblem-downloads"_s, u"downloadAttachmentButton"_s))
    , m_opener([](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }) {
    setObjectName(u"attachmentsPane"_s);
    setAcceptDrops(true);
    m_list->setObjectName(u"attachmentList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("Status")});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAcceptDrops(false); // the pane takes the drop
    auto* hint = new QLabel(tr("Drop files here to attach them (up to %1 each).")
                                .arg(QLocale().formattedDataSize(AttachmentRepository::kMaxSize)),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_download);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPane::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPane::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &AttachmentsPane::saveSelectedAs);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPane::removeSelected);
    connect(m_download, &QPushButton::clicked, this, &AttachmentsPane::downloadSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AttachmentsPane::openSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentsPane::updateButtons);
    followStore();
    updateButtons();
}

void AttachmentsPane::followStore() {
    // After sync too: pulled attachments, downloaded files.
    RecordWatch(m_context.db, this).reload({&RecordType::attachments()}, [this] { reload(); });
}

void AttachmentsPane::setRecord(const QString& table, const QString& id) {
    if (id != m_recordId)
        m_pending.clear(); // the user moved on: a download still comes, but opens nothing
    m_table = table;
    m_recordId = id;
    reload();
}

void AttachmentsPane::reload() {
    const QString current = selectedId();
    m_list->clear();
    if (!m_recordId.isEmpty()) {
        auto attachments = AttachmentRepository(m_context.db).forRecord(m_recordId);
        if (!attachments) {
            emit message(attachments.error().message, MessageBanner::Type::Error);
        } else {
            for (const Attachment& a : std::as_const(*attachments))
                addItem(a, current);
        }
    }
    m_list->resizeColumnToContents(SizeColumn);
    m_list->resizeColumnToContents(AddedColumn);
    updateButtons();
    runPending();
}

void AttachmentsPane::addItem(const Attachment& a, const QString& current) {
    const QLocale locale;
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(NameColumn, a.fileName);
    item->setData(NameColumn, Qt::UserRole, a.id);
    item->setToolTip(NameColumn, a.mimeType);
    item->setText(SizeColumn, locale.formattedDataSize(a.size));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(AddedColumn,
                  locale.toString(QDateTime::fromMSecsSinceEpoch(a.createdAt).toLocalTime(), QLocale::ShortFormat));
    auto state = AttachmentContents(m_context.db).stateOf(a.sha256);
    const bool here = !state || state->here; // unreadable: opening it reports why
    item->setData(NameColumn, kHereRole, here);
    if (!here) {
        item->setText(StateColumn, stateText(*state, a.size));
        if (state->problem == ContentProblem::NotUploaded)
            item->setToolTip(StateColumn, tr("The computer it was attached on has not sent it yet; it arrives after "
                                             "that computer syncs."));
    }
    if (a.id == current)
        m_list->setCurrentItem(item);
}

void AttachmentsPane::chooseFiles() {
    const QStringList paths = FileDialog::openFileNames(this, tr("Attach files"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AttachmentsPane::addFiles(const QStringList& paths) {
    if (m_recordId.isEmpty()) {
        emit message(tr("Save the record first, then attach files to it."), MessageBanner::Type::Information);
        return;
    }
    AttachmentRepository repository(m_context.db);
    int added = 0;
    for (const QString& path : paths) {
        auto attachment = repository.add(m_table, m_recordId, path);
        if (!attachment) {
            emit message(attachment.error().message, MessageBanner::Type::Error);
            return;
        }
        ++added;
    }
    emit message(added == 1 ? tr("File attached.") : tr("%1 files attached.").arg(added),
                 MessageBanner::Type::Positive);
}

void AttachmentsPane::openSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (selectedIsHere({id, selectedName(), {}}))
        openFile(id, selectedName());
}

void AttachmentsPane::openFile(const QString& id, const QString& fileName) {
    if (!m_openedFiles.isValid())
        return;
    // Each attachment opens from its own folder, so two files with the same name never collide.
    const QString folder = m_openedFiles.filePath(id);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(fileName).fileName());
    if (auto saved = AttachmentRepository(m_context.db).saveTo(id, path); !saved) {
        emit message(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    if (!m_opener(path))
        emit message(tr("No application is set up to open “%1”.").arg(fileName), MessageBanner::Type::Warning);
}

void AttachmentsPane::saveSelectedAs() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QFileInfo(selectedName()).fileName());
    const QString path = FileDialog::saveFileName(this, tr("Save attachment"), start);
    if (!path.isEmpty() && selectedIsHere({id, selectedName(), path}))
        saveFile(id, path);
}

void AttachmentsPane::saveFile(const QString& id, const QString& path) {
    if (auto saved = AttachmentRepository(m_context.db).saveTo(id, path); !saved)
        emit message(saved.error().message, MessageBanner::Type::Error);
    else
        emit message(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Type::Positive);
}

void AttachmentsPane::downloadSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (auto asked = AttachmentContents(m_context.db).request(id); !asked) {
        emit message(asked.error().message, MessageBanner::Type::Error);
        return;
    }
    emit message(tr("“%1” is being downloaded.").arg(selectedName()), MessageBanner::Type::Information);
    reload();
}

bool AttachmentsPane::selectedIsHere(const Pending& pending) {
    const auto* item = m_list->currentItem();
    if (!item || item->data(NameColumn, kHereRole).toBool())
        return true;
    if (auto asked = AttachmentContents(m_context.db).request(pending.attachmentId); !asked) {
        emit message(asked.error().message, MessageBanner::Type::Error);
        return false;
    }
    m_pending.removeIf([&](const Pending& p) { return p.attachmentId == pending.attachmentId; });
    m_pending.append(pending);
    emit message(pending.saveTo.isEmpty()
                     ? tr("“%1” is being downloaded; it opens when it has arrived.").arg(pending.fileName)
                     : tr("“%1” is being downloaded; it is saved to %2 when it has arrived.")
                           .arg(pending.fileName, QDir::toNativeSeparators(pending.saveTo)),
                 MessageBanner::Type::Information);
    reload();
    return false;
}

void AttachmentsPane::runPending() {
    for (int row = 0; row < m_list->topLevelItemCount() && !m_pending.isEmpty(); ++row) {
        const QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        const auto waiting =
            std::find_if(m_pending.cbegin(), m_pending.cend(), [&](const Pending& p) { return p.attachmentId == id; });
        if (waiting == m_pending.cend() || !item->data(NameColumn, kHereRole).toBool())
            continue;
        const Pending done = *waiting;
        m_pending.erase(waiting);
        if (done.saveTo.isEmpty())
            openFile(done.attachmentId, done.fileName);
        else
            saveFile(done.attachmentId, done.saveTo);
    }
}

void AttachmentsPane::removeSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Database& db = m_context.db;
    if (auto removed = AttachmentRepository(db).remove(id); !removed) {
        emit message(removed.error().message, MessageBanner::Type::Error);
        return;
    }
    const QString text = tr("Attachment “%1” removed.").arg(selectedName());
    const int token = m_context.undo.push(
        text, [&db, id] { return AttachmentRepository(db).restore(id); },
        [&db, id] { return AttachmentRepository(db).remove(id); });
    emit undoOffered(text, token);
    reload();
}

void AttachmentsPane::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && !m_recordId.isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPane::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

QString AttachmentsPane::selectedId() const {
    const auto* item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

QString AttachmentsPane::selectedName() const {
    const auto* item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void AttachmentsPane::updateButtons() {
    const bool selected = m_list->currentItem() != nullptr;
    m_add->setEnabled(!m_recordId.isEmpty());
    m_open->setEnabled(selected);
    m_saveAs->setEnabled(selected);
    m_remove->setEnabled(selected);
    // Only for a file whose bytes are elsewhere (attached on another computer).
    const bool elsewhere = selected && !m_list->currentItem()->data(NameColumn, kHereRole).toBool();
    m_download->setEnabled(elsewhere);
    m_download->setVisible(elsewhere);
}

} // namespace Fieldbook
