#pragma once

#include "common/SectionFrame.h"
#include "domain/CallList.h"

#include <optional>

class QAction;
class QSplitter;
class QTimer;
class QUrl;

namespace Fieldbook {

class CallCard;
class CallStatsView;
class CallQueueFilterBar;
class WrapUpPanel;

/// The telesales workspace (docs/telesales.md, The desktop section): the next call of the user's
/// queue with its card and script, dialling through the dial template (Ctrl+D), the wrap-up (the
/// outcome with Alt+1 to Alt+9, notes, next step, a callback) and Save and next call (Ctrl+Enter),
/// in one undo step per call.
class TelesalesSection final : public SectionFrame {
    Q_OBJECT
public:
    explicit TelesalesSection(AppContext& context, QWidget* parent = nullptr);

    QString statusText() const override;
    bool confirmLeave() override { return true; }
    void refreshCurrentRecord() override;

    /// The entry on screen; nullopt when nothing is due.
    const std::optional<CallListEntry>& current() const { return m_current; }
    CallCard* card() const { return m_card; }
    WrapUpPanel* wrapUp() const { return m_wrapUp; }
    CallStatsView* statistics() const { return m_stats; }

    /// The setting holding the dial URL template ("tel:{number}", "sip:{number}@pbx.example.com").
    static QString dialTemplateKey();
    /// The setting holding power mode's countdown in seconds (5 when not set).
    static QString powerDelayKey();
    /// Whether power mode is counting down to dialling the next call.
    bool isCountingDown() const;
    /// The URL that dials `number` (E.164) with the stored template.
    QUrl dialUrl(const QString& number) const;

public slots:
    /// Dials the current entry's number and starts the call's timer.
    void dial();
    void dialNumber(const QString& number);
    /// Writes the wrap-up and shows the next call.
    void saveAndNext();
    /// Shows the next call of the queue.
    void loadNext();
    /// Power mode: after each wrap-up the next call is dialled after a short countdown (Esc stops it).
    void setPowerMode(bool on);
    /// Shows this month's call statistics as charts instead of the queue, or the queue again.
    void showStatistics(bool on);
    void cancelCountdown();
    /// Builds a new call list (Ctrl+Alt+N).
    void newList();
    /// The lists with their progress per rep, for assigning and reassigning (Ctrl+Alt+L).
    void manageLists();
    /// New opportunity in the wrap-up: created in place and linked to the call.
    void createOpportunity();
    /// Convert lead in the wrap-up: the lead of the call converted in its dialog.
    void convertLead();
    /// Whether sync cannot reach the server: working a list that colleagues also work then shows a
    /// notice (docs/telesales.md, Working offline).
    void setSyncOffline(bool offline);

protected:
    void showEvent(QShowEvent* event) override;

private:
    TelesalesSection(AppContext& context, CallQueueFilterBar* filter, QWidget* parent);
    void createActions();
    void editDialTemplate();
    void showProgress();
    void showSharedNotice();
    void bookMeeting(const CallListEntry& entry);
    void startCountdown();
    void countDown();

    CallQueueFilterBar* m_filter;
    QSplitter* m_body;
    CallCard* m_card;
    WrapUpPanel* m_wrapUp;
    std::optional<CallListEntry> m_current;
    std::optional<CallList> m_list;
    QString m_status;
    bool m_loaded = false;
    QAction* m_power = nullptr;
    QAction* m_statsAction = nullptr;
    QTimer* m_countdown;
    int m_remaining = 0;
    CallStatsView* m_stats;
    QString m_opportunityId; ///< created or converted during this call, linked to it
    bool m_offline = false;
    QString m_notice; ///< the offline notice shown, if any
};

} // namespace Fieldbook
