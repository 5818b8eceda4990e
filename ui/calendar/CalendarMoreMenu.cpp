#include "CalendarMoreMenu.h"

#include "CalendarText.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
QString line(const CalendarEntry& entry, const QLocale& locale) {
    return CalendarText::timeRange(entry, locale) + u"  "_s + CalendarText::title(entry);
}
} // namespace

QString CalendarMoreMenu::listText(const QList<const CalendarEntry*>& entries, const QLocale& locale) {
    QStringList lines;
    for (const CalendarEntry* entry : entries)
        lines.append(line(*entry, locale));
    return lines.join(u'\n');
}

void CalendarMoreMenu::popup(QWidget* parent, const QList<const CalendarEntry*>& entries, const QPoint& globalPos,
                             const std::function<void(const QString&)>& open) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(u"calendarMoreMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    for (const CalendarEntry* entry : entries) {
        QAction* action = menu->addAction(line(*entry, parent->locale()));
        action->setToolTip(CalendarText::toolTip(*entry, parent->locale()));
        const QString key = entry->key;
        QObject::connect(action, &QAction::triggered, parent, [open, key] { open(key); });
    }
    menu->popup(globalPos);
}

} // namespace Fieldbook
