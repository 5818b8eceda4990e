#pragma once

#include "AppContext.h"
#include "domain/Attachment.h"
#include "widgets/MessageBanner.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>

class QPushButton;
class QTreeWidget;

namespace Fieldbook {

/// Files attached to a record: add (button or drag and drop), open, save as, remove with undo. A
/// file whose bytes have not reached this computer (attached on another one) says so and can be
/// downloaded; opening or saving it downloads it first and goes on when it has arrived.
class AttachmentsPane final : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentsPane(AppContext& context, QWidget* parent = nullptr);

    /// Shows the attachments of a record ("contacts" or "accounts"); an empty id: not saved yet.
    void setRecord(const QString& table, const QString& id);
    /// Attaches local files; stops at the first failure and reports it.
    void addFiles(const QStringList& paths);
    void openSelected();
    void saveSelectedAs();
    void removeSelected();
    /// Asks sync to fetch the selected file's bytes now.
    void downloadSelected();
    /// Tests replace how files are opened (default: QDesktopServices::openUrl).
    void setOpener(std::function<bool(const QString& path)> opener) { m_opener = std::move(opener); }

signals:
    void message(const QString& text, Fieldbook::MessageBanner::Type type);
    void undoOffered(const QString& text, int token);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// What to do with a file once its bytes have arrived.
    struct Pending {
        QString attachmentId;
        QString fileName;
        QString saveTo; ///< empty: open it
    };
    void followStore();
    void reload();
    void addItem(const Attachment& attachment, const QString& current);
    /// Whether the selected file's bytes are here; if not, asks for them and queues `pending`.
    bool selectedIsHere(const Pending& pending);
    void runPending();
    void openFile(const QString& id, const QString& fileName);
    void saveFile(const QString& id, const QString& path);
    void chooseFiles();
    QString selectedId() const;
    QString selectedName() const;
    void updateButtons();

    AppContext& m_context;
    QString m_table;
    QString m_recordId;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QPushButton* m_remove;
    QPushButton* m_download;
    QList<Pending> m_pending;
    QTemporaryDir m_openedFiles;
    std::function<bool(const QString&)> m_opener;
};

} // namespace Fieldbook
