#include "ActivityText.h"

#include "widgets/Icons.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QIcon ActivityText::kindIcon(ActivityKind kind) {
    switch (kind) {
    case ActivityKind::Call:
        return Icons::get(u"call-start"_s);
    case ActivityKind::Meeting:
        return Icons::get(u"x-office-calendar"_s);
    case ActivityKind::Visit:
        return Icons::get(u"mark-location"_s, QStyle::SP_DirHomeIcon);
    case ActivityKind::Email:
        return Icons::get(u"mail-unread"_s, QStyle::SP_FileIcon);
    case ActivityKind::Note:
        return Icons::get(u"accessories-text-editor"_s, QStyle::SP_FileDialogDetailedView);
    case ActivityKind::Task:
        return Icons::get(u"object-select"_s, QStyle::SP_DialogApplyButton);
    }
    return {};
}

QString ActivityText::durationText(int minutes) {
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return tr("%n min", "", minutes);
    if (minutes % 60 == 0)
        return tr("%n h", "", minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ActivityText::stateText(TimelineEntry::State state) {
    switch (state) {
    case TimelineEntry::State::None:
        return {};
    case TimelineEntry::State::Upcoming:
        return tr("Upcoming");
    case TimelineEntry::State::Overdue:
        return tr("Overdue");
    case TimelineEntry::State::Logged:
        return tr("Logged");
    case TimelineEntry::State::NotLogged:
        return tr("Not logged");
    case TimelineEntry::State::Open:
        return tr("open");
    case TimelineEntry::State::Done:
        return tr("Done");
    case TimelineEntry::State::Cancelled:
        break;
    }
    return tr("Cancelled");
}

} // namespace Fieldbook
