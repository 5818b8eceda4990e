#include "QuickLogForm.h"

#include "ActivityText.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Fieldbook {

QuickLogForm::QuickLogForm(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_subject(new QLineEdit(this))
    , m_when(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_outcomeLabel(new QLabel(tr("Outcome:"), this))
    , m_outcome(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this)) {
    setObjectName(u"quickLogForm"_s);
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subject->setObjectName(u"logSubjectEdit"_s);
    m_when->setObjectName(u"logWhenEdit"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_duration->setObjectName(u"logDurationSpin"_s);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_outcome->setObjectName(u"logOutcomeCombo"_s);
    for (const QString& outcome : callOutcomes())
        m_outcome->addItem(callOutcomeName(outcome), outcome);
    m_notes->setObjectName(u"logNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"logSaveButton"_s);
    save->setToolTip(tr("Save (Ctrl+Enter)"));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_title);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("When:"), m_when);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(m_outcomeLabel, m_outcome);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QuickLogForm::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickLogForm::cancelled);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &QuickLogForm::submit);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &QuickLogForm::cancelled);
}

void QuickLogForm::start(ActivityKind kind) {
    m_kind = kind;
    m_freeOutcome = false;
    m_outcome->setEditable(false);
    switch (kind) {
    case ActivityKind::Call:
        m_title->setText(tr("Log a call"));
        m_duration->setValue(5);
        break;
    case ActivityKind::Meeting:
        m_title->setText(tr("Log a meeting"));
        m_duration->setValue(60);
        break;
    default:
        m_title->setText(tr("Add a note"));
        m_duration->setValue(0);
        break;
    }
    m_subject->clear();
    m_subject->setPlaceholderText(activityKindLabel(kind));
    m_when->setDateTime(Clock::nowUtc().toLocalTime());
    m_duration->setVisible(kind != ActivityKind::Note);
    if (auto* label = qobject_cast<QFormLayout*>(layout())->labelForField(m_duration))
        label->setVisible(kind != ActivityKind::Note);
    m_outcome->setCurrentIndex(0);
    m_outcome->setVisible(kind == ActivityKind::Call);
    m_outcomeLabel->setVisible(kind == ActivityKind::Call);
    m_notes->clear();
    show();
    (kind == ActivityKind::Note ? static_cast<QWidget*>(m_notes) : m_subject)->setFocus(Qt::OtherFocusReason);
}

void QuickLogForm::startLogging(const Activity& draft, const QString& title) {
    start(draft.kind);
    m_freeOutcome = true;
    m_title->setText(title);
    m_subject->setText(draft.subject);
    m_when->setDateTime(QDateTime::fromMSecsSinceEpoch(draft.startsAt).toLocalTime());
    m_duration->setValue(draft.durationMinutes);
    m_duration->setVisible(true);
    if (auto* label = qobject_cast<QFormLayout*>(layout())->labelForField(m_duration))
        label->setVisible(true);
    m_outcome->setEditable(true);
    m_outcome->setCurrentIndex(-1);
    m_outcome->setEditText({});
    m_outcome->lineEdit()->setPlaceholderText(tr("How did it go?"));
    m_outcome->setVisible(true);
    m_outcomeLabel->setVisible(true);
    m_notes->setPlainText(draft.notes);
    m_outcome->setFocus(Qt::OtherFocusReason);
}

Activity QuickLogForm::activity() const {
    Activity activity;
    activity.kind = m_kind;
    activity.subject = m_subject->text().trimmed();
    if (activity.subject.isEmpty()) {
        const QString firstLine = m_notes->toPlainText().section(u'\n', 0, 0).trimmed();
        activity.subject =
            m_kind == ActivityKind::Note && !firstLine.isEmpty() ? firstLine.left(80) : activityKindLabel(m_kind);
    }
    activity.startsAt = m_when->dateTime().toUTC().toMSecsSinceEpoch();
    activity.durationMinutes = m_kind == ActivityKind::Note && !m_freeOutcome ? 0 : m_duration->value();
    if (m_freeOutcome) {
        const QString typed = m_outcome->currentText().trimmed();
        const int known = m_outcome->findText(typed);
        activity.outcome = known >= 0 ? m_outcome->itemData(known).toString() : typed;
    } else if (m_kind == ActivityKind::Call) {
        activity.outcome = m_outcome->currentData().toString();
    }
    activity.notes = m_notes->toPlainText().trimmed();
    activity.done = true;
    return activity;
}

void QuickLogForm::submit() {
    if (isVisible())
        emit submitted(activity());
}

} // namespace Fieldbook
