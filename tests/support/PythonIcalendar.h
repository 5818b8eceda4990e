#pragma once

#include <QString>
#include <QStringList>

namespace Fieldbook::Test {

/// /usr/bin/python3 when it has the icalendar module (a developer's PATH may hold another Python
/// without it); empty otherwise, and the tests that compare with python-icalendar say so and end.
QString pythonWithIcalendar();

/// Runs `script` with `python` and `arguments`, failing the test unless it exits with 0 (its
/// standard error is shown); the lines it printed.
QStringList runPython(const QString& python, const char* script, const QStringList& arguments);

} // namespace Fieldbook::Test
