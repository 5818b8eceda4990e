#pragma once

#include "domain/Pipeline.h"

#include <QWidget>

class QComboBox;

namespace Fieldbook {

/// "Pipeline: [name]" in the Opportunities toolbar: which of the organisation's pipelines the
/// board and the list show.
class PipelineChooser final : public QWidget {
    Q_OBJECT
public:
    explicit PipelineChooser(QWidget* parent = nullptr);

    /// Offers `pipelines` with `current` chosen (the first when it is not among them); quietly.
    void setPipelines(const QList<Pipeline>& pipelines, const QString& current);
    /// Shows `key` as chosen; quietly.
    void setCurrent(const QString& key);

signals:
    /// The user chose the pipeline `key`.
    void chosen(const QString& key);

private:
    QComboBox* m_combo;
};

} // namespace Fieldbook
