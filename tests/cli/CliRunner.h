#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace Fieldbook::Test {

/// What one run of the real fieldbook-cli binary printed and returned.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs fieldbook-cli (FIELDBOOK_CLI, else the binary of this build) in a temporary folder.
class CliRunner final {
public:
    CliRunner();

    /// `fieldbook-cli --db <dir>/test.db <arguments>`.
    CliRun run(const QStringList& arguments) const;
    /// `fieldbook-cli <arguments>`, optionally through a wrapper program (e.g. prlimit).
    CliRun runRaw(const QStringList& arguments, const QStringList& wrapper = {}) const;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// Writes `text` to `name` in the temporary folder; its path.
    QString writeFile(const QString& name, const QByteArray& text) const;
    static QString program();

private:
    QTemporaryDir m_dir;
};

/// `cli.run(arguments)`, failing the test unless it exits with 0 (what it wrote to stderr is shown).
CliRun succeeded(const CliRunner& cli, const QStringList& arguments);

/// The JSON object `text` holds; fails the test when it holds none.
QJsonObject jsonObject(const QByteArray& text);
/// The JSON array `text` holds; fails the test when it holds none.
QJsonArray jsonArray(const QByteArray& text);

/// Row number -> reason of an import report's rejected rows.
QMap<int, QString> rejectedRows(const QJsonObject& report);

/// A file under tests/data.
QString cliTestData(const QString& name);
/// The Maven sample data folder (FIELDBOOK_SHARED_DATA or ../shared/data beside the repository), or empty.
QString sharedDataDir();

} // namespace Fieldbook::Test
