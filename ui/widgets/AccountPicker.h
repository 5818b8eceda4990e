#pragma once

#include "RecordLinkPicker.h"

namespace Fieldbook {

/// The RecordLinkPicker of accounts: typed text resolves to the one live account of that name.
class AccountPicker final : public RecordLinkPicker {
    Q_OBJECT
public:
    explicit AccountPicker(Database& db, QWidget* parent = nullptr);

    void setAccount(const QString& id, const QString& name) { setRecord(id, name); }
    QString accountId() const { return recordId(); }

signals:
    /// recordChanged() under the name the account's editors know it by.
    void accountChanged();

protected:
    std::optional<std::pair<QString, QString>> namedRecord(const QString& typed) const override;
};

} // namespace Fieldbook
