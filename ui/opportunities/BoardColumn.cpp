#include "BoardColumn.h"

#include "BoardColumnView.h"
#include "BoardText.h"
#include "OpportunityCardDelegate.h"
#include "models/PipelineBoardModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

BoardColumn::BoardColumn(PipelineBoardModel* model, int stageRow, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_stageRow(stageRow)
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_total(new QLabel(this))
    , m_weighted(new QLabel(this))
    , m_unconverted(new QLabel(this))
    , m_view(new BoardColumnView(this))
    , m_more(new QLabel(this)) {
    setObjectName(u"boardColumn_"_s + stageKey());
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    QFont bold = font();
    bold.setBold(true);
    m_name->setObjectName(u"stageName"_s);
    m_name->setFont(bold);
    m_count->setObjectName(u"stageCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_total->setObjectName(u"stageTotal"_s);
    m_weighted->setObjectName(u"stageWeighted"_s);
    m_weighted->setForegroundRole(QPalette::PlaceholderText);
    m_unconverted->setObjectName(u"stageUnconverted"_s);
    m_unconverted->setWordWrap(true);
    m_more->setObjectName(u"stageMore"_s);
    m_more->setAlignment(Qt::AlignCenter);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_total, m_weighted, m_unconverted})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(model);
    m_view->setRootIndex(model->stageIndex(stageRow));
    m_view->setItemDelegate(new OpportunityCardDelegate(m_view));

    auto* title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addWidget(m_total);
    layout->addWidget(m_weighted);
    layout->addWidget(m_unconverted);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_more);

    // Cards arrive and leave one by one; the figures follow.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &BoardColumn::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &BoardColumn::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setRootIndex(m_model->stageIndex(m_stageRow)); // a reset forgets the root index
        updateSummary();
    });
    updateSummary();
}

QString BoardColumn::stageKey() const {
    return m_model->stageIndex(m_stageRow).data(PipelineBoardModel::StageKeyRole).toString();
}

void BoardColumn::updateSummary() {
    const QModelIndex stage = m_model->stageIndex(m_stageRow);
    const QString currency = m_model->currencyRates().reportingCurrency();
    const QLocale locale;
    m_name->setText(stage.data().toString());
    m_count->setText(locale.toString(stage.data(PipelineBoardModel::CountRole).toInt()));
    m_total->setText(BoardText::money(stage.data(PipelineBoardModel::TotalRole).toLongLong(), currency, locale));
    m_weighted->setText(
        BoardText::weighted(stage.data(PipelineBoardModel::WeightedTotalRole).toLongLong(), currency, locale));
    const int unconverted = stage.data(PipelineBoardModel::UnconvertedCountRole).toInt();
    m_unconverted->setText(BoardText::unconverted(unconverted));
    m_unconverted->setToolTip(tr("Set exchange rates to %1 in File → Settings to include them.").arg(currency));
    m_unconverted->setVisible(unconverted > 0);
    const int more = stage.data(PipelineBoardModel::MoreCountRole).toInt();
    m_more->setText(BoardText::more(more));
    m_more->setVisible(more > 0);
}

} // namespace Fieldbook
