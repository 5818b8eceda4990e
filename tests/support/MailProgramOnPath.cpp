#include "MailProgramOnPath.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

MailProgramOnPath::MailProgramOnPath(bool present)
    : m_savedPath(qgetenv("PATH")) {
    REQUIRE(m_dir.isValid());
    if (present) {
        QFile script(m_dir.filePath(u"xdg-email"_s));
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args.tmp\" && /bin/mv \"$0.args.tmp\" \"$0.args\"\n");
        script.close();
        REQUIRE(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    qputenv("PATH", QFile::encodeName(m_dir.path()));
}

MailProgramOnPath::~MailProgramOnPath() {
    qputenv("PATH", m_savedPath);
}

QStringList MailProgramOnPath::arguments() const {
    const QString path = m_dir.filePath(u"xdg-email.args"_s);
    if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 10000))
        return {};
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Fieldbook::Test
