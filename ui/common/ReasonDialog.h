#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

namespace Fieldbook {

/// Asks why something ends: one of the usual reasons or the user's own words, and for some
/// questions the day it happened (today unless changed). OK stays disabled until there is a
/// reason; cancelling changes nothing. Disqualifying leads and losing opportunities ask through it.
class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    /// What the dialog asks; every text is translated by the caller.
    struct Question {
        QString objectName; ///< the dialog's, for tests
        QString title;
        QString text;           ///< the question over the reasons
        QString reasonName;     ///< the reason combo's object name
        QStringList reasons;    ///< the usual reasons, as shown
        QStringList reasonKeys; ///< what each usual reason stands for (its item data), or empty
        QString reasonLabel;    ///< e.g. "&Reason:"; empty: the reasons stand under the question alone
        QString dateLabel;      ///< e.g. "&Lost on:"; empty: no date is asked
        QString dateName;       ///< the date field's object name
        QString acceptText;     ///< the OK button's
    };
    struct Answer {
        QString reason; ///< trimmed, as shown: one of the usual reasons or the user's words
        QDate date;     ///< null unless the question asks for a date
    };

    ReasonDialog(const Question& question, QWidget* parent = nullptr);

    /// The reason, trimmed; empty until one is picked or typed.
    QString reason() const;
    QDate date() const;
    /// Shows the dialog; the answer, or nullopt when cancelled.
    static std::optional<Answer> ask(QWidget* parent, const Question& question);

    /// Why the leads are disqualified; `name` names the lead when `count` is 1.
    static std::optional<QString> askDisqualify(QWidget* parent, const QString& name, int count);
    /// Why and when an opportunity was lost; `what` names it (or "these 3 opportunities"). The
    /// reason is stored as the key of one of the usual loss reasons, or as the user's words.
    static std::optional<Answer> askLoss(QWidget* parent, const QString& what);

private:
    QComboBox* m_reason;
    QDateEdit* m_date;
    QDialogButtonBox* m_buttons;
};

} // namespace Fieldbook
