#pragma once

#include "workflows/LeadConversion.h"

#include <QGroupBox>

class QComboBox;
class QRadioButton;

namespace Fieldbook {

/// One decision of a lead conversion: use one of the existing records that match, or create a
/// new one. A strong match is chosen to begin with; weak ones are offered but not chosen.
class LeadMatchChoice final : public QGroupBox {
    Q_OBJECT
public:
    /// `kind` names the children: "useExisting<kind>", "existing<kind>Combo", "create<kind>".
    LeadMatchChoice(const QString& title, const QString& kind, const QList<LeadMatch>& matches,
                    const QString& proposedId, const QString& createText, bool canCreate, QWidget* parent = nullptr);

    /// The existing record chosen; empty when a new one is to be created.
    QString chosenId() const;

private:
    QRadioButton* m_useExisting;
    QComboBox* m_matches;
    QRadioButton* m_create;
};

} // namespace Fieldbook
