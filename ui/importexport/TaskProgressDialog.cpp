#include "TaskProgressDialog.h"

#include "LongTask.h"
#include "ProgressPanel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

TaskProgressDialog::TaskProgressDialog(LongTask* task, WorkKind kind, const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_task(task)
    , m_progress(new ProgressPanel(this)) {
    setObjectName(u"taskProgressDialog"_s);
    auto* intro = new QLabel(text, this);
    intro->setObjectName(u"taskProgressIntro"_s);
    intro->setWordWrap(true);
    m_progress->attach(task, kind);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    setMinimumWidth(460);
    connect(task, &LongTask::finished, this, &TaskProgressDialog::onFinished);
}

void TaskProgressDialog::reject() {
    if (m_task->isRunning()) {
        m_task->cancel();
        return;
    }
    QDialog::reject();
}

void TaskProgressDialog::onFinished() {
    if (m_task->succeeded())
        accept();
    else
        QDialog::reject();
}

} // namespace Fieldbook
