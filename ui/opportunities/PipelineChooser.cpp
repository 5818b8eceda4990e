#include "PipelineChooser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Fieldbook {

PipelineChooser::PipelineChooser(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    auto* label = new QLabel(tr("&Pipeline:"), this);
    m_combo->setObjectName(u"pipelineChooser"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("The pipeline the board and the list show"));
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { emit chosen(m_combo->currentData().toString()); });
}

void PipelineChooser::setPipelines(const QList<Pipeline>& pipelines, const QString& current) {
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const Pipeline& p : pipelines)
        m_combo->addItem(p.name, p.key);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
}

void PipelineChooser::setCurrent(const QString& key) {
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(key)));
}

} // namespace Fieldbook
