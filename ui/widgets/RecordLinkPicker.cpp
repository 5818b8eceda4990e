#include "RecordLinkPicker.h"

#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "store/journal/RecordLabels.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace Fieldbook {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxMatches = 15;
} // namespace

RecordLinkPicker::RecordLinkPicker(Database& db, const RecordType& type, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_type(type)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this)) {
    setPlaceholderText(tr("Type to find one"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &RecordLinkPicker::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, &RecordLinkPicker::resolve);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &RecordLinkPicker::choose);
}

void RecordLinkPicker::setRecordId(const QString& id) {
    QString name;
    if (!id.isEmpty())
        if (auto label = RecordLabels(m_db).labelOf(m_type.table, id))
            name = *label;
    setRecord(id, name);
}

void RecordLinkPicker::setRecord(const QString& id, const QString& name) {
    m_id = id;
    m_name = name;
    setText(name);
}

bool RecordLinkPicker::isUnresolved() const {
    return m_id.isEmpty() && !text().trimmed().isEmpty();
}

void RecordLinkPicker::resolve() {
    if (!isUnresolved())
        return;
    const auto named = namedRecord(text().trimmed());
    if (!named || named->first == m_excludedId)
        return;
    setRecord(named->first, named->second);
    emit recordChanged();
}

std::optional<std::pair<QString, QString>> RecordLinkPicker::namedRecord(const QString& typed) const {
    auto hits = SearchService(m_db).search(typed, kMaxMatches, m_type);
    if (!hits)
        return std::nullopt;
    QList<SearchHit> named;
    for (const SearchHit& hit : std::as_const(*hits))
        if (hit.title.compare(typed, Qt::CaseInsensitive) == 0)
            named.append(hit);
    if (named.size() != 1)
        return std::nullopt;
    return std::pair{named.constFirst().id, named.constFirst().title};
}

void RecordLinkPicker::onTextEdited(const QString& text) {
    if (!m_id.isEmpty() && text != m_name) {
        m_id.clear();
        emit recordChanged();
    } else if (text.isEmpty()) {
        emit recordChanged();
    }
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    auto hits = SearchService(m_db).search(text, kMaxMatches, m_type);
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

void RecordLinkPicker::choose(const QModelIndex& index) {
    setRecord(index.data(kIdRole).toString(), index.data(Qt::DisplayRole).toString());
    emit recordChanged();
}

} // namespace Fieldbook
