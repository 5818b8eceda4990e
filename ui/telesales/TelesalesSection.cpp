#include "TelesalesSection.h"

#include "CallCard.h"
#include "CallListsDialog.h"
#include "NewCallListDialog.h"
#include "CallQueueFilterBar.h"
#include "CallStatsView.h"
#include "WrapUpPanel.h"
#include "calendar/EventEditor.h"
#include "calendar/EventEditorDialog.h"
#include "leads/LeadWorkflow.h"
#include "opportunities/OpportunityDialog.h"
#include "protocol/RecordType.h"
#include "common/Clock.h"
#include "services/CallListBuilder.h"
#include "services/PhoneRegion.h"
#include "store/db/Database.h"
#include "store/records/CallListProgress.h"
#include "store/records/AccountRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"
#include "workflows/CallWrapUp.h"

#include <QAction>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QSplitter>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
const QString kDefaultTemplate = u"tel:{number}"_s;
} // namespace

TelesalesSection::TelesalesSection(AppContext& context, QWidget* parent)
    : TelesalesSection(context, new CallQueueFilterBar, parent) {}

TelesalesSection::TelesalesSection(AppContext& context, CallQueueFilterBar* filter, QWidget* parent)
    : SectionFrame(context, RecordType::callListEntries(), filter, filter, parent)
    , m_filter(filter)
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_card(new CallCard(context.db))
    , m_wrapUp(new WrapUpPanel(m_body))
    , m_countdown(new QTimer(this))
    , m_stats(new CallStatsView(context.db, this)) {
    setObjectName(u"telesalesSection"_s);
    auto* scroll = new QScrollArea(m_body);
    scroll->setWidget(m_card);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body->addWidget(scroll);
    m_body->addWidget(m_wrapUp);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    m_body->setChildrenCollapsible(false);
    addView(m_body);
    addView(m_stats);
    createActions();
    connect(m_stats, &CallStatsView::failed, this, &TelesalesSection::showError);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &TelesalesSection::countDown);
    auto* stop = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(stop, &QShortcut::activated, this, &TelesalesSection::cancelCountdown);
    connect(m_card, &CallCard::dialRequested, this, &TelesalesSection::dialNumber);
    connect(m_wrapUp, &WrapUpPanel::saveRequested, this, &TelesalesSection::saveAndNext);
    connect(m_wrapUp, &WrapUpPanel::opportunityRequested, this, &TelesalesSection::createOpportunity);
    connect(m_wrapUp, &WrapUpPanel::convertRequested, this, &TelesalesSection::convertLead);
    connect(m_filter, &CallQueueFilterBar::listChanged, this, &TelesalesSection::loadNext);
    // What sync or another window changes shows at once, unless a call is under way.
    onStoreChange(RecordType::callListEntries(), StoreChange::Records | StoreChange::Reset, [this] {
        if (isVisible() && !m_wrapUp->isTiming())
            loadNext();
    });
}

void TelesalesSection::createActions() {
    connect(addRecordAction(tr("&Dial"), u"call-start"_s, QKeySequence(Qt::CTRL | Qt::Key_D), u"dialAction"_s),
            &QAction::triggered, this, &TelesalesSection::dial);
    connect(addRecordAction(tr("&Save and next call"), u"go-next"_s, QKeySequence(Qt::CTRL | Qt::Key_Return),
                            u"saveCallAction"_s),
            &QAction::triggered, this, &TelesalesSection::saveAndNext);
    m_power = addRecordAction(tr("&Power mode"), u"media-playlist-repeat"_s,
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), u"powerModeAction"_s);
    m_power->setCheckable(true);
    connect(m_power, &QAction::toggled, this, &TelesalesSection::setPowerMode);
    m_statsAction = addRecordAction(tr("S&tatistics"), u"view-statistics"_s,
                                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), u"callStatisticsAction"_s);
    m_statsAction->setCheckable(true);
    connect(m_statsAction, &QAction::toggled, this, &TelesalesSection::showStatistics);
    connect(addRecordAction(tr("Dial &template…"), {}, {}, u"dialTemplateAction"_s, Placement::MenuOnly),
            &QAction::triggered, this, &TelesalesSection::editDialTemplate);
    connect(addRecordAction(tr("&New call list…"), u"list-add"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                            u"newCallListAction"_s, Placement::MenuOnly),
            &QAction::triggered, this, &TelesalesSection::newList);
    connect(addRecordAction(tr("Call &lists…"), u"view-list-details"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                            u"callListsAction"_s),
            &QAction::triggered, this, &TelesalesSection::manageLists);
}

