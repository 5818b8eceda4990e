#pragma once

#include "CalendarEntry.h"

#include <QList>
#include <QLocale>

#include <functional>

class QPoint;
class QWidget;

namespace Fieldbook {

/// What a "+N" marker stands for: the entries that did not fit, listed in a tooltip and in a menu
/// from which one is opened.
class CalendarMoreMenu final {
public:
    /// One line per entry: its time and title.
    static QString listText(const QList<const CalendarEntry*>& entries, const QLocale& locale);
    /// Pops up a menu (objectName "calendarMoreMenu") listing `entries`; choosing one calls `open` with its key.
    static void popup(QWidget* parent, const QList<const CalendarEntry*>& entries, const QPoint& globalPos,
                      const std::function<void(const QString&)>& open);
};

} // namespace Fieldbook
