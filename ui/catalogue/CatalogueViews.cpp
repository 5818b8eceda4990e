#include "CatalogueViews.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook::CatalogueViews {

QTableView* table(QSortFilterProxyModel* proxy, const QString& objectName, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QSortFilterProxyModel* proxy(int sortRole, int searchRole, QObject* parent) {
    auto* p = new QSortFilterProxyModel(parent);
    p->setSortRole(sortRole);
    p->setFilterRole(searchRole);
    p->setFilterKeyColumn(0);
    p->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p->setSortCaseSensitivity(Qt::CaseInsensitive);
    p->setSortLocaleAware(true);
    return p;
}

QAction* action(const QString& text, const QString& objectName, const QKeySequence& shortcut, QWidget* parent,
                bool own) {
    auto* a = new QAction(text, parent);
    a->setObjectName(objectName);
    const QString plain = QString(text).remove(u'&').remove(u'…');
    a->setToolTip(shortcut.isEmpty() ? plain : u"%1 (%2)"_s.arg(plain, shortcut.toString(QKeySequence::NativeText)));
    if (own) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetShortcut); // Delete in a text field deletes text, not the record
    }
    return a;
}

QToolButton* button(QAction* action, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QLineEdit* searchField(const QString& placeholder, const QString& objectName, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}

QLabel* hint(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString currentId(const QTableView* table, int idRole) {
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(idRole).toString() : QString();
}

bool selectId(QTableView* table, int idRole, const QString& id) {
    QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(idRole).toString() == id) {
            table->setCurrentIndex(index);
            table->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace Fieldbook::CatalogueViews
