#pragma once

#include "ProgressText.h"

#include <QDialog>

class QLabel;

namespace Fieldbook {

class LongTask;
class ProgressPanel;

/// A small modal window that follows one LongTask and closes itself when the task has finished
/// (accepted on success). Cancel, Escape and the close button cancel the work; the window stays
/// until the worker has really stopped, so nothing half-done is left behind it.
class TaskProgressDialog final : public QDialog {
    Q_OBJECT
public:
    TaskProgressDialog(LongTask* task, WorkKind kind, const QString& text, QWidget* parent = nullptr);

    void reject() override;

private:
    void onFinished();

    LongTask* m_task;
    ProgressPanel* m_progress;
};

} // namespace Fieldbook
