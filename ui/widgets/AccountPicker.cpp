#include "AccountPicker.h"

#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "store/records/AccountRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace Fieldbook {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxMatches = 15;
} // namespace

AccountPicker::AccountPicker(Database& db, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this)) {
    setPlaceholderText(tr("Type to find an account"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &AccountPicker::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, &AccountPicker::resolve);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &AccountPicker::choose);
}

void AccountPicker::setAccount(const QString& id, const QString& name) {
    m_id = id;
    m_name = name;
    setText(name);
}

bool AccountPicker::isUnresolved() const {
    return m_id.isEmpty() && !text().trimmed().isEmpty();
}

void AccountPicker::resolve() {
    if (!isUnresolved())
        return;
    auto found = AccountRepository(m_db).findByName(text().trimmed());
    if (found && found->size() == 1 && found->constFirst().id != m_excludedId) {
        m_id = found->constFirst().id;
        m_name = found->constFirst().name;
        setText(m_name);
        emit accountChanged();
    }
}

void AccountPicker::onTextEdited(const QString& text) {
    if (!m_id.isEmpty() && text != m_name) {
        m_id.clear();
        emit accountChanged();
    } else if (text.isEmpty()) {
        emit accountChanged();
    }
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    auto hits = SearchService(m_db).search(text, kMaxMatches, RecordType::accounts());
    if (!hits)
        return;
    for (const SearchHit& hit : std::as_const(*hits)) {
        if (hit.id == m_excludedId)
            continue;
        auto* item = new QStandardItem(hit.title);
        item->setData(hit.id, kIdRole);
        item->setToolTip(hit.subtitle);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void AccountPicker::choose(const QModelIndex& index) {
    m_id = index.data(kIdRole).toString();
    m_name = index.data(Qt::DisplayRole).toString();
    setText(m_name);
    emit accountChanged();
}

} // namespace Fieldbook