void TelesalesSection::newList() {
    NewCallListDialog dialog(m_context.db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadNext();
    banner()->showMessage(NewCallListDialog::reportText(dialog.built()), MessageBanner::Type::Positive);
}

void TelesalesSection::manageLists() {
    CallListsDialog dialog(m_context.db, this);
    connect(&dialog, &CallListsDialog::changed, this, [this] {
        if (!m_wrapUp->isTiming())
            loadNext();
    });
    dialog.exec();
}

void TelesalesSection::setSyncOffline(bool offline) {
    if (m_offline == offline)
        return;
    m_offline = offline;
    showSharedNotice();
}

void TelesalesSection::showSharedNotice() {
    const QString me = m_context.db.localUserId();
    QStringList others;
    for (const QString& rep : m_list ? m_list->reps : QStringList())
        if (rep != me) {
            const auto user = UserRepository(m_context.db).get(rep);
            others.append(user ? user->name : rep);
        }
    if (!m_offline || others.isEmpty()) {
        if (banner()->type() == MessageBanner::Type::Information && banner()->text() == m_notice)
            banner()->hideMessage();
        m_notice.clear();
        return;
    }
    m_notice = tr("You are working offline. %1 also work(s) “%2”: each of you calls only the numbers assigned to you, "
                  "and every call is kept when you sync again.",
                  "", int(others.size()))
                   .arg(QLocale().createSeparatedList(others), m_list->name);
    banner()->showMessage(m_notice, MessageBanner::Type::Information);
}

void TelesalesSection::createOpportunity() {
    if (!m_current)
        return;
    Opportunity draft;
    draft.accountId = m_current->accountId;
    draft.contactId = m_current->contactId;
    if (draft.accountId.isEmpty() && !draft.contactId.isEmpty())
        if (auto contact = ContactRepository(m_context.db).get(draft.contactId))
            draft.accountId = contact->accountId;
    if (!draft.accountId.isEmpty())
        if (auto account = AccountRepository(m_context.db).get(draft.accountId))
            draft.currency = account->currency;
    draft.ownerId = m_context.db.localUserId();
    draft.closeDate = Clock::today().addMonths(1);
    OpportunityDialog dialog(m_context, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_opportunityId = dialog.saved().id;
    m_wrapUp->showOpportunity(dialog.saved().name);
}

void TelesalesSection::convertLead() {
    if (!m_current || m_current->leadId.isEmpty())
        return;
    LeadWorkflow workflow(m_context.db, this);
    const auto outcome = workflow.convert(m_current->leadId);
    if (!outcome)
        return;
    banner()->showMessage(outcome->text, outcome->type);
    if (const auto& made = workflow.converted()) {
        if (!made->opportunityId.isEmpty()) {
            m_opportunityId = made->opportunityId;
            auto deal = OpportunityRepository(m_context.db).get(made->opportunityId);
            m_wrapUp->showOpportunity(deal ? deal->name : QString());
        }
        m_wrapUp->setConvertible(false);
    }
}

QString TelesalesSection::powerDelayKey() {
    return u"telesales.power_delay"_s;
}

bool TelesalesSection::isCountingDown() const {
    return m_countdown->isActive();
}

void TelesalesSection::setPowerMode(bool on) {
    if (m_power->isChecked() != on)
        m_power->setChecked(on);
    if (!on)
        cancelCountdown();
}

void TelesalesSection::startCountdown() {
    if (!m_power->isChecked() || !m_current)
        return;
    m_remaining = std::clamp(m_context.db.setting(powerDelayKey(), u"5"_s).toInt(), 1, 60);
    m_wrapUp->showCountdown(m_remaining);
    m_countdown->start();
}

void TelesalesSection::countDown() {
    if (--m_remaining > 0) {
        m_wrapUp->showCountdown(m_remaining);
        return;
    }
    m_countdown->stop();
    dial();
}

void TelesalesSection::cancelCountdown() {
    if (!m_countdown->isActive())
        return;
    m_countdown->stop();
    m_wrapUp->showCountdown(0);
}

QString TelesalesSection::dialTemplateKey() {
    return u"telesales.dial_template"_s;
}

QUrl TelesalesSection::dialUrl(const QString& number) const {
    QString pattern = m_context.db.setting(dialTemplateKey(), kDefaultTemplate);
    return QUrl(pattern.replace(u"{number}"_s, number)); // E.164: "+" and digits, as tel: and sip: write them
}

void TelesalesSection::editDialTemplate() {
    bool ok = false;
    const QString pattern = QInputDialog::getText(
        this, tr("Dial template"),
        tr("The link that dials a number, with {number} where the number goes, e.g. tel:{number}, "
           "callto:{number} or sip:{number}@pbx.example.com:"),
        QLineEdit::Normal, m_context.db.setting(dialTemplateKey(), kDefaultTemplate), &ok);
    if (!ok)
        return;
    const QUrl url(QString(pattern).replace(u"{number}"_s, u"+4930123456"_s));
    if (!pattern.contains(u"{number}"_s) || !url.isValid() || url.scheme().isEmpty()) {
        showError(tr("“%1” is not a link with {number} in it, such as tel:{number}.").arg(pattern));
        return;
    }
    if (auto saved = m_context.db.setSetting(dialTemplateKey(), pattern.trimmed()); !saved)
        showError(saved.error().message);
}

void TelesalesSection::dial() {
    if (m_current)
        dialNumber(m_current->phone);
}

void TelesalesSection::dialNumber(const QString& number) {
    if (!m_current)
        return;
    m_countdown->stop();
    if (!m_wrapUp->isTiming())
        m_wrapUp->start(Clock::nowMs());
    // A number the card shows as stored ("030 1234567") is dialled in E.164 too.
    QString digits = CallListBuilder::e164(number, PhoneRegion::load(m_context.db));
    if (digits.isEmpty())
        digits = QString(number).remove(QRegularExpression(u"[^+0-9]"_s));
    const QUrl url = dialUrl(digits);
    if (!QDesktopServices::openUrl(url))
        showError(tr("No program dials %1 links here. Set one up in the desktop's settings, or change the "
                     "dial template (Record › Dial template…); the call's timer runs.")
                      .arg(url.scheme()));
}

void TelesalesSection::saveAndNext() {
    if (!m_current)
        return;
    const auto outcome = m_wrapUp->outcome();
    if (!outcome) {
        showError(tr("Choose how the call ended first (Alt+1 to Alt+9)."));
        return;
    }
    const qint64 now = Clock::nowMs();
    CallWrapUpInput in{.entryId = m_current->id,
                       .outcome = *outcome,
                       .startedAt = m_wrapUp->isTiming() ? m_wrapUp->startedAt() : now,
                       .talkSeconds = m_wrapUp->talkSeconds(now),
                       .notes = m_wrapUp->notes(),
                       .nextStep = m_wrapUp->nextStep(),
                       .opportunityId = m_opportunityId,
                       .callbackAt = *outcome == CallOutcome::Callback ? m_wrapUp->callbackAt() : 0,
                       .callbackFor = *outcome == CallOutcome::Callback ? m_wrapUp->callbackFor() : QString()};
    const CallListEntry called = *m_current;
    // The queue moves on below, not in the middle of the save.
    Result<CallWrapUpResult> done = std::unexpected(Error{});
    writingOwn([&] { done = CallWrapUp(m_context.db).save(in, now); });
    if (!done) {
        showError(done.error().message);
        return;
    }
    const int token = m_context.undo.push(tr("Call logged"), done->undo.undo, done->undo.redo);
    offerUndo(tr("Call with %1 saved: %2.").arg(called.name, callOutcomeLabel(*outcome)), token);
    loadNext();
    if (*outcome == CallOutcome::MeetingBooked)
        bookMeeting(called); // the meeting first; power mode waits for the next Save
    else
        startCountdown();
}

void TelesalesSection::bookMeeting(const CallListEntry& entry) {
    CalendarEvent meeting;
    meeting.title = tr("Meeting with %1").arg(entry.name);
    const QDateTime start(Clock::today().addDays(1), QTime(10, 0));
    meeting.start = CalendarTime::zoned(start.date(), start.time(), QTimeZone::systemTimeZoneId());
    meeting.end = CalendarTime::zoned(start.date(), QTime(11, 0), QTimeZone::systemTimeZoneId());
    meeting.contactId = entry.contactId;
    meeting.accountId = entry.accountId;
    meeting.leadId = entry.leadId;
    auto* dialog = new EventEditorDialog(m_context, QTimeZone::systemTimeZone(),
                                         OccurrenceOf{.shown = meeting, .seriesId = {}, .recurrenceId = {}}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editor()->focusTitle();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->change().undo)
            offerUndo(tr("“%1” added.").arg(dialog->savedTitle()),
                      m_context.undo.push(tr("Event added"), dialog->change().undo.undo, dialog->change().undo.redo));
    });
    dialog->open();
}

