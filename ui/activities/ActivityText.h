#pragma once

#include "domain/Activity.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace Fieldbook {

/// Translated names and icons of activity kinds and call outcomes. Outcomes are stored as stable
/// values ("connected", "left voicemail", ...) and only shown translated.
class ActivityText final {
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
public:
    static QString kindLabel(ActivityKind kind);
    static QIcon kindIcon(ActivityKind kind);
    /// Stored values of the call outcomes offered in the quick log form.
    static QStringList callOutcomes();
    /// The translated label of a stored outcome; free text from imports is shown as is.
    static QString outcomeLabel(const QString& outcome);
    /// "1 h 30 min", "45 min".
    static QString durationText(int minutes);
};

} // namespace Fieldbook
