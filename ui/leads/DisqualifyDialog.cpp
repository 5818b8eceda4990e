#include "DisqualifyDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

DisqualifyDialog::DisqualifyDialog(const QString& name, int count, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"disqualifyDialog"_s);
    setWindowTitle(tr("Disqualify"));
    auto* question = new QLabel(count == 1 ? tr("Why is “%1” disqualified?").arg(name)
                                           : tr("Why are these %n leads disqualified?", "", count),
                                this);
    question->setWordWrap(true);
    m_reason->setObjectName(u"disqualifyReasonCombo"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({tr("No budget"), tr("No need"), tr("Chose a competitor"), tr("Cannot be reached"),
                        tr("Not a decision maker"), tr("Duplicate"), tr("Spam or fake")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick a reason or type your own"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Disqualify"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QComboBox::currentTextChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QString DisqualifyDialog::reason() const {
    return m_reason->currentText().trimmed();
}

std::optional<QString> DisqualifyDialog::ask(QWidget* parent, const QString& name, int count) {
    DisqualifyDialog dialog(name, count, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace Fieldbook
