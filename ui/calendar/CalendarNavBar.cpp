#include "CalendarNavBar.h"

#include "CalendarText.h"
#include "widgets/Icons.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr CalendarMode kModes[] = {CalendarMode::Day, CalendarMode::WorkWeek, CalendarMode::Week, CalendarMode::Month,
                                   CalendarMode::Agenda};

QToolButton* toolButton(QWidget* parent, const QString& objectName) {
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}
} // namespace

CalendarNavBar::CalendarNavBar(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_modes(new QButtonGroup(this)) {
    setObjectName(u"calendarNavBar"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    QToolButton* today = toolButton(this, u"calendarToday"_s);
    today->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QToolButton* previous = toolButton(this, u"calendarPrevious"_s);
    previous->setIcon(Icons::get(u"go-previous"_s, QStyle::SP_ArrowBack));
    QToolButton* next = toolButton(this, u"calendarNext"_s);
    next->setIcon(Icons::get(u"go-next"_s, QStyle::SP_ArrowForward));
    m_title->setObjectName(u"calendarTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    else
        titleFont.setPixelSize(titleFont.pixelSize() * 5 / 4);
    m_title->setFont(titleFont);
    layout->addWidget(today);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addSpacing(8);
    layout->addWidget(m_title, 1);
    for (const CalendarMode mode : kModes) {
        QToolButton* button = toolButton(this, u"calendarMode%1"_s.arg(int(mode)));
        button->setCheckable(true);
        m_modes->addButton(button, int(mode));
        layout->addWidget(button);
    }
    m_modes->setExclusive(true);
    connect(today, &QToolButton::clicked, this, &CalendarNavBar::todayRequested);
    connect(previous, &QToolButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(next, &QToolButton::clicked, this, [this] { emit stepRequested(1); });
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { emit modeRequested(CalendarMode(id)); });
    retranslate();
}

void CalendarNavBar::retranslate() {
    auto* today = findChild<QToolButton*>(u"calendarToday"_s);
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    findChild<QToolButton*>(u"calendarPrevious"_s)->setToolTip(tr("Previous period (Page Up, Alt+Left)"));
    findChild<QToolButton*>(u"calendarNext"_s)->setToolTip(tr("Next period (Page Down, Alt+Right)"));
    const QString keys[] = {tr("D or 1"), tr("Shift+W or 2"), tr("W or 3"), tr("M or 4"), tr("A or 5")};
    for (const CalendarMode mode : kModes) {
        QAbstractButton* button = m_modes->button(int(mode));
        button->setText(CalendarText::modeName(mode));
        button->setToolTip(tr("%1 (%2)", "view name, its keys").arg(CalendarText::modeName(mode), keys[int(mode)]));
    }
}

void CalendarNavBar::setTitle(const QString& title) {
    m_title->setText(title);
}

QString CalendarNavBar::title() const {
    return m_title->text();
}

void CalendarNavBar::setMode(CalendarMode mode) {
    if (QAbstractButton* button = m_modes->button(int(mode)))
        button->setChecked(true);
}

void CalendarNavBar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Fieldbook
