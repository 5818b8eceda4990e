#pragma once

#include "models/PagedListModel.h"

#include <QString>

namespace Fieldbook {

/// What RecordSection needs of its list model, whatever rows, filter and sort the model pages
/// through (PagedTableModel<Query>): ids by row and rows by id, the count for the status bar, and
/// which columns the store can sort.
class PagedRecords {
public:
    virtual ~PagedRecords() = default;

    virtual PagedListModel* model() const = 0;
    virtual QString idAt(int row) const = 0;
    /// Row of `id` among the loaded rows, or -1.
    virtual int rowOf(const QString& id) const = 0;
    /// Loads pages until `id` is loaded or the end is reached; its row or -1.
    virtual int ensureLoaded(const QString& id) = 0;
    /// Rows matching the filter in the whole store.
    virtual int totalCount() const = 0;
    virtual bool isSortable(int column) const = 0;
};

/// PagedRecords over a PagedTableModel subclass.
template<class Model>
class PagedRecordsOf final : public PagedRecords {
public:
    explicit PagedRecordsOf(Model* model)
        : m_model(model) {}

    PagedListModel* model() const override { return m_model; }
    QString idAt(int row) const override { return m_model->idAt(row); }
    int rowOf(const QString& id) const override { return m_model->rowOf(id); }
    int ensureLoaded(const QString& id) override { return m_model->ensureLoaded(id); }
    int totalCount() const override { return m_model->totalCount(); }
    bool isSortable(int column) const override { return m_model->isSortable(column); }

private:
    Model* m_model;
};

} // namespace Fieldbook