void TelesalesSection::showStatistics(bool on) {
    if (m_statsAction->isChecked() != on)
        m_statsAction->setChecked(on);
    if (!on) {
        loadNext();
        return;
    }
    cancelCountdown();
    m_stats->showMonth(Clock::today());
    showView(m_stats, false, {});
}

void TelesalesSection::loadNext() {
    m_loaded = true;
    if (m_statsAction->isChecked())
        m_statsAction->setChecked(false); // back to the queue
    CallListRepository calls(m_context.db);
    auto lists = calls.lists();
    if (!lists) {
        showError(lists.error().message);
        return;
    }
    m_filter->setLists(*lists);
    const QString me = m_context.db.localUserId();
    auto next = calls.next(me, Clock::nowMs(), m_filter->listId());
    if (!next) {
        showError(next.error().message);
        return;
    }
    m_current = *next;
    m_list.reset();
    for (const CallList& l : std::as_const(*lists))
        if (m_current && l.id == m_current->listId)
            m_list = l;
    if (!m_current || !m_list) {
        m_current.reset();
        showView(m_body, true,
                 lists->isEmpty() ? tr("No call lists yet. Build one from contacts, leads, accounts or a CSV file "
                                       "with New call list (Ctrl+Alt+N), or select records in their section and "
                                       "choose Add to call list. Lists your manager builds arrive with the next sync.")
                                  : tr("Nothing to call now. Callbacks and retries come back when they are due."));
    } else {
        m_card->show(*m_current, *m_list);
        m_wrapUp->reset(UserRepository(m_context.db).all().value_or(QList<User>()), me);
        m_wrapUp->setConvertible(!m_current->leadId.isEmpty() && m_current->contactId.isEmpty());
        showView(m_body, false, {});
    }
    m_opportunityId.clear();
    showSharedNotice();
    showProgress();
}

void TelesalesSection::showProgress() {
    const auto progress = CallListProgressQuery(m_context.db).read(m_filter->listId(), Clock::nowMs());
    CallListProgress mine;
    for (const CallListProgress& p : progress.value_or(QList<CallListProgress>()))
        if (p.ownerId == m_context.db.localUserId())
            mine.add(p);
    m_status = tr("%1 to call · %2 callbacks due · %3 called, %4 connected")
                   .arg(mine.toCall)
                   .arg(mine.callbacksDue)
                   .arg(mine.calls)
                   .arg(mine.connects);
    m_filter->setProgress(m_status);
    emit statusChanged();
}

QString TelesalesSection::statusText() const {
    return m_status;
}

void TelesalesSection::refreshCurrentRecord() {
    if (isVisible() && !m_wrapUp->isTiming())
        loadNext();
}

void TelesalesSection::showEvent(QShowEvent* event) {
    SectionFrame::showEvent(event);
    if (!m_loaded)
        loadNext();
}

} // namespace Fieldbook
