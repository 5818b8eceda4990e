#include "OpportunityHistoryPane.h"

#include "BoardText.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/db/RecordWatch.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

OpportunityHistoryPane::OpportunityHistoryPane(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this)) {
    setObjectName(u"opportunityHistory"_s);
    m_list->setObjectName(u"historyList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Change")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    m_message->setObjectName(u"historyMessage"_s);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    RecordWatch(db, this).reload({&RecordType::opportunityHistory()}, [this] { reload(); });
}

void OpportunityHistoryPane::setOpportunity(const Opportunity& opportunity) {
    m_opportunity = opportunity;
    m_pipeline = {};
    if (auto pipeline = PipelineRepository(m_db).pipeline(opportunity.pipeline); pipeline && *pipeline)
        m_pipeline = **pipeline;
    reload();
}

int OpportunityHistoryPane::changeCount() const {
    return m_list->topLevelItemCount();
}

void OpportunityHistoryPane::reload() {
    m_list->clear();
    auto history = OpportunityRepository(m_db).history(m_opportunity.id);
    if (!history) {
        m_message->setText(history.error().message);
        m_message->show();
        return;
    }
    const QLocale locale;
    // Newest first; the changes of one save keep their order (stage, amount, close date).
    std::stable_sort(history->begin(), history->end(),
                     [](const OpportunityChange& a, const OpportunityChange& b) { return a.changedAt > b.changedAt; });
    for (const OpportunityChange& change : std::as_const(*history)) {
        auto* item = new QTreeWidgetItem(m_list);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(change.changedAt).toLocalTime();
        item->setText(When, locale.toString(when, QLocale::ShortFormat));
        item->setText(Field, fieldName(change.field));
        item->setText(Change, changeText(change));
        item->setToolTip(Change, item->text(Change));
    }
    m_message->setText(history->isEmpty() ? tr("No changes of the stage, amount or close date yet.") : QString());
    m_message->setVisible(history->isEmpty());
}

QString OpportunityHistoryPane::fieldName(const QString& field) const {
    if (field == u"stage")
        return tr("Stage");
    if (field == u"amount")
        return tr("Amount");
    if (field == u"close_date")
        return tr("Close date");
    return field; // a field a newer release tracks
}

QString OpportunityHistoryPane::valueText(const QString& field, const QString& value) const {
    if (field == u"stage") {
        const PipelineStage* stage = m_pipeline.stage(value);
        return stage ? stage->name : value; // a stage since removed shows its key
    }
    if (field == u"amount") {
        bool ok = false;
        const qint64 minor = value.toLongLong(&ok);
        return ok ? BoardText::money(minor, m_opportunity.currency) : value;
    }
    if (field == u"close_date") {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value;
    }
    return value;
}

QString OpportunityHistoryPane::changeText(const OpportunityChange& change) const {
    const QString now = valueText(change.field, change.newValue);
    if (change.oldValue.isEmpty())
        return tr("Set to %1").arg(now);
    return tr("%1 → %2").arg(valueText(change.field, change.oldValue), now);
}

} // namespace Fieldbook
