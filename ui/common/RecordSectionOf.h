#pragma once

#include "common/PagedRecords.h"
#include "common/RecordSection.h"
#include "widgets/ListPresentationProxy.h"

namespace Fieldbook {

/// A RecordSection over a `Model` (a PagedTableModel) filtered by a `Bar` (a QWidget and
/// SectionFilter with a filter() and a filterChanged() signal of the model's filter type), shown
/// through a `Presentation` proxy. A new section is one of these, its detail pane and its
/// repository calls (docs/architecture.md, "Sections").
template<class Model, class Bar, class Presentation = ListPresentationProxy>
class RecordSectionOf : public RecordSection {
public:
    Model* model() const { return m_model; }
    Bar* filterBar() const { return m_filterBar; }

protected:
    /// Takes `model`, `filterBar` and `strip` (SectionFrame), which have no parent yet.
    RecordSectionOf(AppContext& context, const RecordType& type, Model* model, Bar* filterBar, QWidget* parent,
                    Actions actions = Actions::Full, QWidget* strip = nullptr)
        : RecordSection(context, type, filtered(model, filterBar), filterBar, filterBar, new Presentation, actions,
                        parent, strip)
        , m_model(model)
        , m_filterBar(filterBar) {
        QObject::connect(filterBar, &Bar::filterChanged, model, &Model::setFilter);
    }

    Presentation* presentation() const { return static_cast<Presentation*>(presentationModel()); }

private:
    /// The model with the bar's filter applied, before the section follows the model's signals
    /// (a reset now would ask the subclass, which is not built yet, for its empty text).
    static std::unique_ptr<PagedRecords> filtered(Model* model, Bar* filterBar) {
        model->setFilter(filterBar->filter());
        return std::make_unique<PagedRecordsOf<Model>>(model);
    }

    Model* m_model;
    Bar* m_filterBar;
};

} // namespace Fieldbook
