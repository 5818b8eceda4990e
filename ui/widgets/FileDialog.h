#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace Fieldbook {

/// The one way the app asks for a file. Every dialog is Qt's own, with an icon provider that
/// tells file types by their names only: the platform's dialogs and Qt's default provider open
/// files to guess their type, and opening the store's database from the process that holds it
/// drops SQLite's locks on it (docs/architecture.md, "The store's files"). A store file chosen to
/// be read or overwritten is refused with a message and the dialog opens again.
class FileDialog final {
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    enum class Mode { OpenOne, OpenMany, Save };

    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder = {},
                                const QString& filter = {});
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& folder = {},
                                     const QString& filter = {});
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested = {},
                                const QString& filter = {});

    /// A configured dialog, not yet shown (owned by `parent`; tests show it over the store's folder).
    static QFileDialog* create(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                               const QString& filter);

private:
    static QStringList run(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                           const QString& filter);
};

} // namespace Fieldbook
