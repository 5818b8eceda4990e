#pragma once

#include "AppContext.h"
#include "workflows/OccurrenceEdit.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;

namespace Fieldbook {

class EventEditor;
struct CalendarOverlap;
class MessageBanner;

/// Creates or edits one event, or one occurrence of a series (docs/calendar-section.md): the form,
/// a warning naming what the chosen time overlaps ("Overlaps with “Pipeline review” 14:00–15:00",
/// not blocking), Save (Ctrl+Enter) and Cancel (Esc). Saving an occurrence of a series asks which
/// occurrences change. A refused save is explained in the dialog's banner and the form keeps what
/// was typed. Events the user may not change open read-only.
class EventEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorDialog)
public:
    /// Edits `occurrence`; a new event is one without an id.
    EventEditorDialog(AppContext& context, const QTimeZone& displayZone, const OccurrenceOf& occurrence,
                      QWidget* parent = nullptr);

    EventEditor* editor() const { return m_editor; }
    /// The overlap warning over the form.
    MessageBanner* warning() const { return m_warning; }
    /// Why a save was refused.
    MessageBanner* banner() const { return m_banner; }
    /// What the save wrote, with its undo step (after accept()).
    const EventChange& change() const { return m_change; }
    /// The title as saved (after accept()).
    QString savedTitle() const { return m_savedTitle; }
    void setReadOnly(bool readOnly);
    /// The size it opens in on a screen with `available` room: two columns side by side; on a
    /// laptop the form scrolls rather than the dialog growing past the screen.
    QSize preferredSize(QSize available) const;

    /// Saves (asking which occurrences for a series); closes when the store took it.
    void save();
    void reject() override;
    /// Sends the saved event's invitation to its contacts (EventInvitation).
    void sendInvitation();

private:
    void checkOverlap();
    QString overlapText(const CalendarOverlap& overlap) const;

    Database& m_db;
    QTimeZone m_displayZone;
    OccurrenceOf m_occurrence;
    EventEditor* m_editor;
    MessageBanner* m_warning;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    EventChange m_change;
    QString m_savedTitle;
    bool m_readOnly = false;
};

} // namespace Fieldbook
