#pragma once

#include "DemoDataDialog.h"

#include <QString>

class QWidget;

namespace Fieldbook {

class Database;

/// The store's local setting that remembers the user cancelled the first-start demo data ("1").
inline constexpr char16_t kDemoDataDeclinedSetting[] = u"ui/demo_data_declined";

/// On first start with an empty store (no accounts, no contacts), fills it with the default demo
/// set (DemoDataDialog::defaultRequest()) on a worker thread while a modal progress window shows how
/// far it is. Cancelling writes nothing and is remembered, so it is not offered again. Returns true
/// when demo data was written. `request` is for tests that want a smaller set.
bool offerDemoDataOnFirstStart(QWidget* parent, const QString& dbPath, Database& guiDb,
                               const DemoRequest& request = DemoDataDialog::defaultRequest());

} // namespace Fieldbook
