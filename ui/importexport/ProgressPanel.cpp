#include "ProgressPanel.h"

#include "LongTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ProgressPanel::ProgressPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    m_text->setObjectName(u"taskProgressText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(u"taskProgressBar"_s);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"taskCancelButton"_s);
    m_cancel->setEnabled(false);
    m_cancel->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    auto* row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressPanel::onCancelClicked);
}

void ProgressPanel::attach(LongTask* task, WorkKind kind) {
    if (m_task)
        disconnect(m_task, nullptr, this, nullptr);
    m_task = task;
    m_kind = kind;
    connect(task, &LongTask::started, this, &ProgressPanel::onStarted);
    connect(task, &LongTask::progressed, this, &ProgressPanel::onProgress);
    connect(task, &LongTask::finished, this, &ProgressPanel::onFinished);
    connect(task, &LongTask::cancelling, this, &ProgressPanel::onCancelling);
    if (task->isRunning())
        onStarted();
}

void ProgressPanel::setText(const QString& text) {
    m_text->setText(text);
}

QString ProgressPanel::text() const {
    return m_text->text();
}

void ProgressPanel::onStarted() {
    m_bar->setRange(0, 0); // busy until the first report says how far
    m_text->setText(ProgressText::describe(m_kind, WorkProgress{}));
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
}

void ProgressPanel::onProgress(const WorkProgress& progress) {
    const int permille = ProgressText::permille(progress);
    if (permille < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(permille);
    }
    if (!m_task || !m_task->isCancelRequested())
        m_text->setText(ProgressText::describe(m_kind, progress));
}

void ProgressPanel::onFinished() {
    m_bar->setRange(0, 1000);
    m_bar->setValue(m_task && m_task->succeeded() ? 1000 : 0);
    m_cancel->setEnabled(false);
}

void ProgressPanel::onCancelClicked() {
    if (m_task)
        m_task->cancel();
}

void ProgressPanel::onCancelling() {
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling…"));
}

} // namespace Fieldbook
