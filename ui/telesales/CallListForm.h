#pragma once

#include "domain/CallList.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Fieldbook {

/// How a call list is worked (docs/telesales.md, Call lists): its name, priority, retry rule,
/// script and whether the team reads it. Part of the dialogs that create a list.
class CallListForm final : public QWidget {
    Q_OBJECT
public:
    explicit CallListForm(QWidget* parent = nullptr);

    /// The list as filled in (source, filter and owner left at their defaults).
    CallList list() const;
    QLineEdit* nameEdit() const { return m_name; }

signals:
    void nameChanged();

private:
    QLineEdit* m_name;
    QSpinBox* m_priority;
    QSpinBox* m_retryMinutes;
    QSpinBox* m_maxAttempts;
    QCheckBox* m_team;
    QPlainTextEdit* m_script;
};

} // namespace Fieldbook
