#pragma once

#include <QWidget>

class QToolButton;

namespace Fieldbook {

class SyncScheduler;

/// The sync indicator in the status bar: an icon and a few words ("Up to date", "3 changes
/// waiting"), the details in its tooltip, and a second part for sync issues when some wait. A
/// click opens what helps next: the connect dialog, the sync log, or the issues.
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncScheduler& scheduler, QWidget* parent = nullptr);

    /// The whole status line as shown (before eliding), for tests and accessibility.
    QString text() const { return m_text; }
    QString issuesText() const;

signals:
    void connectRequested();
    void logRequested();
    void issuesRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void onStatusClicked();

    SyncScheduler& m_scheduler;
    QToolButton* m_status;
    QToolButton* m_issues;
    QString m_text;
};

} // namespace Fieldbook
