#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Fieldbook {

class Database;
class ImportRow;

/// Resolves records referenced by name during one import (owner and manager -> users, account and
/// parent -> accounts) with caches, so that 100k rows naming the same few owners cost a few queries.
/// Names compare like SQLite's NOCASE: trimmed, ASCII letters case-insensitive.
class ImportReferences final {
    Q_DECLARE_TR_FUNCTIONS(ImportReferences)

public:
    explicit ImportReferences(Database& db);

    /// Ids of the live users called `name` (empty: none).
    [[nodiscard]] Result<QStringList> users(const QString& name);
    /// Ids of the live accounts called `name` (empty: none).
    [[nodiscard]] Result<QStringList> accounts(const QString& name);
    /// The id of the live account with `externalId` (empty: none).
    [[nodiscard]] Result<QStringList> accountsByExternalId(const QString& externalId);

    /// Sets `*id` from the row's user column `field` (usually "owner"): the one user with that
    /// name, or empty for an empty cell; leaves it as it is when the file has no such column.
    /// Returns the translated reason to reject the row (a name matching no user or several), or
    /// an empty text.
    [[nodiscard]] Result<QString> setUser(const ImportRow& row, const QString& field, QString* id);
    /// The same for an account: by `externalField` ("account_external_id") when that cell is set,
    /// else by name from `field` ("account").
    [[nodiscard]] Result<QString> setAccount(const ImportRow& row, const QString& field, const QString& externalField,
                                             QString* id);

    /// Keeps the caches right after the import saved a record (`oldName` empty for a new one).
    void userSaved(const QString& id, const QString& oldName, const QString& newName);
    void accountSaved(const QString& id, const QString& oldName, const QString& newName);

    /// One id for `name` in `ids`, or a translated reason: "owner 'X' does not match any user",
    /// "account 'X' matches 2 accounts".
    static Result<QString> single(const QStringList& ids, const QString& field, const QString& name, bool isUser);

    static QString key(const QString& name);

private:
    Database& m_db;
    bool m_usersLoaded = false;
    QHash<QString, QStringList> m_users;
    QHash<QString, QStringList> m_accounts;
    QHash<QString, QString> m_accountByExternalId; ///< found ones only; a miss is asked again
};

} // namespace Fieldbook
