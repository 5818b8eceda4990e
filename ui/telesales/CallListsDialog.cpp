#include "CallListsDialog.h"

#include "CallListAssignment.h"
#include "NewCallListDialog.h"
#include "common/Clock.h"
#include "store/records/CallListProgress.h"
#include "store/records/CallListRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

enum Role { ListRole = Qt::UserRole, RepRole, OpenRole, ClosedRole };

void fill(QTreeWidgetItem* item, const CallListProgress& p) {
    const QLocale locale;
    item->setText(1, locale.toString(p.toCall));
    item->setText(2, locale.toString(p.done));
    item->setText(3, locale.toString(p.callbacksDue));
    item->setText(4, locale.toString(p.calls));
    item->setText(5, p.calls > 0 ? locale.toString(p.connectRate() * 100.0, 'f', 0) + u" %"_s : QString());
    item->setData(0, OpenRole, p.toCall);
    for (int c = 1; c <= 5; ++c)
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

CallListsDialog::CallListsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this))
    , m_banner(new MessageBanner(this))
    , m_assign(new QPushButton(tr("Assign &round-robin…"), this))
    , m_reassign(new QPushButton(tr("Re&assign…"), this))
    , m_close(new QPushButton(tr("&Close list"), this))
    , m_delete(new QPushButton(tr("&Delete list"), this)) {
    setObjectName(u"callListsDialog"_s);
    setWindowTitle(tr("Call lists"));
    m_tree->setObjectName(u"callListsTree"_s);
    m_tree->setHeaderLabels(
        {tr("List / rep"), tr("To call"), tr("Done"), tr("Callbacks due"), tr("Calls"), tr("Connect rate")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 1; c <= 5; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    auto* newList = new QPushButton(tr("&New list…"), this);
    newList->setObjectName(u"newCallListButton"_s);
    m_assign->setObjectName(u"roundRobinButton"_s);
    m_reassign->setObjectName(u"reassignButton"_s);
    m_close->setObjectName(u"closeListButton"_s);
    m_delete->setObjectName(u"deleteListButton"_s);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {newList, m_assign, m_reassign, m_close, m_delete})
        box->addButton(b, QDialogButtonBox::ActionRole);
    connect(newList, &QPushButton::clicked, this, &CallListsDialog::newList);
    connect(m_assign, &QPushButton::clicked, this, &CallListsDialog::assignRoundRobin);
    connect(m_reassign, &QPushButton::clicked, this, &CallListsDialog::reassign);
    connect(m_close, &QPushButton::clicked, this, &CallListsDialog::toggleClosed);
    connect(m_delete, &QPushButton::clicked, this, &CallListsDialog::deleteList);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CallListsDialog::updateButtons);
    m_banner->setObjectName(u"callListsBanner"_s);
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree, 1);
    layout->addWidget(box);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 28);
    reload();
}

