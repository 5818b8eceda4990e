#pragma once

#include "domain/Activity.h"

#include <QFrame>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Fieldbook {

/// A compact inline form for logging a call, a meeting or a note; Ctrl+Enter saves, Esc closes.
class QuickLogForm final : public QFrame {
    Q_OBJECT
public:
    explicit QuickLogForm(QWidget* parent = nullptr);

    /// Resets the form for `kind` ("when" is now) and focuses the subject.
    void start(ActivityKind kind);
    /// Resets the form to log `draft` (an event that took place, as MeetingLog proposes it): its
    /// kind, subject, start, duration and notes, with the outcome in the user's words; `title`
    /// heads the form.
    void startLogging(const Activity& draft, const QString& title);
    ActivityKind kind() const { return m_kind; }
    /// The activity as entered (without contact or account).
    Activity activity() const;
    void submit();

signals:
    void submitted(const Fieldbook::Activity& activity);
    void cancelled();

private:
    ActivityKind m_kind = ActivityKind::Call;
    bool m_freeOutcome = false; ///< logging an event: any outcome may be typed
    QLabel* m_title;
    QLineEdit* m_subject;
    QDateTimeEdit* m_when;
    QSpinBox* m_duration;
    QLabel* m_outcomeLabel;
    QComboBox* m_outcome;
    QPlainTextEdit* m_notes;
};

} // namespace Fieldbook
