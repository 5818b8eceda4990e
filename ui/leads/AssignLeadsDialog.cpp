#include "AssignLeadsDialog.h"

#include "services/LeadAssignment.h"
#include "store/records/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

AssignLeadsDialog::AssignLeadsDialog(Database& db, Mode mode, int count, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_combo(new QComboBox(this))
    , m_turn(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"assignLeadsDialog"_s);
    const bool roundRobin = mode == Mode::RoundRobin;
    setWindowTitle(roundRobin ? tr("Assign round-robin") : tr("Assign leads"));
    auto* intro = new QLabel(roundRobin ? tr("Give %n lead(s) in turn to the reps of a team.", "", count)
                                        : tr("Give %n lead(s) to:", "", count),
                             this);
    intro->setWordWrap(true);
    m_combo->setObjectName(roundRobin ? u"teamCombo"_s : u"assigneeCombo"_s);
    if (roundRobin) {
        if (auto teams = LeadAssignment(db).teams())
            m_combo->addItems(*teams);
    } else if (auto users = UserRepository(db).all()) {
        for (const User& user : std::as_const(*users))
            if (user.active)
                m_combo->addItem(user.name, user.id);
    }
    m_turn->setObjectName(u"roundRobinTurn"_s);
    m_turn->setWordWrap(true);
    m_turn->setForegroundRole(QPalette::PlaceholderText);
    m_turn->setVisible(roundRobin);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_combo->count() > 0);

    auto* form = new QFormLayout;
    form->addRow(roundRobin ? tr("&Team:") : tr("&User:"), m_combo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_turn);
    layout->addWidget(m_buttons);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &AssignLeadsDialog::updateTurn);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTurn();
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString AssignLeadsDialog::choice() const {
    return m_mode == Mode::RoundRobin ? m_combo->currentText() : m_combo->currentData().toString();
}

void AssignLeadsDialog::updateTurn() {
    if (m_mode != Mode::RoundRobin)
        return;
    QStringList names;
    if (auto reps = LeadAssignment(m_db).inTurn(m_combo->currentText()))
        for (const User& rep : std::as_const(*reps))
            names.append(rep.name);
    m_turn->setText(names.isEmpty() ? tr("No team has active reps: give users a team and the rep role first.")
                                    : tr("In turn: %1").arg(names.join(u", "_s)));
}

std::optional<QString> AssignLeadsDialog::ask(QWidget* parent, Database& db, Mode mode, int count) {
    AssignLeadsDialog dialog(db, mode, count, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.choice().isEmpty())
        return std::nullopt;
    return dialog.choice();
}

} // namespace Fieldbook
