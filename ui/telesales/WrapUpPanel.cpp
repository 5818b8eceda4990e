#include "WrapUpPanel.h"

#include "common/Clock.h"
#include "domain/User.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kColumns = 3;
} // namespace

WrapUpPanel::WrapUpPanel(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QLabel(this))
    , m_outcomes(new QButtonGroup(this))
    , m_notes(new QPlainTextEdit(this))
    , m_nextStep(new QLineEdit(this))
    , m_callbackAt(new QDateTimeEdit(this))
    , m_callbackFor(new QComboBox(this))
    , m_save(new QPushButton(tr("Save and &next call  (Ctrl+Enter)"), this))
    , m_opportunity(new QPushButton(tr("New opportunity…  (Ctrl+Alt+O)"), this))
    , m_convert(new QPushButton(tr("Convert lead…  (Ctrl+Alt+V)"), this))
    , m_linked(new QLabel(this))
    , m_tick(new QTimer(this)) {
    setObjectName(u"wrapUpPanel"_s);
    m_timer->setObjectName(u"callTimer"_s);
    QFont big = m_timer->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_timer->setFont(big);
    QLayout* grid = outcomeGrid();
    m_notes->setObjectName(u"callNotes"_s);
    m_notes->setPlaceholderText(tr("What was said"));
    m_notes->setTabChangesFocus(true);
    m_nextStep->setObjectName(u"callNextStep"_s);
    m_nextStep->setPlaceholderText(tr("e.g. send the price list"));
    m_callbackAt->setObjectName(u"callbackAt"_s);
    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_callbackFor->setObjectName(u"callbackFor"_s);
    m_save->setObjectName(u"saveCallButton"_s);
    m_save->setToolTip(tr("Ctrl+Enter"));
    m_save->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("Ne&xt step:"), m_nextStep);
    form->addRow(tr("Call &back at:"), m_callbackAt);
    form->addRow(tr("Call back &by:"), m_callbackFor);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_timer);
    layout->addLayout(grid);
    layout->addLayout(form, 1);
    layout->addLayout(inPlaceRow());
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &WrapUpPanel::saveRequested); // Ctrl+Enter: the section's action
    connect(m_outcomes, &QButtonGroup::idToggled, this, [this](int, bool) {
        const bool callback = outcome() == CallOutcome::Callback;
        m_callbackAt->setEnabled(callback);
        m_callbackFor->setEnabled(callback);
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WrapUpPanel::showTime);
}

QLayout* WrapUpPanel::outcomeGrid() {
    auto* grid = new QGridLayout;
    const QList<CallOutcome>& all = callOutcomeList();
    for (int i = 0; i < all.size(); ++i) {
        const QKeySequence keys(Qt::ALT | Qt::Key(Qt::Key_1 + i));
        auto* button =
            new QPushButton(keys.toString(QKeySequence::NativeText) + u"  "_s + callOutcomeLabel(all[i]), this);
        button->setObjectName(u"outcome_"_s + callOutcomeKey(all[i]).replace(u' ', u'_'));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys choose; Tab goes from the notes to the next step
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, button, [button] { button->setChecked(true); });
        m_outcomes->addButton(button, i);
        grid->addWidget(button, i / kColumns, i % kColumns);
    }
    m_outcomes->setExclusive(true);
    return grid;
}

QLayout* WrapUpPanel::inPlaceRow() {
    m_opportunity->setObjectName(u"newOpportunityButton"_s);
    m_convert->setObjectName(u"convertLeadButton"_s);
    m_linked->setObjectName(u"linkedOpportunity"_s);
    m_linked->setWordWrap(true);
    m_linked->setForegroundRole(QPalette::PlaceholderText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_opportunity);
    row->addWidget(m_convert);
    row->addWidget(m_linked, 1);
    for (auto [button, key, signal] : {std::tuple{m_opportunity, Qt::Key_O, &WrapUpPanel::opportunityRequested},
                                       std::tuple{m_convert, Qt::Key_V, &WrapUpPanel::convertRequested}}) {
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, signal);
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key), this);
        QPushButton* target = button;
        connect(shortcut, &QShortcut::activated, target, [target] {
            if (target->isVisible() && target->isEnabled())
                target->click();
        });
    }
    return row;
}

void WrapUpPanel::setConvertible(bool convertible) {
    m_convert->setVisible(convertible);
}

void WrapUpPanel::showOpportunity(const QString& name) {
    m_linked->setText(name.isEmpty() ? QString() : tr("The call is linked to “%1”.").arg(name));
}

void WrapUpPanel::reset(const QList<User>& team, const QString& me) {
    m_tick->stop();
    m_startedAt = 0;
    if (QAbstractButton* checked = m_outcomes->checkedButton()) {
        m_outcomes->setExclusive(false);
        checked->setChecked(false);
        m_outcomes->setExclusive(true);
    }
    m_notes->clear();
    m_nextStep->clear();
    // Tomorrow at ten, the usual answer to "call me back"
    m_callbackAt->setDateTime(QDateTime(Clock::today().addDays(1), QTime(10, 0)));
    m_callbackAt->setEnabled(false);
    m_callbackFor->clear();
    for (const User& u : team)
        m_callbackFor->addItem(u.id == me ? tr("Me (%1)").arg(u.name) : u.name, u.id);
    m_callbackFor->setCurrentIndex(std::max(0, m_callbackFor->findData(me)));
    m_callbackFor->setEnabled(false);
    m_linked->clear();
    showTime();
}

void WrapUpPanel::start(qint64 startedAt) {
    m_startedAt = startedAt;
    m_tick->start();
    showTime();
}

void WrapUpPanel::showTime() {
    const int seconds = talkSeconds(Clock::nowMs());
    m_timer->setText(m_startedAt > 0 ? u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'))
                                     : tr("Not dialled yet (Ctrl+D)"));
}

void WrapUpPanel::showCountdown(int seconds) {
    if (seconds <= 0) {
        showTime();
        return;
    }
    m_timer->setText(tr("Dialling in %1 s · Esc stops").arg(seconds));
}

std::optional<CallOutcome> WrapUpPanel::outcome() const {
    const int id = m_outcomes->checkedId();
    return id >= 0 ? std::optional(callOutcomeList().at(id)) : std::nullopt;
}

void WrapUpPanel::setOutcome(CallOutcome outcome) {
    if (QAbstractButton* button = m_outcomes->button(int(callOutcomeList().indexOf(outcome))))
        button->setChecked(true);
}

QString WrapUpPanel::notes() const {
    return m_notes->toPlainText();
}

QString WrapUpPanel::nextStep() const {
    return m_nextStep->text();
}

qint64 WrapUpPanel::callbackAt() const {
    return m_callbackAt->dateTime().toMSecsSinceEpoch();
}

QString WrapUpPanel::callbackFor() const {
    return m_callbackFor->currentData().toString();
}

int WrapUpPanel::talkSeconds(qint64 now) const {
    return m_startedAt > 0 ? int(std::max<qint64>(0, now - m_startedAt) / 1000) : 0;
}

} // namespace Fieldbook
