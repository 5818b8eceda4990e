#include "PipelineStageDelegate.h"

#include "domain/Pipeline.h"

#include <QComboBox>
#include <QSpinBox>

namespace Fieldbook {

QString PipelineStageDelegate::text(int column, int value) {
    switch (column) {
    case Probability:
        return tr("%1 %").arg(value);
    case Category:
        return forecastCategoryName(ForecastCategory(value));
    case Outcome:
        return stageOutcomeName(StageOutcome(value));
    default:
        return {};
    }
}

QWidget* PipelineStageDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const {
    switch (index.column()) {
    case Probability: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 100);
        spin->setSuffix(tr(" %"));
        return spin;
    }
    case Category:
    case Outcome: {
        auto* combo = new QComboBox(parent);
        if (index.column() == Category)
            for (ForecastCategory c : {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit,
                                       ForecastCategory::Closed, ForecastCategory::Omitted})
                combo->addItem(forecastCategoryName(c), int(c));
        else
            for (StageOutcome o : {StageOutcome::Open, StageOutcome::Won, StageOutcome::Lost})
                combo->addItem(stageOutcomeName(o), int(o));
        // A choice is taken at once, not only when the editor loses focus.
        connect(combo, &QComboBox::activated, this,
                [this, combo] { emit const_cast<PipelineStageDelegate*>(this)->commitData(combo); });
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void PipelineStageDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const int value = index.data(Qt::UserRole).toInt();
    if (auto* spin = qobject_cast<QSpinBox*>(editor); spin && index.column() == Probability)
        spin->setValue(value);
    else if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() != Name)
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PipelineStageDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    int value = 0;
    if (auto* spin = qobject_cast<QSpinBox*>(editor); spin && index.column() == Probability) {
        spin->interpretText();
        value = spin->value();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() != Name) {
        value = combo->currentData().toInt();
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, text(index.column(), value), Qt::DisplayRole);
    model->setData(index, value, Qt::UserRole); // last: the table reads the row when this changes
}

} // namespace Fieldbook
