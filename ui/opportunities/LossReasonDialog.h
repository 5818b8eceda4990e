#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace Fieldbook {

/// Asks why an opportunity was lost, one of the usual reasons or the user's own words, and when
/// (today unless changed). OK stays disabled until there is a reason; cancelling leaves the
/// opportunity where it was.
class LossReasonDialog final : public QDialog {
    Q_OBJECT
public:
    struct Answer {
        QString reason;
        QDate closeDate;
    };

    /// `what` names the opportunity (or "3 opportunities").
    LossReasonDialog(const QString& what, QWidget* parent = nullptr);

    /// The reason as stored: the key of one of the usual reasons, or the user's words.
    QString reason() const;
    QDate closeDate() const;
    /// Shows the dialog; the answer, or nullopt when cancelled.
    static std::optional<Answer> ask(QWidget* parent, const QString& what);

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QDialogButtonBox* m_buttons;
};

} // namespace Fieldbook
