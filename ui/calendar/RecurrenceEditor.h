#pragma once

#include "RecurrenceEditorPattern.h"
#include "calendar/CalendarTime.h"

#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Fieldbook {

/// The event editor's repetition (docs/calendar-section.md): does not repeat, daily, weekly on
/// chosen weekdays, monthly on a day of the month or on the nth (or last) weekday, yearly; every
/// n periods; ending never, after n times or on a date; with the rule's sentence
/// (describeRecurrence) as it changes. A rule the controls cannot show (imported with BYSETPOS,
/// several rules, dates of its own) is kept as it is and shown as its sentence, until another
/// repetition is chosen.
class RecurrenceEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecurrenceEditor)
public:
    explicit RecurrenceEditor(QWidget* parent = nullptr);

    /// Shows the rules of a series starting at `start`; `ownDates`: the series has RDATEs.
    void setRules(const QStringList& rrules, bool ownDates, const CalendarTime& start);
    /// The series' start changed: the sentence follows, and so does a weekday or day of the month
    /// that came from the old start.
    void setStart(const CalendarTime& start);
    /// The rules as edited; those given when nothing changed them.
    QStringList rules() const;
    bool repeats() const;
    /// The user chose another repetition (not only the start moving a weekday along).
    bool userChanged() const { return m_userChanged; }
    /// A rule the controls cannot show is kept as it was.
    bool keepsImportedRule() const;
    QString sentence() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Choice { None, Daily, Weekly, Monthly, Yearly, Imported };

    void createControls();
    QWidget* createWeekdays();
    QWidget* createMonthly();
    QWidget* createEnd();
    void placeControls();
    void chooseFrequency(int index);
    void retranslate();
    /// Shows m_pattern (and m_choice) in the controls.
    void showPattern();
    /// Reads the controls into m_pattern after the user changed one.
    void readControls();
    void updateTexts();
    void paintDays();
    std::optional<CalendarTime> untilValue() const;

    QComboBox* m_frequency;
    QLabel* m_everyLabel;
    QSpinBox* m_interval;
    QWidget* m_weekdays;
    QWidget* m_monthly;
    QList<QAbstractButton*> m_dayButtons; ///< in the locale's week order
    QRadioButton* m_onDay;
    QSpinBox* m_monthDay;
    QRadioButton* m_onWeekday;
    QComboBox* m_ordinal;
    QComboBox* m_weekday;
    QWidget* m_endRow;
    QComboBox* m_end;
    QSpinBox* m_count;
    QDateEdit* m_until;
    QLabel* m_sentence;

    CalendarTime m_start;
    QStringList m_original;
    bool m_originalOwnDates = false;
    bool m_importedOriginal = false; ///< the rules given cannot be shown in the controls
    Choice m_choice = None;
    RecurrencePattern m_pattern;
    bool m_userChanged = false;
    bool m_followed = false;
    bool m_showing = false;
};

} // namespace Fieldbook
