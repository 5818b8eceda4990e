#include "TimeZoneCombo.h"

#include "common/Clock.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString zoneText(const QByteArray& id) {
    const QTimeZone zone(id);
    const int offset = zone.offsetFromUtc(Clock::nowUtc());
    const QString sign = offset < 0 ? u"−"_s : u"+"_s;
    const int minutes = std::abs(offset) / 60;
    return u"%1 (UTC%2%3:%4)"_s.arg(QString::fromUtf8(id), sign)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

TimeZoneCombo::TimeZoneCombo(QWidget* parent, bool withSystemEntry)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    if (withSystemEntry)
        addItem(tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QByteArray());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/') || id == "UTC") // leave out the old aliases ("CET", "EST5EDT")
            addItem(zoneText(id), id);
    auto* finder = new QCompleter(model(), this);
    finder->setCaseSensitivity(Qt::CaseInsensitive);
    finder->setFilterMode(Qt::MatchContains);
    finder->setCompletionMode(QCompleter::PopupCompletion);
    finder->setMaxVisibleItems(12);
    setCompleter(finder);
    lineEdit()->setPlaceholderText(tr("Type to find a time zone"));
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_chosen)
            return;
        m_chosen = index;
        emit zoneChanged();
    });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &TimeZoneCombo::chooseTyped);
}

void TimeZoneCombo::setZoneId(const QByteArray& ianaId) {
    int index = findData(ianaId);
    if (index < 0 && !ianaId.isEmpty()) {
        addItem(zoneText(ianaId), ianaId);
        index = count() - 1;
    }
    const QSignalBlocker blocker(this);
    setCurrentIndex(std::max(0, index));
    m_chosen = currentIndex();
}

QByteArray TimeZoneCombo::zoneId() const {
    return m_chosen < 0 ? QByteArray() : itemData(m_chosen).toByteArray();
}

void TimeZoneCombo::chooseTyped() {
    const QString typed = lineEdit()->text().trimmed();
    int index = findText(typed, Qt::MatchFixedString);
    if (index < 0) // a bare id ("Asia/Tokyo") or a unique part of one
        index = findData(typed.toUtf8());
    if (index < 0) {
        const QModelIndexList parts =
            model()->match(model()->index(0, 0), Qt::DisplayRole, typed, 2, Qt::MatchContains);
        if (parts.size() == 1)
            index = parts.first().row();
    }
    if (index >= 0)
        setCurrentIndex(index);
    restoreText();
}

void TimeZoneCombo::restoreText() {
    if (m_chosen >= 0 && lineEdit()->text() != itemText(m_chosen))
        lineEdit()->setText(itemText(m_chosen));
}

void TimeZoneCombo::focusOutEvent(QFocusEvent* event) {
    if (!completer()->popup()->isVisible())
        chooseTyped();
    QComboBox::focusOutEvent(event);
}

} // namespace Fieldbook
