#include "SyncFixture.h"

#include "auth/AuthService.h"
#include "protocol/RecordType.h"
#include "store/records/AccountRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/write/RecordWriter.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {

constexpr int kTestIterations = 1000; ///< PBKDF2 rounds: cheap sign-ins in tests

QJsonValue toJsonValue(const FieldSpec& field, const QVariant& value) {
    if (value.isNull())
        return QJsonValue::Null;
    switch (field.kind) {
    case FieldKind::Integer:
        return QJsonValue(value.toLongLong());
    case FieldKind::Boolean:
        return QJsonValue(value.toInt() != 0);
    case FieldKind::Text:
    case FieldKind::Json:
        break;
    }
    return QJsonValue(value.toString());
}

/// Every registered field of `type`, in canonical form, from a wire object.
QJsonObject canonical(const RecordType& type, const QJsonObject& wire) {
    QJsonObject out;
    for (const FieldSpec& field : type.fields)
        out.insert(field.column, toJsonValue(field, RecordWriter::fromJson(field, wire.value(field.column))));
    return out;
}

bool lessThan(const ServerRecord& a, const ServerRecord& b) {
    return std::pair(a.table, a.id) < std::pair(b.table, b.id);
}

} // namespace

TestServer::TestServer(ServerBackend backend)
    : m_store(backend) {
    restart();
}

TestServer::~TestServer() = default;

void TestServer::restart() {
    m_api.reset();
    m_db.reset();
    m_db = m_store.open();
    REQUIRE(m_db);
    m_api = std::make_unique<Server::HttpApi>(
        *m_db, [this] { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }, Wire::Limits{}, kTestIterations);
}

QString TestServer::addUser(const QString& name, const QString& role, const QString& manager) {
    Server::UserDirectory users(*m_db);
    auto id = users.add(name, *Server::UserDirectory::roleFromName(role), manager);
    REQUIRE(id);
    Server::AuthService auth(*m_db, {}, kTestIterations);
    REQUIRE(auth.setPassword(name, passwordOf(name)));
    return *id;
}

QList<ServerRecord> TestServer::records() {
    auto q = m_db->run(u"SELECT tbl, id, owner_id, deleted, fields FROM records"_s, {});
    REQUIRE(q);
    QList<ServerRecord> list;
    while ((*q)->next()) {
        const RecordType* type = RecordType::find((*q)->value(0).toString());
        REQUIRE(type);
        list.append({(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                     (*q)->value(3).toInt() != 0,
                     canonical(*type, QJsonDocument::fromJson((*q)->value(4).toString().toUtf8()).object())});
    }
    std::sort(list.begin(), list.end(), lessThan);
    return list;
}

QStringList TestServer::duplicateLedgerIds() {
    auto q = m_db->run(u"SELECT mutation_id FROM mutation_ledger GROUP BY mutation_id HAVING count(*) > 1"_s, {});
    REQUIRE(q);
    QStringList ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toString());
    return ids;
}

QSet<QString> TestServer::ledgerIds() {
    auto q = m_db->run(u"SELECT mutation_id FROM mutation_ledger"_s, {});
    REQUIRE(q);
    QSet<QString> ids;
    while ((*q)->next())
        ids.insert((*q)->value(0).toString());
    return ids;
}

TestClient::TestClient(TestServer& server, QString user)
    : m_server(server)
    , m_user(std::move(user))
    , m_path(m_dir.filePath(u"client.sqlite"_s))
    , m_network([&server]() -> Server::HttpApi& { return server.api(); }) {
    reopen();
}

TestClient::~TestClient() = default;

void TestClient::reopen() {
    m_db.reset();
    auto opened = Database::open(m_path);
    REQUIRE(opened);
    m_db = std::move(*opened);
}

Result<SyncSummary> TestClient::sync(int timeoutMs) {
    SyncEngine::Options options;
    options.server = m_url;
    options.user = m_user;
    options.timeoutMs = timeoutMs;
    options.refreshTokenChanged = [this](const QString& token) {
        m_refreshToken = token;
    };
    if (m_adjust)
        m_adjust(options);
    SyncEngine engine(*m_db, m_network, options);
    engine.setRefreshToken(m_refreshToken);
    engine.setPassword(TestServer::passwordOf(m_user));
    return engine.run();
}

QList<ServerRecord> TestClient::records() {
    return recordsIn(m_path);
}

SyncSummary synced(TestClient& client) {
    auto r = client.sync();
    INFO(client.user().toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r);
    return *r;
}

QList<ServerRecord> recordsIn(const QString& path) {
    const QString name = u"inspect-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QList<ServerRecord> list;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const RecordType* type : RecordType::all()) {
            if (type->table == u"users"_s)
                continue; // the server keeps users apart from records
            QString sql = u"SELECT id, deleted, owner_id"_s;
            for (const FieldSpec& f : type->fields)
                sql += u", "_s + f.column;
            QSqlQuery q(db);
            REQUIRE(q.exec(sql + u" FROM "_s + type->table));
            while (q.next()) {
                QJsonObject fields;
                for (int i = 0; i < type->fields.size(); ++i) {
                    const FieldSpec& f = type->fields.at(i);
                    fields.insert(f.column, toJsonValue(f, RecordWriter::normalized(f, q.value(3 + i))));
                }
                list.append(
                    {type->table, q.value(0).toString(), q.value(2).toString(), q.value(1).toInt() != 0, fields});
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    std::sort(list.begin(), list.end(), lessThan);
    return list;
}

std::string describe(const QList<ServerRecord>& records) {
    std::string text;
    for (const ServerRecord& r : records)
        text += QString(r.table + u' ' + r.id + (r.deleted ? u" deleted"_s : u""_s) + u" owner="_s + r.ownerId + u' ' +
                        QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)) + u'\n')
                    .toStdString();
    return text;
}

QList<ServerRecord> withinScope(const QList<ServerRecord>& records, const QSet<QString>& ownerIds) {
    QList<ServerRecord> list;
    for (const ServerRecord& r : records)
        if (ownerIds.contains(r.ownerId))
            list.append(r);
    return list;
}

QByteArray fileBytes(int size, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

Attachment attachToNewAccount(Database& db, const QString& fileName, const QByteArray& bytes) {
    Account account;
    account.name = u"Owner of "_s + fileName;
    auto saved = AccountRepository(db).save(account);
    REQUIRE(saved);
    auto attached = AttachmentRepository(db).addData(u"accounts"_s, saved->id, fileName, bytes);
    REQUIRE(attached);
    return *attached;
}

} // namespace Fieldbook::Test
