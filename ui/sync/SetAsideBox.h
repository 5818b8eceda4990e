#pragma once

#include "common/Error.h"

#include <QGroupBox>

class QPushButton;
class QTreeWidget;

namespace Fieldbook {

class Database;

/// Sync issues' list of records received from the server that this computer could not store
/// (SyncIssues::setAside), each with the reason; Dismiss forgets the selected ones.
class SetAsideBox final : public QGroupBox {
    Q_OBJECT
public:
    SetAsideBox(Database& db, QWidget* parent);

    /// Reads the list again; its number of entries, or the failure.
    [[nodiscard]] Result<int> reload();

signals:
    /// Entries were dismissed (the issue count changed).
    void dismissed();
    void failed(const QString& message);

private:
    void dismiss();

    Database& m_db;
    QTreeWidget* m_list;
    QPushButton* m_dismiss;
};

} // namespace Fieldbook
