#pragma once

#include <QObject>

class QAction;
class QLineEdit;

namespace Fieldbook {

/// Checks an e-mail or phone field as soon as the user leaves it. A phone number is put in
/// international form, read in the default region (PhoneNumber); text that is no valid address or
/// readable number keeps what was typed and is marked at the field, the reason shown on hover.
class FieldCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldCheck)
public:
    enum class Kind { Email, Phone };

    /// Watches `edit`, which owns the check.
    FieldCheck(QLineEdit* edit, Kind kind);

    /// The ISO 3166 region local phone numbers are read in ("" : only numbers with a country code).
    void setRegion(const QString& region) { m_region = region; }
    /// What to store: a readable phone number in international form, else the trimmed text.
    QString value() const;
    /// Shows value() in the field and marks it when it is not valid.
    void check();
    /// Marks the field when its text is not valid, leaving the text alone (a record just loaded).
    void mark();
    /// Why the field's text is not valid, "" when it is (or when the field is empty).
    QString problem() const;

private:
    void showProblem(const QString& problem);

    QLineEdit* m_edit;
    Kind m_kind;
    QString m_region;
    QAction* m_mark;
};

} // namespace Fieldbook
