#include "RecurrenceEditor.h"

#include "calendar/RecurrenceText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The date of `until` on the clock of a series starting at `start`.
QDate untilDateOf(const CalendarTime& until, const CalendarTime& start) {
    if (until.isAllDay() || until.kind == CalendarTime::Kind::Floating || start.kind != CalendarTime::Kind::Zoned)
        return until.date;
    return until.toDateTime(QTimeZone::utc()).toTimeZone(QTimeZone(start.zone)).date();
}

Frequency frequencyOf(int choice) {
    constexpr Frequency kFrequencies[] = {Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly};
    return kFrequencies[std::clamp(choice - 1, 0, 3)];
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"recurrenceEditor"_s);
    createControls();
    placeControls();
    retranslate();
    showPattern();
}

void RecurrenceEditor::createControls() {
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(u"repeatCombo"_s);
    m_everyLabel = new QLabel(this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"repeatInterval"_s);
    m_interval->setRange(1, 999);
    m_weekdays = createWeekdays();
    m_monthly = createMonthly();
    m_endRow = createEnd();
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(u"repeatSentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setForegroundRole(QPalette::PlaceholderText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_frequency, &QComboBox::activated, this, &RecurrenceEditor::chooseFrequency);
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::readControls);
}

void RecurrenceEditor::chooseFrequency(int index) {
    const Choice before = m_choice;
    m_choice = Choice(index);
    if (m_choice != None && m_choice != Imported) {
        const Frequency wanted = frequencyOf(index);
        if (before == None || before == Imported) { // a fresh repetition from the start
            m_pattern = RecurrencePattern::startingOn(wanted, m_start.date);
        } else if (m_pattern.frequency != wanted) { // the interval and the end stay
            const RecurrencePattern fresh = RecurrencePattern::startingOn(wanted, m_start.date);
            m_pattern.frequency = wanted;
            m_pattern.days = fresh.days;
            m_pattern.monthly = fresh.monthly;
            m_pattern.monthDay = fresh.monthDay;
            m_pattern.ordinal = fresh.ordinal;
            m_pattern.weekday = fresh.weekday;
        }
    }
    m_userChanged = true;
    showPattern();
    emit changed();
}

QWidget* RecurrenceEditor::createWeekdays() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < 7; ++i) {
        auto* button = new QToolButton(row);
        button->setObjectName(u"repeatDay%1"_s.arg(i));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::toggled, this, [this] {
            paintDays();
            readControls();
        });
        layout->addWidget(button);
        m_dayButtons.append(button);
    }
    return row;
}

QWidget* RecurrenceEditor::createMonthly() {
    auto* box = new QWidget(this);
    auto* layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_onDay = new QRadioButton(box);
    m_onDay->setObjectName(u"repeatOnDay"_s);
    m_monthDay = new QSpinBox(box);
    m_monthDay->setObjectName(u"repeatMonthDay"_s);
    m_monthDay->setRange(0, 31); // 0 shows as "last day"
    m_onWeekday = new QRadioButton(box);
    m_onWeekday->setObjectName(u"repeatOnWeekday"_s);
    m_ordinal = new QComboBox(box);
    m_ordinal->setObjectName(u"repeatOrdinal"_s);
    m_weekday = new QComboBox(box);
    m_weekday->setObjectName(u"repeatWeekday"_s);
    auto* group = new QButtonGroup(box);
    group->addButton(m_onDay);
    group->addButton(m_onWeekday);
    layout->addWidget(m_onDay, 0, 0);
    layout->addWidget(m_monthDay, 0, 1);
    layout->addWidget(m_onWeekday, 1, 0);
    auto* weekday = new QHBoxLayout;
    weekday->addWidget(m_ordinal);
    weekday->addWidget(m_weekday, 1);
    layout->addLayout(weekday, 1, 1);
    layout->setColumnStretch(2, 1);
    connect(m_onDay, &QRadioButton::toggled, this, &RecurrenceEditor::readControls);
    connect(m_monthDay, &QSpinBox::valueChanged, this, &RecurrenceEditor::readControls);
    connect(m_ordinal, &QComboBox::activated, this, &RecurrenceEditor::readControls);
    connect(m_weekday, &QComboBox::activated, this, &RecurrenceEditor::readControls);
    return box;
}

