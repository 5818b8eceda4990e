#pragma once

#include "ProgressText.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Fieldbook {

class LongTask;

/// A progress line, a bar and a Cancel button that follow one LongTask. Cancel stays responsive
/// because the work runs on the task's worker thread.
class ProgressPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget* parent = nullptr);

    /// Follows `task` from now on, describing its progress as `kind`.
    void attach(LongTask* task, WorkKind kind);
    /// Replaces the progress line (e.g. with the outcome once the task has finished).
    void setText(const QString& text);
    QString text() const;
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void onStarted();
    void onProgress(const WorkProgress& progress);
    void onFinished();
    void onCancelClicked();
    void onCancelling();

    QPointer<LongTask> m_task;
    WorkKind m_kind = WorkKind::Import;
    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

} // namespace Fieldbook
