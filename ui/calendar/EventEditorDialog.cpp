#include "EventEditorDialog.h"

#include "CalendarText.h"
#include "EventEditor.h"
#include "EventInvitation.h"
#include "OccurrenceScopeDialog.h"
#include "RecurrenceEditor.h"
#include "services/CalendarConflicts.h"
#include "store/db/Database.h"
#include "store/records/EventRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

EventEditorDialog::EventEditorDialog(AppContext& context, const QTimeZone& displayZone, const OccurrenceOf& occurrence,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(context.db)
    , m_displayZone(displayZone)
    , m_occurrence(occurrence)
    , m_editor(nullptr)
    , m_warning(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"eventEditorDialog"_s);
    // Times and dates as the window it opens over shows them (its locale), before the fields read it.
    setAttribute(Qt::WA_WindowPropagation);
    if (parent)
        setLocale(parent->locale());
    m_editor = new EventEditor(context.db, displayZone, this);
    const CalendarEvent values = occurrence.values();
    setWindowTitle(values.id.isEmpty() ? tr("New event") : tr("Event — %1").arg(values.title));
    QStringList rules = values.rrules;
    bool ownDates = !values.rdates.isEmpty();
    if (occurrence.inSeries())
        if (auto series = EventRepository(m_db).get(occurrence.seriesId)) {
            rules = series->rrules;
            ownDates = !series->rdates.isEmpty();
        }
    m_editor->setEvent(values, rules, ownDates);
    m_warning->setObjectName(u"overlapWarning"_s);
    m_banner->setObjectName(u"dialogBanner"_s);
    m_buttons->setObjectName(u"dialogButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    if (!values.id.isEmpty()) { // a saved event can be sent to its contacts
        auto* invite = m_buttons->addButton(tr("Send &invitation…"), QDialogButtonBox::ActionRole);
        invite->setObjectName(u"invitationButton"_s);
        invite->setToolTip(tr("Send the event to its contacts as an iCalendar invitation"));
        connect(invite, &QPushButton::clicked, this, &EventEditorDialog::sendInvitation);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_buttons);
    m_banner->floatOver(m_editor);
    m_warning->hideMessage();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventEditorDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &EventEditorDialog::save);
    connect(m_editor, &EventEditor::timesChanged, this, &EventEditorDialog::checkOverlap);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        resize(preferredSize(screen->availableGeometry().size()));
    checkOverlap();
}

QSize EventEditorDialog::preferredSize(QSize available) const {
    return QSize(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 44).boundedTo(available * 0.92);
}

void EventEditorDialog::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (readOnly)
        m_warning->showMessage(tr("This is a colleague's event: you can see it, but only they can change it."),
                               MessageBanner::Type::Information);
}

QString EventEditorDialog::overlapText(const CalendarOverlap& overlap) const {
    const QLocale locale = this->locale();
    const QDateTime from = overlap.otherStart.toTimeZone(m_displayZone);
    const QDateTime to = overlap.otherEnd.toTimeZone(m_displayZone);
    const bool hidden = overlap.otherPrivate && overlap.otherOwnerId != m_db.localUserId();
    const QString title = hidden ? tr("Busy") : overlap.otherTitle;
    QString when = CalendarText::clock(from.time(), locale) + u'–' + CalendarText::clock(to.time(), locale);
    if (from.date() != m_editor->startInstant().toTimeZone(m_displayZone).date())
        when = locale.toString(from.date(), QLocale::ShortFormat) + u' ' + when;
    return tr("Overlaps with “%1” %2").arg(title, when);
}

void EventEditorDialog::checkOverlap() {
    if (m_readOnly)
        return;
    std::optional<CalendarOverlap> overlap;
    const QDateTime start = m_editor->startInstant();
    const QDateTime end = m_editor->endInstant();
    if (m_editor->takesTime() && start.isValid() && start < end) {
        QSet<QString> own;
        const CalendarEvent values = m_occurrence.values();
        if (m_occurrence.inSeries())
            own.insert(m_occurrence.seriesId + u'|' + m_occurrence.recurrenceId->toText());
        else if (!values.id.isEmpty())
            own.insert(values.id);
        if (auto around = CalendarQuery(m_db, m_displayZone).between(start, end))
            overlap = CalendarConflicts::firstOverlap(*around, m_editor->people(), start.toUTC(), end.toUTC(), own);
    }
    if (overlap)
        m_warning->showMessage(overlapText(*overlap), MessageBanner::Type::Warning);
    else
        m_warning->hideMessage();
}

void EventEditorDialog::save() {
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    QString problem;
    const auto edited = m_editor->event(&problem);
    if (!edited) {
        m_banner->showMessage(problem, MessageBanner::Type::Error);
        return;
    }
    std::optional<OccurrenceScope> scope = OccurrenceScope::All;
    if (m_occurrence.inSeries())
        scope = OccurrenceScopeDialog::ask(this, OccurrenceScopeDialog::Purpose::Edit, edited->title,
                                           !m_editor->recurrence()->userChanged());
    if (!scope)
        return;
    OccurrenceEdit workflow(m_db);
    auto saved = m_occurrence.inSeries() ? workflow.edit(m_occurrence, *edited, *scope) : workflow.save(*edited);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    m_change = std::move(*saved);
    m_savedTitle = edited->title;
    QDialog::accept();
}

void EventEditorDialog::sendInvitation() {
    const QString id = m_occurrence.inSeries() ? m_occurrence.seriesId : m_occurrence.values().id;
    EventInvitation invitation(m_db, [this](const QString& suggested) {
        return FileDialog::saveFileName(this, tr("Save the invitation"), QDir::home().filePath(suggested),
                                        tr("iCalendar files (*.ics)"));
    });
    auto sent = invitation.send(id);
    if (!sent)
        m_banner->showMessage(sent.error().message, MessageBanner::Type::Error);
    else if (!sent->message.isEmpty())
        m_banner->showMessage(sent->message, sent->type);
}

void EventEditorDialog::reject() {
    if (!m_readOnly && m_editor->isDirty() &&
        MessageBox::question(this, tr("Unsaved changes"), tr("Discard the changes to this event?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace Fieldbook
