#pragma once

#include <QComboBox>

namespace Fieldbook {

class Database;

/// Picks a user (record owner); optionally with a first "any owner" entry for filters.
class OwnerCombo final : public QComboBox {
    Q_OBJECT
public:
    OwnerCombo(Database& db, const QString& anyOwnerText, QWidget* parent = nullptr);

    void reload();
    QString ownerId() const;
    void setOwnerId(const QString& id);

private:
    Database& m_db;
    QString m_anyOwnerText;
};

} // namespace Fieldbook
