#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;

namespace Fieldbook {

/// Asks why leads are disqualified: one of the usual reasons or the user's own words. OK stays
/// disabled until there is a reason; cancelling changes nothing.
class DisqualifyDialog final : public QDialog {
    Q_OBJECT
public:
    /// `name` names the lead when `count` is 1.
    DisqualifyDialog(const QString& name, int count, QWidget* parent = nullptr);

    QString reason() const;
    /// Shows the dialog; the reason, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& name, int count);

private:
    QComboBox* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace Fieldbook
