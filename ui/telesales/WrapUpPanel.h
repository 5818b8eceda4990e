#pragma once

#include "domain/CallList.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Fieldbook {

struct User;

/// The wrap-up of a call (docs/telesales.md, Wrap-up): the call's timer, the outcome (Alt+1 to
/// Alt+9, shown on each button), notes, the next step, and for a callback when and by whom.
class WrapUpPanel final : public QWidget {
    Q_OBJECT
public:
    explicit WrapUpPanel(QWidget* parent = nullptr);

    /// A new call: everything empty, the timer stopped; `team` are the people a callback can go to.
    void reset(const QList<User>& team, const QString& me);
    /// Starts the timer at `startedAt` (ms since the epoch, Fieldbook's clock).
    void start(qint64 startedAt);
    bool isTiming() const { return m_startedAt > 0; }
    /// Power mode: "Dialling in 3 s · Esc stops"; 0 shows the timer again.
    void showCountdown(int seconds);
    qint64 startedAt() const { return m_startedAt; }

    std::optional<CallOutcome> outcome() const;
    void setOutcome(CallOutcome outcome);
    QString notes() const;
    QString nextStep() const;
    qint64 callbackAt() const;
    QString callbackFor() const;
    /// The seconds since start() at `now`, 0 when not started.
    int talkSeconds(qint64 now) const;
    /// Whether the call is with a lead that can be converted (shows Convert lead).
    void setConvertible(bool convertible);
    /// The opportunity the call will be linked to, by name ("" none).
    void showOpportunity(const QString& name);

signals:
    /// Save and next (Ctrl+Enter).
    void saveRequested();
    /// New opportunity (Ctrl+Alt+O): created in place and linked to the call.
    void opportunityRequested();
    /// Convert lead (Ctrl+Alt+V).
    void convertRequested();

private:
    /// The nine outcomes, Alt+1 to Alt+9.
    QLayout* outcomeGrid();
    /// New opportunity and Convert lead, and the opportunity the call is linked to.
    QLayout* inPlaceRow();
    void showTime();

    QLabel* m_timer;
    QButtonGroup* m_outcomes;
    QPlainTextEdit* m_notes;
    QLineEdit* m_nextStep;
    QDateTimeEdit* m_callbackAt;
    QComboBox* m_callbackFor;
    QPushButton* m_save;
    QPushButton* m_opportunity;
    QPushButton* m_convert;
    QLabel* m_linked;
    QTimer* m_tick;
    qint64 m_startedAt = 0;
};

} // namespace Fieldbook
