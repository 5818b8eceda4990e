#pragma once

#include <QObject>

class QAction;
class QMimeData;
class QWidget;

namespace Fieldbook {

class Database;

/// File › "Import calendar…" and "Export calendar…", and .ics files dropped on the window or the
/// calendar: an iCalendar import runs on a worker (progress, Cancel writes nothing) and ends with
/// its report, what was added and updated and each item that could not be kept (docs/calendar-import.md).
class CalendarTransfer final : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs; `dbPath` is the file the worker opens.
    CalendarTransfer(QWidget* window, Database& guiDb, QString dbPath, QObject* parent = nullptr);

    QList<QAction*> actions() const { return {m_import, m_export}; }
    /// The .ics files a drag carries; empty when there are none.
    static QStringList calendarFiles(const QMimeData* mime);

    /// Imports `paths` one after the other, reporting each.
    void importFiles(const QStringList& paths);
    void chooseAndImport();
    void exportCalendar();

private:
    void importOne(const QString& path);

    QWidget* m_window;
    Database& m_guiDb;
    QString m_dbPath;
    QAction* m_import;
    QAction* m_export;
};

} // namespace Fieldbook
