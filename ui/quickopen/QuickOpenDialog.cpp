#include "QuickOpenDialog.h"

#include "search/SearchService.h"
#include "widgets/Icons.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kTableRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
} // namespace

QuickOpenDialog::QuickOpenDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this)) {
    setObjectName(u"quickOpenDialog"_s);
    setWindowTitle(tr("Quick open"));
    m_field->setObjectName(u"quickOpenField"_s);
    m_field->setPlaceholderText(tr("Name of a contact or account…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(u"quickOpenResults"_s);
    m_results->setUniformItemSizes(true);
    m_results->setIconSize(QSize(16, 16));
    m_results->setFocusPolicy(Qt::NoFocus);
    auto* hint = new QLabel(tr("↑↓ to choose, Enter to open, Esc to close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(520, 420);

    connect(m_field, &QLineEdit::textChanged, this, &QuickOpenDialog::search);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpenDialog::openCurrent);
}

void QuickOpenDialog::search(const QString& text) {
    m_results->clear();
    if (text.trimmed().isEmpty())
        return;
    auto hits = SearchService(m_db).search(text, kMaxResults);
    if (!hits) {
        auto* item = new QListWidgetItem(hits.error().message, m_results);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    static const QIcon contactIcon = Icons::get(u"avatar-default"_s, QStyle::SP_FileIcon);
    static const QIcon accountIcon = Icons::get(u"system-users"_s, QStyle::SP_DirIcon);
    static const QIcon leadIcon = Icons::get(u"contact-new"_s, QStyle::SP_FileLinkIcon);
    for (const SearchHit& hit : std::as_const(*hits)) {
        const bool isAccount = hit.table == u"accounts";
        const bool isLead = hit.table == u"leads";
        const QString text = hit.subtitle.isEmpty() ? hit.title : tr("%1 — %2").arg(hit.title, hit.subtitle);
        auto* item = new QListWidgetItem(isAccount ? accountIcon : isLead ? leadIcon : contactIcon, text, m_results);
        item->setData(kTableRole, hit.table);
        item->setData(kIdRole, hit.id);
        item->setToolTip(isAccount ? tr("Account") : isLead ? tr("Lead") : tr("Contact"));
    }
    if (m_results->count() == 0) {
        auto* item = new QListWidgetItem(tr("Nothing found for “%1”.").arg(text.trimmed()), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
}

void QuickOpenDialog::openCurrent() {
    const QListWidgetItem* item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const QString table = item->data(kTableRole).toString();
    const QString id = item->data(kIdRole).toString();
    accept();
    emit recordChosen(table, id);
}

bool QuickOpenDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int count = m_results->count();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (count > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                m_results->setCurrentRow((m_results->currentRow() + step + count) % count);
            }
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_results, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Fieldbook
