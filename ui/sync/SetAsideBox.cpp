#include "SetAsideBox.h"

#include "SyncValueText.h"
#include "store/journal/SyncIssues.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

enum Column { RecordColumn, WhenColumn, WhyColumn };
enum Role { TableRole = Qt::UserRole, RecordRole };

} // namespace

SetAsideBox::SetAsideBox(Database& db, QWidget* parent)
    : QGroupBox(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_dismiss(new QPushButton(tr("Dis&miss"), this)) {
    setObjectName(u"setAsideBox"_s);
    auto* intro = new QLabel(tr("The server sent these records, but this computer could not store them. The rest of "
                                "the data was received. A newer version of a record is stored when it arrives."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"setAsideList"_s);
    m_list->setHeaderLabels({tr("Record"), tr("Received"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_list->setColumnWidth(RecordColumn, 36 * em);
    m_list->setColumnWidth(WhenColumn, 20 * em);
    m_dismiss->setObjectName(u"dismissButton"_s);
    m_dismiss->setToolTip(tr("Remove the selected entries from this list"));
    m_dismiss->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_dismiss->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_dismiss, &QPushButton::clicked, this, &SetAsideBox::dismiss);
}

Result<int> SetAsideBox::reload() {
    m_list->clear();
    auto entries = SyncIssues(m_db).setAside();
    if (!entries)
        return std::unexpected(entries.error());
    for (const SyncSetAside& entry : std::as_const(*entries)) {
        const QString record = SyncValueText::recordText(entry.table, entry.recordLabel);
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.setAsideAt).toLocalTime(), QLocale::ShortFormat);
        auto* item = new QTreeWidgetItem(m_list, {record, when, entry.reason});
        item->setToolTip(RecordColumn, tr("%1: %2").arg(SyncValueText::tableLabel(entry.table), record));
        item->setToolTip(WhyColumn, entry.reason);
        item->setData(0, TableRole, entry.table);
        item->setData(0, RecordRole, entry.recordId);
    }
    setTitle(tr("Received but not stored (%1)").arg(entries->size()));
    return int(entries->size());
}

void SetAsideBox::dismiss() {
    for (const QTreeWidgetItem* item : m_list->selectedItems()) {
        if (auto done =
                SyncIssues(m_db).dismiss(item->data(0, TableRole).toString(), item->data(0, RecordRole).toString());
            !done) {
            emit failed(done.error().message);
            break;
        }
    }
    emit dismissed();
}

} // namespace Fieldbook
