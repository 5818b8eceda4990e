#include "Migrator.h"

#include "SqlConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "fieldbook.store")

namespace Fieldbook {

namespace {

QString findMigration(int version) {
    const QDir dir(u":/migrations"_s);
    const QString prefix = u"%1_"_s.arg(version, 4, 10, QLatin1Char('0'));
    for (const QString& name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        if (name.startsWith(prefix))
            return dir.filePath(name);
    return {};
}

} // namespace

int Migrator::latestVersion() {
    int version = 0;
    while (!findMigration(version + 1).isEmpty())
        ++version;
    return version;
}

QStringList Migrator::splitStatements(const QString& script) {
    QStringList statements;
    QString current;
    bool inString = false;
    bool inLineComment = false;
    bool inTrigger = false;
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!inString && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (!inString && c == QLatin1Char(';')) {
            if (!inTrigger && triggerStart.match(current).hasMatch())
                inTrigger = true;
            if (inTrigger && !triggerEnd.match(current).hasMatch()) {
                current.append(c);
                continue;
            }
            inTrigger = false;
            if (!current.trimmed().isEmpty())
                statements.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<void> Migrator::migrate(SqlConnection& connection, int fromVersion, int toVersion, const QString& backupPath) {
    const int latest = std::min(toVersion, latestVersion());
    if (fromVersion >= latest)
        return {};

    if (!backupPath.isEmpty()) {
        QFile::remove(backupPath);
        auto escaped = backupPath;
        escaped.replace(u"'"_s, u"''"_s);
        // VACUUM INTO writes a consistent copy even while the WAL holds recent pages.
        if (auto ok = connection.execDirect(u"VACUUM INTO '%1'"_s.arg(escaped), u"backup before migration"_s); !ok) {
            auto error = ok.error();
            error.message =
                QCoreApplication::translate("Database", "Could not back up the database to %1 before upgrading it: %2")
                    .arg(QDir::toNativeSeparators(backupPath), error.message);
            return std::unexpected(error);
        }
        qCInfo(lcStore) << "backed up schema" << fromVersion << "to" << backupPath;
    }

    for (int version = fromVersion + 1; version <= latest; ++version) {
        QFile file(findMigration(version));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                ErrorCode::Io,
                QCoreApplication::translate("Database", "Migration %1 is missing from this build.").arg(version),
                file.fileName());
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

        if (auto ok = connection.execDirect(u"BEGIN IMMEDIATE"_s, u"begin migration"_s); !ok)
            return ok;
        for (const QString& statement : statements) {
            if (auto ok = connection.execDirect(statement, u"migration %1"_s.arg(version)); !ok) {
                (void)connection.execDirect(u"ROLLBACK"_s, u"rollback migration"_s);
                auto error = ok.error();
                error.message =
                    QCoreApplication::translate(
                        "Database", "Upgrading the database to version %1 failed; it was left at version %2. %3")
                        .arg(version)
                        .arg(version - 1)
                        .arg(error.message);
                return std::unexpected(error);
            }
        }
        if (auto ok = connection.execDirect(u"PRAGMA user_version = %1"_s.arg(version), u"set version"_s); !ok) {
            (void)connection.execDirect(u"ROLLBACK"_s, u"rollback migration"_s);
            return ok;
        }
        if (auto ok = connection.execDirect(u"COMMIT"_s, u"commit migration %1"_s.arg(version)); !ok) {
            (void)connection.execDirect(u"ROLLBACK"_s, u"rollback migration"_s);
            return ok;
        }
        qCInfo(lcStore) << "migrated to schema" << version;
    }
    connection.clearCache();
    return {};
}

} // namespace Fieldbook
