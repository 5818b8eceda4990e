#pragma once

#include <QCoreApplication>

class QWidget;

namespace Fieldbook {

class Database;

/// Asked before a store signs in while it holds records of users who exist only on this device
/// (demo data, LocalOnlyRecords): take them over as mine, or start from the server's data and
/// keep this file as a backup. Asked once: afterwards no such records are left.
class FirstConnectQuestion final {
    Q_DECLARE_TR_FUNCTIONS(FirstConnectQuestion)

public:
    /// Asks when there is something to decide and carries the answer out. False when the user
    /// cancelled or the answer could not be carried out (the problem was shown): do not connect.
    static bool settle(QWidget* parent, Database& db);
};

} // namespace Fieldbook
