#include "CallListAssignment.h"

#include "store/records/UserRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QDialogButtonBox* buttons(QDialog* dialog, const QString& okText) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

std::optional<QStringList> CallListAssignment::askReps(QWidget* parent, Database& db, const QString& listName) {
    QDialog dialog(parent);
    dialog.setObjectName(u"callListRoundRobin"_s);
    dialog.setWindowTitle(tr("Assign round-robin"));
    auto* intro = new QLabel(tr("The open numbers of “%1” go to the checked people in turn.").arg(listName), &dialog);
    intro->setWordWrap(true);
    auto* people = new QListWidget(&dialog);
    people->setObjectName(u"callListReps"_s);
    for (const User& u : UserRepository(db).all().value_or(QList<User>())) {
        if (!u.active)
            continue;
        auto* item = new QListWidgetItem(u.team.isEmpty() ? u.name : tr("%1 (%2)").arg(u.name, u.team), people);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(u.role == UserRole::Rep ? Qt::Checked : Qt::Unchecked);
    }
    auto* box = buttons(&dialog, tr("&Assign"));
    const auto update = [people, box] {
        bool any = false;
        for (int i = 0; i < people->count(); ++i)
            any = any || people->item(i)->checkState() == Qt::Checked;
        box->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    QObject::connect(people, &QListWidget::itemChanged, &dialog, update);
    update();
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(people, 1);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QStringList ids;
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->checkState() == Qt::Checked)
            ids.append(people->item(i)->data(Qt::UserRole).toString());
    return ids;
}

std::optional<CallListAssignment::Move>
CallListAssignment::askMove(QWidget* parent, Database& db, const QString& fromId, const QString& fromName, int open) {
    QDialog dialog(parent);
    dialog.setObjectName(u"callListReassign"_s);
    dialog.setWindowTitle(tr("Reassign numbers"));
    auto* count = new QSpinBox(&dialog);
    count->setObjectName(u"reassignCount"_s);
    count->setRange(1, std::max(open, 1));
    count->setValue(open);
    count->setSuffix(tr(" of %1").arg(open));
    auto* to = new QComboBox(&dialog);
    to->setObjectName(u"reassignTo"_s);
    for (const User& u : UserRepository(db).all().value_or(QList<User>()))
        if (u.active && u.id != fromId)
            to->addItem(u.name, u.id);
    auto* box = buttons(&dialog, tr("&Reassign"));
    box->button(QDialogButtonBox::Ok)->setEnabled(to->count() > 0 && open > 0);
    auto* form = new QFormLayout;
    form->addRow(tr("&Numbers:"), count);
    form->addRow(tr("&To:"), to);
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("Move open numbers of %1, those added first, to someone else.").arg(fromName), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted || to->currentIndex() < 0)
        return std::nullopt;
    return Move{.count = count->value(), .userId = to->currentData().toString()};
}

} // namespace Fieldbook
