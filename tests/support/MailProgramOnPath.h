#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

namespace Fieldbook::Test {

/// PATH holding only a folder of the test's: an `xdg-email` there (when asked for) writes the
/// arguments it was started with next to itself, one per line. PATH comes back at the end.
class MailProgramOnPath final {
public:
    explicit MailProgramOnPath(bool present);
    ~MailProgramOnPath();
    MailProgramOnPath(const MailProgramOnPath&) = delete;
    MailProgramOnPath& operator=(const MailProgramOnPath&) = delete;

    /// The arguments the mail program was started with, once it has run (empty if it never ran).
    QStringList arguments() const;

private:
    QTemporaryDir m_dir;
    QByteArray m_savedPath;
};

} // namespace Fieldbook::Test
