#pragma once

#include "LongTask.h"
#include "demo/DemoSizes.h"
#include "services/DemoRequest.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QSpinBox;

namespace Fieldbook {

class Database;
class MessageBanner;
class ProgressPanel;

/// "Fill with demo data…": how many accounts, contacts, activities and leads, and a seed; generates them
/// on the worker thread in one transaction, with progress and Cancel (which writes nothing).
class DemoDataDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kDefaultAccounts = 2000;
    static constexpr int kDefaultContacts = 10000;
    static constexpr int kDefaultActivities = 30000;
    static constexpr int kDefaultLeads = DemoSizes{}.leads;
    static constexpr int kDefaultEvents = DemoSizes{}.events;
    static constexpr int kDefaultTasks = DemoSizes{}.tasks;

    /// `dbPath` is the file the worker opens; empty: `guiDb`'s own.
    explicit DemoDataDialog(Database& guiDb, const QString& dbPath = {}, QWidget* parent = nullptr);

    /// The demo set generated on first start and offered by default here.
    static DemoRequest defaultRequest();
    /// What the dialog's fields ask for.
    DemoRequest request() const;
    void setRequest(const DemoRequest& request);
    LongTask* task() const { return m_task; }
    /// What the last successful run wrote.
    DemoResult result() const { return *m_result; }

    /// Starts generating (the Generate button); false when the counts do not fit together.
    bool startGenerating();
    /// The tables demo data touches, for the GUI's models to reload.
    static QStringList touchedTables();
    /// The worker's part of a generation; what it wrote goes to `result`.
    static LongTask::DatabaseJob job(const DemoRequest& request, std::shared_ptr<DemoResult> result);
    void reject() override;

signals:
    void generationFinished(bool succeeded);

private:
    QSpinBox* addCount(const QString& objectName, int value);
    void onFinished();
    void setRunning(bool running);

    Database& m_guiDb;
    QString m_dbPath;
    LongTask* m_task;
    std::shared_ptr<DemoResult> m_result;
    QSpinBox* m_accounts;
    QSpinBox* m_contacts;
    QSpinBox* m_activities;
    QSpinBox* m_leads;
    QSpinBox* m_events;
    QSpinBox* m_tasks;
    QSpinBox* m_seed;
    ProgressPanel* m_progress;
    MessageBanner* m_message;
    QPushButton* m_generate;
    QPushButton* m_close;
};

} // namespace Fieldbook
