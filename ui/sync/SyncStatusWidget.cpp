#include "SyncStatusWidget.h"

#include "SyncStatusText.h"
#include "sync/SyncScheduler.h"
#include "widgets/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kMaxTextEms = 32; ///< longer messages ("Sync failed: …") are elided; the tooltip has them whole
}

SyncStatusWidget::SyncStatusWidget(SyncScheduler& scheduler, QWidget* parent)
    : QWidget(parent)
    , m_scheduler(scheduler)
    , m_status(new QToolButton(this))
    , m_issues(new QToolButton(this)) {
    setObjectName(u"syncStatus"_s);
    for (QToolButton* button : {m_status, m_issues}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(16, 16));
    }
    m_status->setObjectName(u"syncStatusButton"_s);
    m_issues->setObjectName(u"syncIssuesButton"_s);
    m_issues->setToolTip(tr("Conflicts and refused changes wait for your decision. Click to see them."));
    m_issues->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_issues);

    connect(m_status, &QToolButton::clicked, this, &SyncStatusWidget::onStatusClicked);
    connect(m_issues, &QToolButton::clicked, this, &SyncStatusWidget::issuesRequested);
    connect(&m_scheduler, &SyncScheduler::statusChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::issuesText() const {
    return m_issues->isHidden() ? QString() : m_issues->text();
}

void SyncStatusWidget::refresh() {
    const SyncStatus& status = m_scheduler.status();
    m_text = SyncStatusText::summary(status);
    const int maxWidth = fontMetrics().averageCharWidth() * kMaxTextEms;
    m_status->setText(fontMetrics().elidedText(m_text, Qt::ElideRight, maxWidth));
    m_status->setIcon(Icons::get(SyncStatusText::iconName(status), QStyle::SP_BrowserReload));
    const QString hint =
        status.state == SyncStatus::State::NotConnected || status.state == SyncStatus::State::NeedsSignIn
            ? QString()
            : u"\n\n"_s + tr("Click to see the sync log.");
    m_status->setToolTip(SyncStatusText::details(status) + hint);
    m_status->setAccessibleName(m_text);
    m_issues->setText(SyncStatusText::issues(status));
    m_issues->setVisible(status.issues > 0);
}

void SyncStatusWidget::onStatusClicked() {
    switch (m_scheduler.status().state) {
    case SyncStatus::State::NotConnected:
    case SyncStatus::State::NeedsSignIn:
        emit connectRequested();
        return;
    default:
        emit logRequested();
    }
}

void SyncStatusWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh(); // symbolic icons are tinted with the palette; eliding depends on the font
}

} // namespace Fieldbook