QWidget* RecurrenceEditor::createEnd() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_end = new QComboBox(row);
    m_end->setObjectName(u"repeatEnd"_s);
    m_count = new QSpinBox(row);
    m_count->setObjectName(u"repeatCount"_s);
    m_count->setRange(1, 999);
    m_until = new QDateEdit(row);
    m_until->setObjectName(u"repeatUntil"_s);
    m_until->setCalendarPopup(true);
    layout->addWidget(m_end);
    layout->addWidget(m_count);
    layout->addWidget(m_until);
    layout->addStretch(1);
    connect(m_end, &QComboBox::activated, this, &RecurrenceEditor::readControls);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::readControls);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::readControls);
    return row;
}

void RecurrenceEditor::placeControls() {
    auto* first = new QHBoxLayout;
    first->addWidget(m_frequency, 1);
    first->addWidget(m_everyLabel);
    first->addWidget(m_interval);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addWidget(m_weekdays);
    layout->addWidget(m_monthly);
    layout->addWidget(m_endRow);
    layout->addWidget(m_sentence);
}

void RecurrenceEditor::retranslate() {
    const QSignalBlocker blocker(m_frequency);
    m_frequency->clear();
    m_frequency->addItems({tr("Does not repeat"), tr("Daily"), tr("Weekly"), tr("Monthly"), tr("Yearly")});
    m_everyLabel->setText(tr("every"));
    m_onDay->setText(tr("On day"));
    m_monthDay->setSpecialValueText(tr("last day"));
    m_onWeekday->setText(tr("On the"));
    m_ordinal->clear();
    m_ordinal->addItem(tr("first"), 1);
    m_ordinal->addItem(tr("second"), 2);
    m_ordinal->addItem(tr("third"), 3);
    m_ordinal->addItem(tr("fourth"), 4);
    m_ordinal->addItem(tr("last"), -1);
    const QLocale locale = this->locale();
    m_weekday->clear();
    for (int i = 0; i < 7; ++i) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        m_weekday->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
        m_dayButtons.at(i)->setText(locale.standaloneDayName(day, QLocale::ShortFormat));
        m_dayButtons.at(i)->setProperty("weekday", day);
    }
    m_end->clear();
    m_end->addItems({tr("Never ends"), tr("Ends after"), tr("Ends on")});
    m_until->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    showPattern();
}

void RecurrenceEditor::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        paintDays();
}

void RecurrenceEditor::paintDays() {
    // A chosen weekday in the highlight colour: the style's pressed look is too faint in dark themes.
    for (QAbstractButton* button : std::as_const(m_dayButtons)) {
        QPalette colours = palette();
        if (button->isChecked()) {
            colours.setColor(QPalette::Button, colours.color(QPalette::Highlight));
            colours.setColor(QPalette::ButtonText, colours.color(QPalette::HighlightedText));
        }
        button->setPalette(colours);
    }
}

void RecurrenceEditor::setRules(const QStringList& rrules, bool ownDates, const CalendarTime& start) {
    m_start = start;
    m_original = rrules;
    m_originalOwnDates = ownDates;
    m_userChanged = false;
    m_followed = false;
    m_pattern = RecurrencePattern::startingOn(Frequency::Weekly, start.date);
    m_choice = None;
    m_importedOriginal = false;
    if (ownDates || rrules.size() > 1)
        m_choice = Imported;
    else if (rrules.size() == 1) {
        auto rule = RecurrenceRule::parse(rrules.first());
        const QDate until = rule && rule->until ? untilDateOf(*rule->until, start) : QDate();
        const auto pattern = rule ? RecurrencePattern::of(*rule, start.date, until) : std::nullopt;
        m_choice = pattern ? Choice(int(pattern->frequency) - int(Frequency::Daily) + 1) : Imported;
        if (pattern)
            m_pattern = *pattern;
    }
    m_importedOriginal = m_choice == Imported;
    showPattern();
}

void RecurrenceEditor::setStart(const CalendarTime& start) {
    const QDate from = m_start.date;
    m_start = start;
    if (m_choice != None && m_choice != Imported && m_pattern.followStart(from, start.date))
        m_followed = true;
    showPattern();
}

