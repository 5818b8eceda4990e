#include "LeadMatchChoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LeadMatchChoice::LeadMatchChoice(const QString& title, const QString& kind, const QList<LeadMatch>& matches,
                                 const QString& proposedId, const QString& createText, bool canCreate, QWidget* parent)
    : QGroupBox(title, parent)
    , m_useExisting(new QRadioButton(tr("Use the existing one:"), this))
    , m_matches(new QComboBox(this))
    , m_create(new QRadioButton(createText, this)) {
    setObjectName(u"match"_s + kind + u"Group"_s);
    m_useExisting->setObjectName(u"useExisting"_s + kind);
    m_matches->setObjectName(u"existing"_s + kind + u"Combo"_s);
    m_create->setObjectName(u"create"_s + kind);
    for (const LeadMatch& m : matches) {
        const QString name = m.detail.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.detail);
        m_matches->addItem(tr("%1 — %2").arg(name, LeadConversion::reasonText(m.reason)), m.id);
    }
    if (matches.isEmpty()) {
        m_useExisting->setText(tr("No existing one matches."));
        m_matches->hide();
    }
    m_useExisting->setEnabled(!matches.isEmpty());
    m_create->setEnabled(canCreate);
    const int proposed = proposedId.isEmpty() ? -1 : m_matches->findData(proposedId);
    if (proposed >= 0)
        m_matches->setCurrentIndex(proposed);
    const bool existing = proposed >= 0 || (!canCreate && !matches.isEmpty());
    (existing ? m_useExisting : m_create)->setChecked(true);
    m_matches->setEnabled(existing);
    connect(m_useExisting, &QRadioButton::toggled, m_matches, &QWidget::setEnabled);

    auto* row = new QHBoxLayout;
    row->addWidget(m_useExisting);
    row->addWidget(m_matches, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_create);
}

QString LeadMatchChoice::chosenId() const {
    return m_useExisting->isChecked() ? m_matches->currentData().toString() : QString();
}

} // namespace Fieldbook
