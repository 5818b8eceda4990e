#pragma once

#include "services/ExportRequest.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Fieldbook {

class Database;
class LongTask;
class MessageBanner;
class ProgressPanel;

/// Exports contacts or accounts as CSV, JSON or vCard (3.0/4.0, contacts) on the worker thread,
/// with progress and Cancel. The file is written through QSaveFile: it appears complete or not at all.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    /// `dbPath` is the file the worker opens; empty: `guiDb`'s own.
    explicit ExportDialog(Database& guiDb, const QString& dbPath = {}, QWidget* parent = nullptr);

    void setRecordType(ExportRecordType type);
    void setFormat(ExportFormat format);
    void setFilePath(const QString& path);
    ExportRecordType recordType() const;
    ExportFormat format() const;
    QString filePath() const;
    LongTask* task() const { return m_task; }
    /// Records written by the last successful export.
    qint64 exportedCount() const { return *m_written; }

    /// Starts the export (the Export button); false when the settings are incomplete.
    bool startExport();
    /// While the export runs, Cancel and Escape cancel it instead of closing.
    void reject() override;

signals:
    void exportFinished(bool succeeded);

private:
    void buildLayout(QDialogButtonBox* buttons);
    void fillFormats();
    void onFormatChanged();
    void browse();
    void onFinished();
    void setRunning(bool running);
    QString suffix() const;

    QString m_dbPath;
    QString m_confirmedPath;
    LongTask* m_task;
    std::shared_ptr<qint64> m_written;
    QComboBox* m_type;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_scope;
    ProgressPanel* m_progress;
    MessageBanner* m_message;
    QPushButton* m_export;
    QPushButton* m_close;
};

} // namespace Fieldbook