void CallListsDialog::reload() {
    const QString keepList = selectedList();
    const QString keepRep = m_tree->currentItem() ? m_tree->currentItem()->data(0, RepRole).toString() : QString();
    m_tree->clear();
    auto lists = CallListRepository(m_db).lists();
    auto progress = CallListProgressQuery(m_db).read({}, Clock::nowMs());
    if (!lists || !progress) {
        m_banner->showMessage((lists ? progress.error() : lists.error()).message, MessageBanner::Type::Error);
        return;
    }
    const auto users = UserRepository(m_db).all().value_or(QList<User>());
    for (const CallList& l : std::as_const(*lists)) {
        auto* item = new QTreeWidgetItem(m_tree, {l.closed ? tr("%1 (closed)").arg(l.name) : l.name});
        item->setData(0, ListRole, l.id);
        item->setData(0, ClosedRole, l.closed);
        CallListProgress total;
        for (const CallListProgress& p : std::as_const(*progress)) {
            if (p.listId != l.id)
                continue;
            QString name = p.ownerId;
            for (const User& u : users)
                if (u.id == p.ownerId)
                    name = u.name;
            auto* rep = new QTreeWidgetItem(item, {name});
            rep->setData(0, ListRole, l.id);
            rep->setData(0, RepRole, p.ownerId);
            rep->setData(0, ClosedRole, l.closed);
            fill(rep, p);
            total.add(p);
            if (l.id == keepList && p.ownerId == keepRep)
                m_tree->setCurrentItem(rep);
        }
        fill(item, total);
        item->setExpanded(true);
        if (l.id == keepList && keepRep.isEmpty())
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

QString CallListsDialog::selectedList() const {
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, ListRole).toString() : QString();
}

void CallListsDialog::updateButtons() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool list = item != nullptr;
    const bool rep = list && !item->data(0, RepRole).toString().isEmpty();
    const bool closed = list && item->data(0, ClosedRole).toBool();
    m_assign->setEnabled(list && !closed);
    m_reassign->setEnabled(rep && !closed && item->data(0, OpenRole).toInt() > 0);
    m_close->setEnabled(list);
    m_close->setText(closed ? tr("Re&open list") : tr("&Close list"));
    m_delete->setEnabled(list);
}

void CallListsDialog::told(const QString& text) {
    m_banner->showMessage(text, MessageBanner::Type::Positive, 6000);
    reload();
    emit changed();
}

void CallListsDialog::newList() {
    NewCallListDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tree->setCurrentItem(nullptr);
    told(NewCallListDialog::reportText(dialog.built()));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, ListRole).toString() == dialog.built().list.id)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void CallListsDialog::assignRoundRobin() {
    auto list = CallListRepository(m_db).list(selectedList());
    if (!list || !*list)
        return;
    const auto reps = CallListAssignment::askReps(this, m_db, (*list)->name);
    if (!reps)
        return;
    auto assigned = CallListRepository(m_db).assignRoundRobin((*list)->id, *reps);
    if (!assigned) {
        m_banner->showMessage(assigned.error().message, MessageBanner::Type::Error);
        return;
    }
    told(tr("“%1”: %n open number(s) handed out in turn to %2.", "", *assigned)
             .arg((*list)->name)
             .arg(tr("%n person(s)", "", int(reps->size()))));
}

void CallListsDialog::reassign() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, RepRole).toString().isEmpty())
        return;
    const QString from = item->data(0, RepRole).toString();
    const auto move = CallListAssignment::askMove(this, m_db, from, item->text(0), item->data(0, OpenRole).toInt());
    if (!move)
        return;
    auto moved = CallListRepository(m_db).moveOpen(selectedList(), from, move->count, move->userId);
    if (!moved) {
        m_banner->showMessage(moved.error().message, MessageBanner::Type::Error);
        return;
    }
    const auto to = UserRepository(m_db).get(move->userId);
    told(tr("%n number(s) moved from %1 to %2.", "", *moved).arg(item->text(0), to ? to->name : move->userId));
}

void CallListsDialog::toggleClosed() {
    auto list = CallListRepository(m_db).list(selectedList());
    if (!list || !*list)
        return;
    CallList changed = **list;
    changed.closed = !changed.closed;
    auto saved = CallListRepository(m_db).save(changed);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return;
    }
    told(saved->closed ? tr("“%1” closed: its numbers leave the queue.").arg(saved->name)
                       : tr("“%1” reopened: its numbers are called again.").arg(saved->name));
}

void CallListsDialog::deleteList() {
    auto list = CallListRepository(m_db).list(selectedList());
    if (!list || !*list)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete call list"),
        tr("Delete “%1” and the numbers on it? The calls already made stay in the activities.").arg((*list)->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = CallListRepository(m_db).remove((*list)->id); !removed) {
        m_banner->showMessage(removed.error().message, MessageBanner::Type::Error);
        return;
    }
    m_tree->setCurrentItem(nullptr);
    told(tr("“%1” deleted.").arg((*list)->name));
}

} // namespace Fieldbook
