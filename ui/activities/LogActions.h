#pragma once

#include "domain/Activity.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>

namespace Fieldbook {

/// The logging actions of every section with a timeline (contacts, accounts, leads), so that each
/// means the same everywhere: Log call is Ctrl+L in all of them.
class LogActions final {
    Q_DECLARE_TR_FUNCTIONS(LogActions)
public:
    struct Spec {
        ActivityKind kind;
        QString text;
        QString icon;
        QString objectName;
        QKeySequence shortcut;
    };
    static QList<Spec> specs();
};

} // namespace Fieldbook
