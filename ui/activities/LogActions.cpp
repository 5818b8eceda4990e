#include "LogActions.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QList<LogActions::Spec> LogActions::specs() {
    return {
        {ActivityKind::Call, tr("Log &call"), u"call-start"_s, u"logCallAction"_s, QKeySequence(Qt::CTRL | Qt::Key_L)},
        {ActivityKind::Meeting, tr("Log mee&ting"), u"x-office-calendar"_s, u"logMeetingAction"_s, {}},
        {ActivityKind::Note, tr("Add n&ote"), u"accessories-text-editor"_s, u"addNoteAction"_s, {}},
    };
}

} // namespace Fieldbook
