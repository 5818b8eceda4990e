#pragma once

#include <QList>
#include <QString>

namespace Fieldbook {

/// Something in an iCalendar file that import could not represent exactly: `message` is translated
/// and says what and where (the line, the property); `skipped` when the whole item was left out.
struct IcsIssue {
    int line = 0;
    QString uid;
    QString summary;
    QString message;
    bool skipped = false;

    friend bool operator==(const IcsIssue&, const IcsIssue&) = default;
};

/// Collects the issues of one file, naming the item being read.
class IcsIssues final {
public:
    explicit IcsIssues(QList<IcsIssue>& issues)
        : m_issues(issues) {}

    /// The item later issues belong to (empty outside an item).
    void setItem(const QString& uid, const QString& summary) {
        m_uid = uid;
        m_summary = summary;
    }
    void add(int line, const QString& message, bool skipped = false) {
        m_issues.append(IcsIssue{line, m_uid, m_summary, message, skipped});
    }

private:
    QList<IcsIssue>& m_issues;
    QString m_uid;
    QString m_summary;
};

} // namespace Fieldbook
