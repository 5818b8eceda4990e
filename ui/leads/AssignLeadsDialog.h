#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Fieldbook {

class Database;

/// Asks who gets the selected leads: one active user chosen by hand, or a team whose reps get
/// them in turn (round-robin; the dialog shows whose turn it is).
class AssignLeadsDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Person, RoundRobin };

    AssignLeadsDialog(Database& db, Mode mode, int count, QWidget* parent = nullptr);

    /// The chosen user (Person) or team (RoundRobin).
    QString choice() const;
    /// Shows the dialog; the choice, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, Database& db, Mode mode, int count);

private:
    void updateTurn();

    Database& m_db;
    Mode m_mode;
    QComboBox* m_combo;
    QLabel* m_turn;
    QDialogButtonBox* m_buttons;
};

} // namespace Fieldbook
