#include "SyncLogDialog.h"

#include "SyncStatusText.h"
#include "store/journal/SyncJournal.h"
#include "sync/SyncScheduler.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QIcon levelIcon(const QString& level) {
    if (level == u"error")
        return Icons::get(u"dialog-error"_s, QStyle::SP_MessageBoxCritical);
    if (level == u"warning")
        return Icons::get(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning);
    return Icons::get(u"dialog-information"_s, QStyle::SP_MessageBoxInformation);
}

} // namespace

SyncLogDialog::SyncLogDialog(Database& db, SyncScheduler& scheduler, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_lines(new QTreeWidget(m_stack))
    , m_empty(new QLabel(tr("Nothing has been synced yet."), m_stack)) {
    setObjectName(u"syncLogDialog"_s);
    setWindowTitle(tr("Sync log"));
    m_status->setObjectName(u"syncLogStatus"_s);
    m_status->setWordWrap(true);

    m_lines->setObjectName(u"syncLogList"_s);
    m_lines->setColumnCount(2);
    m_lines->setHeaderLabels({tr("Time"), tr("Message")});
    m_lines->setRootIsDecorated(false);
    m_lines->setUniformRowHeights(true);
    m_lines->setAlternatingRowColors(true);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setTextElideMode(Qt::ElideRight);
    m_lines->header()->setStretchLastSection(true);
    m_lines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_empty->setObjectName(u"syncLogEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_lines);
    m_stack->addWidget(m_empty);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_syncNow = buttons->addButton(tr("&Sync now"), QDialogButtonBox::ActionRole);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setIcon(Icons::get(u"emblem-synchronizing"_s, QStyle::SP_BrowserReload));
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 32);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncNow, &QPushButton::clicked, &m_scheduler, &SyncScheduler::syncNow);
    connect(&m_scheduler, &SyncScheduler::statusChanged, this, &SyncLogDialog::updateButtons);
    connect(&m_scheduler, &SyncScheduler::finished, this, &SyncLogDialog::reload);
    reload();
}

void SyncLogDialog::reload() {
    updateButtons();
    auto lines = SyncJournal(m_db).logLines(kLines);
    if (!lines) {
        m_banner->showMessage(lines.error().message, MessageBanner::Type::Error);
        return;
    }
    m_banner->hideMessage();
    const QLocale locale;
    QList<QTreeWidgetItem*> items;
    items.reserve(lines->size());
    for (const SyncLogLine& line : std::as_const(*lines)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(line.at).toLocalTime();
        auto* item = new QTreeWidgetItem({locale.toString(at, QLocale::ShortFormat), line.message});
        item->setIcon(0, levelIcon(line.level));
        item->setToolTip(1, line.message);
        item->setData(0, Qt::UserRole, line.level);
        items.append(item);
    }
    m_lines->clear();
    m_lines->addTopLevelItems(items);
    m_stack->setCurrentWidget(items.isEmpty() ? static_cast<QWidget*>(m_empty) : m_lines);
    m_lines->scrollToBottom();
}

void SyncLogDialog::updateButtons() {
    const SyncStatus& status = m_scheduler.status();
    m_syncNow->setEnabled(m_scheduler.isConnected() && status.state != SyncStatus::State::Syncing);
    m_status->setText(SyncStatusText::summary(status) +
                      (status.issues > 0 ? u' ' + SyncStatusText::issues(status) : QString()));
}

} // namespace Fieldbook
