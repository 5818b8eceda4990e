#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;

namespace Fieldbook {

/// Asks why an opportunity was lost: one of the usual reasons or the user's own words. OK stays
/// disabled until there is a reason; cancelling leaves the opportunity where it was.
class LossReasonDialog final : public QDialog {
    Q_OBJECT
public:
    /// `what` names the opportunity (or "3 opportunities").
    LossReasonDialog(const QString& what, QWidget* parent = nullptr);

    /// The reason as stored: the key of one of the usual reasons, or the user's words.
    QString reason() const;
    /// Shows the dialog; the reason, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& what);

private:
    QComboBox* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace Fieldbook
