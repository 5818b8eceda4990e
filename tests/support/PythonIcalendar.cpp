#include "PythonIcalendar.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

QString pythonWithIcalendar() {
    const QString python = QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s});
    if (python.isEmpty())
        return {};
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import icalendar"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return {};
    return python;
}

QStringList runPython(const QString& python, const char* script, const QStringList& arguments) {
    QProcess process;
    process.start(python, QStringList{u"-c"_s, QString::fromUtf8(script)} + arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Fieldbook::Test
