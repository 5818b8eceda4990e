#include "QuickOpenDialog.h"

#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kTableRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kSubtitleRole = Qt::UserRole + 3;
constexpr int kKindRole = Qt::UserRole + 4;

/// A result on two lines: the name with its kind ("Opportunity") at the right, and below it what
/// tells it apart (company, stage and amount, status and total).
class ResultDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() * 2 + kPadding * 3));
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, icon, focus
        if (!(opt.state & QStyle::State_Enabled) || index.data(kKindRole).toString().isEmpty()) {
            opt.text = title; // a message such as "Nothing found"
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
        if (selected)
            dim.setAlphaF(0.75f);
        const int line = opt.fontMetrics.height();
        painter->save();
        const QString kind = index.data(kKindRole).toString();
        const int kindWidth = opt.fontMetrics.horizontalAdvance(kind);
        const QRect first(area.left(), area.top(), area.width(), line);
        painter->setPen(dim);
        painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, kind);
        painter->setPen(text);
        painter->drawText(first.adjusted(0, 0, -(kindWidth + 2 * kPadding), 0), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(title, Qt::ElideRight, first.width() - kindWidth - 2 * kPadding));
        const QRect second(area.left(), area.top() + line + kPadding, area.width(), line);
        painter->setPen(dim);
        painter->drawText(
            second, Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(index.data(kSubtitleRole).toString(), Qt::ElideRight, second.width()));
        painter->restore();
    }

private:
    static constexpr int kPadding = 2;
};

} // namespace

QuickOpenDialog::QuickOpenDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this)) {
    setObjectName(u"quickOpenDialog"_s);
    setWindowTitle(tr("Quick open"));
    m_field->setObjectName(u"quickOpenField"_s);
    m_field->setPlaceholderText(tr("Name of a contact, account, lead or opportunity, or a quote number…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(u"quickOpenResults"_s);
    m_results->setUniformItemSizes(true);
    m_results->setIconSize(QSize(22, 22));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setFocusPolicy(Qt::NoFocus);
    auto* hint = new QLabel(tr("↑↓ to choose, Enter to open, Esc to close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);

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
    for (const SearchHit& hit : std::as_const(*hits)) {
        const RecordType* type = RecordType::find(hit.table);
        if (!type)
            continue;
        const QString kind = QCoreApplication::translate("RecordType", type->noun); // "Contact", "Quote"
        auto* item = new QListWidgetItem(Icons::forRecord(hit.table), hit.title, m_results);
        item->setData(kTableRole, hit.table);
        item->setData(kIdRole, hit.id);
        item->setData(kSubtitleRole, hit.subtitle);
        item->setData(kKindRole, kind);
        const QString described = hit.subtitle.isEmpty() ? tr("%1: %2").arg(kind, hit.title)
                                                         : tr("%1: %2 — %3").arg(kind, hit.title, hit.subtitle);
        item->setToolTip(described);
        item->setData(Qt::AccessibleTextRole, described);
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
