#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QWidget;

namespace Fieldbook {

/// What the catalogue's tabs build alike: their tables, buttons and search fields.
namespace CatalogueViews {

/// A row-selecting, sortable table over `proxy` that opens a row with Enter or a double click.
QTableView* table(QSortFilterProxyModel* proxy, const QString& objectName, QWidget* parent);
/// A proxy that sorts by `sortRole` and filters by `searchRole`, case-insensitively.
QSortFilterProxyModel* proxy(int sortRole, int searchRole, QObject* parent);
/// An action whose tooltip names `shortcut`; the dialog, not the action, owns that key (see
/// CatalogueDialog) unless `own` is set, then the action takes it for the widgets it is added to.
QAction* action(const QString& text, const QString& objectName, const QKeySequence& shortcut, QWidget* parent,
                bool own = false);
QToolButton* button(QAction* action, QWidget* parent);
QLineEdit* searchField(const QString& placeholder, const QString& objectName, QWidget* parent);
/// A grey, word-wrapped line for empty states and hints.
QLabel* hint(const QString& objectName, QWidget* parent);
/// The id (in `idRole`) of the table's current row; empty when none.
QString currentId(const QTableView* table, int idRole);
/// Makes the row whose `idRole` is `id` current; false when it is not shown.
bool selectId(QTableView* table, int idRole, const QString& id);

} // namespace CatalogueViews

} // namespace Fieldbook