void RecurrenceEditor::showPattern() {
    m_showing = true;
    const QSignalBlocker blocker(m_frequency);
    const bool pattern = m_choice != None && m_choice != Imported;
    // The imported entry is offered only for a rule the controls cannot show.
    const bool offerImported = m_importedOriginal;
    if (offerImported && m_frequency->count() == Imported)
        m_frequency->addItem(tr("As imported (kept)"));
    else if (!offerImported && m_frequency->count() > Imported)
        m_frequency->removeItem(Imported);
    m_frequency->setCurrentIndex(m_choice);
    m_everyLabel->setVisible(pattern);
    m_interval->setVisible(pattern);
    m_interval->setValue(m_pattern.interval);
    m_weekdays->setVisible(m_choice == Weekly);
    m_monthly->setVisible(m_choice == Monthly);
    for (QAbstractButton* button : std::as_const(m_dayButtons))
        button->setChecked(m_pattern.days.contains(Qt::DayOfWeek(button->property("weekday").toInt())));
    paintDays();
    m_onDay->setChecked(m_pattern.monthly == RecurrencePattern::Monthly::OnDay);
    m_onWeekday->setChecked(m_pattern.monthly == RecurrencePattern::Monthly::OnWeekday);
    m_monthDay->setValue(m_pattern.monthDay < 0 ? 0 : m_pattern.monthDay);
    m_ordinal->setCurrentIndex(std::max(0, m_ordinal->findData(m_pattern.ordinal)));
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(int(m_pattern.weekday))));
    m_endRow->setVisible(pattern);
    m_end->setCurrentIndex(int(m_pattern.end));
    m_count->setVisible(m_pattern.end == RecurrencePattern::End::After);
    m_count->setValue(m_pattern.count);
    m_until->setVisible(m_pattern.end == RecurrencePattern::End::Until);
    m_until->setDate(m_pattern.until);
    m_showing = false;
    updateTexts();
}

void RecurrenceEditor::readControls() {
    if (m_showing)
        return;
    m_pattern.interval = m_interval->value();
    QList<Qt::DayOfWeek> days;
    for (QAbstractButton* button : std::as_const(m_dayButtons))
        if (button->isChecked())
            days.append(Qt::DayOfWeek(button->property("weekday").toInt()));
    if (!days.isEmpty()) // at least one weekday: the last one cannot be unchecked
        m_pattern.days = days;
    m_pattern.monthly =
        m_onWeekday->isChecked() ? RecurrencePattern::Monthly::OnWeekday : RecurrencePattern::Monthly::OnDay;
    m_pattern.monthDay = m_monthDay->value() == 0 ? -1 : m_monthDay->value();
    m_pattern.ordinal = m_ordinal->currentData().toInt();
    m_pattern.weekday = Qt::DayOfWeek(m_weekday->currentData().toInt());
    m_pattern.end = RecurrencePattern::End(m_end->currentIndex());
    m_pattern.count = m_count->value();
    m_pattern.until = m_until->date();
    m_userChanged = true;
    showPattern();
    emit changed();
}

std::optional<CalendarTime> RecurrenceEditor::untilValue() const {
    const QDate date = m_pattern.until;
    switch (m_start.kind) {
    case CalendarTime::Kind::Date:
        return CalendarTime::ofDate(date);
    case CalendarTime::Kind::Floating:
        return CalendarTime::floating(date, QTime(23, 59, 59));
    case CalendarTime::Kind::Zoned:
        return CalendarTime::utc(QDateTime(date, QTime(23, 59, 59), QTimeZone(m_start.zone)));
    case CalendarTime::Kind::Utc:
        break;
    }
    return CalendarTime::utc(QDateTime(date, QTime(23, 59, 59), QTimeZone::utc()));
}

QStringList RecurrenceEditor::rules() const {
    if (m_choice == Imported || (!m_userChanged && !m_followed))
        return m_choice == None ? QStringList() : m_original;
    if (m_choice == None)
        return {};
    return {m_pattern.toRule(untilValue()).toText()};
}

bool RecurrenceEditor::repeats() const {
    return m_choice != None;
}

bool RecurrenceEditor::keepsImportedRule() const {
    return m_choice == Imported;
}

QString RecurrenceEditor::sentence() const {
    return m_sentence->text();
}

void RecurrenceEditor::updateTexts() {
    m_interval->setSuffix(m_choice == Daily     ? tr(" day(s)", "", m_pattern.interval)
                          : m_choice == Weekly  ? tr(" week(s)", "", m_pattern.interval)
                          : m_choice == Monthly ? tr(" month(s)", "", m_pattern.interval)
                                                : tr(" year(s)", "", m_pattern.interval));
    m_count->setSuffix(tr(" time(s)", "", m_pattern.count));
    QStringList sentences;
    for (const QString& text : rules())
        if (auto rule = RecurrenceRule::parse(text))
            sentences.append(describeRecurrence(*rule, m_start, locale()));
    if (m_choice == Imported && m_originalOwnDates)
        sentences.append(tr("on dates of its own"));
    QString text = sentences.join(u"; "_s);
    if (m_choice == Imported)
        text = tr("%1 — kept as imported; choose another repetition to replace it.").arg(text);
    m_sentence->setText(text);
    m_sentence->setVisible(!text.isEmpty());
}

} // namespace Fieldbook
