#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

void collect(const QMenu* menu, QList<QAction*>* actions) {
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collect(action->menu(), actions);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            actions->append(action);
    }
}

QString shortcutText(const QAction* action) {
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(ShortcutsDialog::tr(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this)) {
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const Group& group : groups) {
        QList<const QAction*> listed;
        for (const QAction* action : group.actions)
            if (!action->isSeparator() && !action->shortcuts().isEmpty())
                listed.append(action);
        if (listed.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(m_list, {plainText(group.title)});
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const QAction* action : std::as_const(listed))
            new QTreeWidgetItem(heading, {actionName(action), shortcutText(action)});
    }
    m_list->expandAll();
    m_list->setItemsExpandable(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setAlternatingRowColors(true);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 44);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::menuGroups(const QMenuBar* bar, const QList<const QMenu*>& skip) {
    QList<Group> groups;
    for (const QAction* entry : bar->actions()) {
        const QMenu* menu = entry->menu();
        if (!menu || skip.contains(menu))
            continue;
        Group group{menu->title(), {}};
        collect(menu, &group.actions);
        groups.append(group);
    }
    return groups;
}

QString ShortcutsDialog::actionName(const QAction* action) {
    const QString name = action->property(kNameProperty).toString();
    return name.isEmpty() ? plainText(action->text()) : name;
}

QString ShortcutsDialog::plainText(const QString& text) {
    static const QRegularExpression cjkMnemonic(u"\\(&[^&]\\)"_s); // 保存(&S)
    const QString stripped = QString(text).remove(cjkMnemonic);
    QString plain;
    plain.reserve(stripped.size());
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        if (stripped.at(i) == u'&' && i + 1 < stripped.size())
            ++i; // "&&" is a literal ampersand, "&x" marks x
        plain.append(stripped.at(i));
    }
    plain = plain.trimmed();
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."))
        plain.chop(3);
    return plain;
}

} // namespace Fieldbook
