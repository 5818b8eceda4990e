#include "FileDialog.h"

#include "MessageBox.h"
#include "store/db/StoreFiles.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace Fieldbook {

namespace {

/// Icons and type names from the file name alone. QFileIconProvider asks the platform theme and
/// the MIME database with content matching, which opens every file whose name does not decide its
/// type (a store named *.sqlite, its -wal and -shm files).
class NameOnlyIconProvider final : public QFileIconProvider {
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo& info) const override {
        if (info.isDir())
            return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        QIcon themed = QIcon::fromTheme(mime.iconName());
        if (themed.isNull())
            themed = QIcon::fromTheme(mime.genericIconName());
        return themed.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : themed;
    }

    QString type(const QFileInfo& info) const override {
        if (!info.isFile())
            return QFileIconProvider::type(info); // folders, drives and links: no content read
        const QMimeType mime = m_mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeDatabase m_mimes;
};

NameOnlyIconProvider& iconProvider() {
    static NameOnlyIconProvider provider; // the dialogs' models use it from their gatherer threads too
    return provider;
}

} // namespace

QFileDialog* FileDialog::create(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                                const QString& filter) {
    auto* dialog = new QFileDialog(parent, caption, folder, filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(&iconProvider());
    dialog->setAcceptMode(mode == Mode::Save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(mode == Mode::OpenMany  ? QFileDialog::ExistingFiles
                        : mode == Mode::OpenOne ? QFileDialog::ExistingFile
                                                : QFileDialog::AnyFile);
    return dialog;
}

QStringList FileDialog::run(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                            const QString& filter) {
    QString start = folder;
    for (;;) {
        QFileDialog* dialog = create(parent, mode, caption, start, filter);
        const bool accepted = dialog->exec() == QDialog::Accepted;
        const QStringList chosen = accepted ? dialog->selectedFiles() : QStringList();
        delete dialog;
        const auto store = std::find_if(chosen.cbegin(), chosen.cend(), &StoreFiles::isStoreFile);
        if (store == chosen.cend())
            return chosen;
        MessageBox::warning(parent, caption, StoreFiles::refuse(*store).error().message);
        start = *store;
    }
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                 const QString& filter) {
    return run(parent, Mode::OpenOne, caption, folder, filter).value(0);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                                      const QString& filter) {
    return run(parent, Mode::OpenMany, caption, folder, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter) {
    return run(parent, Mode::Save, caption, suggested, filter).value(0);
}

} // namespace Fieldbook
