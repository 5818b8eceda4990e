#pragma once

#include "TempDatabase.h"
#include "services/DemoDataService.h"
#include "protocol/RecordType.h"
#include "services/StatsService.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QObject>
#include <QSignalSpy>

namespace Fieldbook::Test {

/// Long enough for a loaded CI machine; waits end as soon as the signal arrives.
constexpr int kWorkerTimeoutMs = 30000;

inline StoreStats statsOf(Database& db) {
    auto stats = StatsService::collect(db);
    REQUIRE(stats);
    return *stats;
}

inline void writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

inline QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A CSV of `rows` distinct accounts, big enough for the import to report progress several times.
inline QByteArray manyAccountsCsv(int rows) {
    QByteArray csv = "name,industry,external_id\n";
    for (int i = 0; i < rows; ++i)
        csv += "Account " + QByteArray::number(i) + ",Retail,EXT-" + QByteArray::number(i) + '\n';
    return csv;
}

template<class Widget>
Widget* child(const QObject* parent, const QString& objectName) {
    auto* widget = parent->findChild<Widget*>(objectName);
    INFO("no child named " << objectName.toStdString());
    REQUIRE(widget);
    return widget;
}

} // namespace Fieldbook::Test
